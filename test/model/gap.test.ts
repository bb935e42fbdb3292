/** Gap maths against values worked out by hand (calculator, shown in the comments). */
import * as gap from "../../src/model/gap";
import { isRateUnit } from "../../src/model/units";
import { PlanError } from "../../src/model/errors";

// Luohe GDP: base 2020 239.5 亿元, target 2025 500 亿元.
const compound: gap.Path = { method: "compound", baseYear: 2020, base: 239.5, targetYear: 2025, target: 500 };
// R&D intensity: 1.5% → 2.5% (a share: linear).
const linear: gap.Path = { method: "linear", baseYear: 2020, base: 1.5, targetYear: 2025, target: 2.5 };

describe("planned path", () => {
  test("compound: 239.5·(500/239.5)^(3/5) = 372.481 in 2023", () => {
    expect(gap.plannedValue(compound, 2023)).toBeCloseTo(372.481073, 5);
    expect(gap.plannedValue(compound, 2021)).toBeCloseTo(277.484299, 5);
  });

  test("compound path meets base and target at its ends", () => {
    expect(gap.plannedValue(compound, 2020)).toBeCloseTo(239.5, 10);
    expect(gap.plannedValue(compound, 2025)).toBeCloseTo(500, 10);
  });

  test("linear: 1.5 + 1.0·3/5 = 2.1 in 2023", () => {
    expect(gap.plannedValue(linear, 2023)).toBeCloseTo(2.1, 10);
  });

  test("growth only: 13617.8·1.07 = 14571.046 one year on", () => {
    const path: gap.Path = {
      method: "growth",
      baseYear: 2023,
      base: 13617.8,
      targetYear: 2024,
      growth: 0.07,
    };
    expect(gap.plannedValue(path, 2024)).toBeCloseTo(14571.046, 6);
  });

  test("years outside the plan are #N/A", () => {
    expect((gap.plannedValue(compound, 2019) as PlanError).code).toBe("#N/A");
    expect((gap.plannedValue(compound, 2026) as PlanError).message).toMatch(
      /after the plan's last year 2025/,
    );
  });

  test("a zero base cannot be compounded: #NUM! that points to the linear method", () => {
    const zero = { ...compound, base: 0 };
    const result = gap.plannedValue(zero, 2023) as PlanError;
    expect(result.code).toBe("#NUM!");
    expect(result.message).toMatch(/linear/);
    expect(gap.plannedValue({ ...zero, method: "linear" }, 2023)).toBeCloseTo(300, 10);
  });

  test("default method by unit; method words in English and Chinese", () => {
    expect(gap.defaultMethod(isRateUnit("亿元"), true)).toBe("compound");
    expect(gap.defaultMethod(isRateUnit("%"), true)).toBe("linear");
    expect(gap.defaultMethod(isRateUnit("个百分点"), true)).toBe("linear");
    expect(gap.defaultMethod(isRateUnit("亿元"), false)).toBe("growth");
    expect(gap.parseMethod(" Linear ")).toBe("linear");
    expect(gap.parseMethod("复合")).toBe("compound");
    expect((gap.parseMethod("cubic") as PlanError).code).toBe("#VALUE!");
  });
});

describe("gap, progress, required growth, status", () => {
  const planned2023 = 372.481073;

  test("gap and gap % for an actual of 400 in 2023", () => {
    expect(gap.gap(400, planned2023)).toBeCloseTo(27.518927, 5);
    expect(gap.gapPercent(400, planned2023)).toBeCloseTo(0.07388, 5);
    expect((gap.gapPercent(1, 0) as PlanError).code).toBe("#NUM!");
  });

  test("progress (400 − 239.5)/(500 − 239.5) = 0.61612", () => {
    expect(gap.progress(400, 239.5, 500)).toBeCloseTo(0.616123, 6);
    expect((gap.progress(400, 500, 500) as PlanError).code).toBe("#NUM!");
  });

  test("required growth from 400 in 2023 to 500 in 2025: √1.25 − 1 = 11.80%", () => {
    expect(gap.requiredGrowth(400, 500, 2023, 2025, "compound")).toBeCloseTo(0.118034, 6);
    expect((gap.requiredGrowth(400, 500, 2025, 2025, "compound") as PlanError).code).toBe("#NUM!");
    expect((gap.requiredGrowth(0, 500, 2023, 2025, "compound") as PlanError).code).toBe("#NUM!");
  });

  test("overflowing inputs are #NUM!, never an infinite number", () => {
    expect((gap.requiredGrowth(1e-320, 500, 2024, 2025, "compound") as PlanError).code).toBe("#NUM!");
    expect((gap.gapPercent(1e308, -1e-300) as PlanError).code).toBe("#NUM!");
  });

  test("required change on a linear path is in the unit per year: (2.5 − 2.0)/2 = 0.25", () => {
    expect(gap.requiredGrowth(2.0, 2.5, 2023, 2025, "linear")).toBeCloseTo(0.25, 10);
  });

  const level = (value: number, extra: Partial<gap.Goal> = {}): gap.Goal => ({
    kind: "level",
    year: 2025,
    firstYear: 2021,
    value,
    qualifier: ">=",
    rate: false,
    direction: "higher",
    ...extra,
  });

  test("status, higher is better: ahead and behind outside the ±2% band around the path", () => {
    const goal = level(500);
    expect(gap.status(510, planned2023, goal, 2023)).toBe("achieved"); // early: 提前完成
    expect(gap.status(400, planned2023, goal, 2023)).toBe("ahead"); // 7.4% above the path
    expect(gap.status(375, planned2023, goal, 2023)).toBe("on track"); // within 372.48 ± 7.45
    expect(gap.status(350, planned2023, goal, 2023)).toBe("behind");
    expect(gap.status(499, 500, goal, 2025)).toBe("behind"); // the target year: met or not
  });

  test("status, lower is better: energy 0.6 → 0.5, planned 2023 = 0.6·(5/6)^0.6 = 0.53783", () => {
    const energy: gap.Path = { method: "compound", baseYear: 2020, base: 0.6, targetYear: 2025, target: 0.5 };
    const p = gap.plannedValue(energy, 2023) as number;
    expect(p).toBeCloseTo(0.537827, 6);
    const goal = level(0.5, { qualifier: "<=", direction: "lower" });
    expect(gap.status(0.49, p, goal, 2023)).toBe("achieved");
    expect(gap.status(0.535, p, goal, 2023)).toBe("on track");
    expect(gap.status(0.52, p, goal, 2023)).toBe("ahead");
    expect(gap.status(0.55, p, goal, 2023)).toBe("behind");
  });

  test("about (左右): a rate within ±0.5 points, a level within ±2%", () => {
    const growth = level(0.07, { kind: "growth", year: 2024, firstYear: 2024, qualifier: "~", rate: true });
    expect(gap.status(0.066, undefined, growth, 2024)).toBe("achieved");
    expect(gap.status(0.075, undefined, growth, 2024)).toBe("achieved");
    expect(gap.status(0.064, undefined, growth, 2024)).toBe("behind");
    const amount = level(1000, { qualifier: "~" });
    expect(gap.status(981, 1000, amount, 2025)).toBe("achieved");
    expect(gap.status(979, 1000, amount, 2025)).toBe("behind");
  });

  test("ceilings, floors, 突破 strictly, ranges inside", () => {
    expect(gap.meetsGoal(0.055, level(0.055, { qualifier: "<=", direction: "lower", rate: true }))).toBe(
      "met",
    );
    expect(
      gap.meetsGoal(0.056, level(0.055, { qualifier: "<=", direction: "lower", rate: true })),
    ).toBeUndefined();
    expect(gap.meetsGoal(0.95, level(0.95, { rate: true }))).toBe("met");
    expect(gap.meetsGoal(1000, level(1000, { qualifier: ">" }))).toBeUndefined();
    expect(gap.meetsGoal(1000.5, level(1000, { qualifier: ">" }))).toBe("met");
    const range = level(0.3, { valueMax: 0.35, qualifier: "=", rate: true });
    expect(gap.meetsGoal(0.32, range)).toBe("met");
    expect(gap.meetsGoal(0.36, range)).toBe("beyond");
    expect(gap.meetsGoal(0.29, range)).toBeUndefined();
    expect(gap.status(0.36, 0.3, range, 2023)).toBe("ahead");
  });

  test("a period-average growth target is on track, not achieved, before its last year", () => {
    const avg = level(0.05, { kind: "growth", qualifier: "=", rate: true });
    expect(gap.status(0.052, undefined, avg, 2023)).toBe("on track");
    expect(gap.status(0.06, undefined, avg, 2023)).toBe("ahead");
    expect(gap.status(0.04, undefined, avg, 2023)).toBe("behind");
    expect(gap.status(0.05, undefined, avg, 2025)).toBe("achieved");
    // average 4% for 3 of 5 years: ((1.05^5)/(1.04^3))^(1/2) − 1 = 6.518%
    expect(gap.requiredAverage(0.05, 0.04, 5, 3)).toBeCloseTo(0.065181, 6);
  });

  test("a cumulative total: planned = target × elapsed share", () => {
    const total = level(15, { kind: "total" });
    expect(gap.elapsedShare(2021, 2025, 2023)).toBeCloseTo(0.6, 12);
    expect(gap.plannedWithoutBase(total, 2023)).toBeCloseTo(9, 12);
    expect(gap.status(6, 9, total, 2023)).toBe("behind");
    expect(gap.status(16, 9, total, 2023)).toBe("achieved");
  });

  test("a percentage typed as a number is #VALUE! saying what to type", () => {
    const e = gap.checkPercent(90, [0.95], "actual") as PlanError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/type 90% or 0\.9\./);
    expect(gap.checkPercent(0.9, [0.95], "actual")).toBeUndefined();
    expect(gap.checkPercent(1, [0.95], "actual")).toBeUndefined(); // 100% is plausible
    expect(gap.checkPercent(5.5, [0.07], "actual growth")).toBeInstanceOf(PlanError);
  });

  test("a growth path from a zero or negative base is #NUM!, never a number", () => {
    const zero: gap.Path = { method: "growth", baseYear: 2023, base: 0, targetYear: 2024, growth: 0.07 };
    expect((gap.plannedValue(zero, 2024) as PlanError).code).toBe("#NUM!");
    expect((gap.plannedValue({ ...zero, base: -5 }, 2024) as PlanError).code).toBe("#NUM!");
  });

  test("direction: qualifier, then lexicon, then base vs target", () => {
    expect(gap.direction("<=", false)).toBe("lower");
    expect(gap.direction(">=", true)).toBe("higher");
    expect(gap.direction("=", true)).toBe("lower");
    expect(gap.direction("~", undefined, 10, 8)).toBe("lower");
    expect(gap.direction("=", undefined, 8, 10)).toBe("higher");
  });
});
