/** Properties of the gap maths that must hold for any plan (fast-check). */
import fc from "fast-check";
import * as gap from "../../src/model/gap";

const plan = fc
  .record({
    baseYear: fc.integer({ min: 2000, max: 2030 }),
    years: fc.integer({ min: 1, max: 15 }),
    base: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
    target: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
    method: fc.constantFrom<gap.PathMethod>("compound", "linear"),
  })
  .map(({ baseYear, years, base, target, method }) => ({
    method,
    baseYear,
    base,
    targetYear: baseYear + years,
    target,
  }));

describe("planned path properties", () => {
  test("starts at the base, ends at the target, and stays between them", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
        expect(close(gap.plannedValue(p, p.baseYear) as number, p.base)).toBe(true);
        expect(close(gap.plannedValue(p, p.targetYear) as number, p.target!)).toBe(true);
        const slack = 1e-9 * Math.max(p.base, p.target!);
        const lo = Math.min(p.base, p.target!) - slack;
        const hi = Math.max(p.base, p.target!) + slack;
        for (let y = p.baseYear; y <= p.targetYear; y++) {
          const v = gap.plannedValue(p, y) as number;
          expect(v).toBeGreaterThanOrEqual(lo);
          expect(v).toBeLessThanOrEqual(hi);
        }
      }),
    );
  });

  test("growing at the required rate from the actual reaches the target", () => {
    fc.assert(
      fc.property(plan, fc.double({ min: 0.01, max: 1e6, noNaN: true }), (p, actual) => {
        const year = p.baseYear;
        const rate = gap.requiredGrowth(actual, p.target!, year, p.targetYear, p.method) as number;
        const reached =
          p.method === "linear"
            ? actual + rate * (p.targetYear - year)
            : actual * Math.pow(1 + rate, p.targetYear - year);
        expect(Math.abs(reached - p.target!)).toBeLessThanOrEqual(1e-6 * Math.max(1, p.target!));
      }),
    );
  });

  test("status agrees with gap and direction", () => {
    fc.assert(
      fc.property(plan, fc.double({ min: 0, max: 2e6, noNaN: true }), (p, actual) => {
        const year = p.baseYear + Math.floor((p.targetYear - p.baseYear) / 2);
        const planned = gap.plannedValue(p, year) as number;
        const dir = gap.direction(undefined, undefined, p.base, p.target);
        const goal: gap.Goal = {
          kind: "level",
          year: p.targetYear,
          firstYear: p.baseYear + 1,
          value: p.target!,
          qualifier: "=",
          rate: false,
          direction: dir,
        };
        const s = gap.status(actual, planned, goal, year);
        const g = gap.gap(actual, planned);
        if (s === "behind") expect(dir === "higher" ? g < 0 : g > 0).toBe(true);
        if (s === "achieved")
          expect(dir === "higher" ? actual >= p.target! * (1 - 1e-9) : actual <= p.target! * (1 + 1e-9)).toBe(
            true,
          );
      }),
    );
  });
});
