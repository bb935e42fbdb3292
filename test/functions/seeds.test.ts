/** The PLAN wrappers over the dataset the extractor builds from the real seeds. */
import { ExcelError } from "./custom-functions-shim";
import { seedDataset } from "./seeds-helper";
import * as fns from "../../src/functions/functions";
import * as runtime from "../../src/model/runtime";

jest.setTimeout(60_000);

beforeAll(async () => {
  runtime.setDataset(await seedDataset());
});

describe("PLAN functions on the seeds", () => {
  test('=PLAN.TARGET("Luohe","GDP",2025) returns 500', () => {
    expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
    expect(fns.target("漯河经济技术开发区", "地区生产总值", "2025年")).toBe(500);
    expect(fns.qualifier("Luohe ETDZ", "gdp", 2025)).toBe(">=");
  });

  test("Luohe GDP base 2020 239.5, planned path and gap", () => {
    expect(fns.baseValue("Luohe", "GDP")).toBe(239.5);
    expect(fns.baseYear("Luohe", "GDP")).toBe(2020);
    expect(fns.planned("Luohe", "GDP", 2023)).toBeCloseTo(372.481073, 5);
    expect(fns.status("Luohe", "GDP", 2023, 400)).toBe("ahead");
    expect(fns.source("Luohe", "GDP", 2025)).toMatch(
      /002_e24a12bec3ad6067, table\): “地区生产总值\(亿元\)239\.5≥500/,
    );
  });

  test("the Zhengzhou 2024 annual plan: TARGET points to GROWTH, GROWTH gives 0.07", () => {
    const target = fns.target("Zhengzhou", "GDP", 2024) as InstanceType<typeof ExcelError>;
    expect(target).toBeInstanceOf(ExcelError);
    expect(target.code).toBe("#N/A");
    expect(target.message).toMatch(/PLAN\.TARGETGROWTH/);
    expect(fns.targetGrowth("郑州", "经济总量", 2024)).toBeCloseTo(0.07, 12);
  });

  test("REGIONS lists every region with records; INDICATORS spills the region's indicators", () => {
    const regions = fns.regions() as (string | number)[][];
    const ids = regions.slice(1).map((r) => r[0]);
    expect(ids).toEqual(expect.arrayContaining(["luohe-etdz", "zhengzhou", "zhengzhou-zhongyuan"]));
    const indicators = fns.indicators("Luohe") as (string | number)[][];
    expect(indicators[1]).toEqual([
      "gdp",
      "地区生产总值",
      "Gross regional product",
      "亿元",
      239.5,
      2025,
      500,
    ]);
  });

  test("every function answers every (region, indicator) of the data without throwing", () => {
    const store = runtime.getStore()!;
    let answered = 0;
    for (const region of store.regions.keys()) {
      for (const series of store.seriesOf(region)) {
        const args = [region, series.indicatorId] as const;
        const results = [
          fns.target(...args, 2025),
          fns.baseValue(...args),
          fns.targetGrowth(...args),
          fns.planned(...args, 2023),
          fns.gap(...args, 2023, 100),
          fns.gapPct(...args, 2023, 100),
          fns.progress(...args, 100),
          fns.required(...args, 2023, 100),
          fns.status(...args, 2023, 100),
          fns.unit(...args),
          fns.source(...args, 2025),
        ];
        for (const r of results) {
          expect(typeof r === "number" || typeof r === "string" || r instanceof ExcelError).toBe(true);
          if (typeof r === "number") expect(Number.isFinite(r)).toBe(true);
          answered++;
        }
      }
    }
    expect(answered).toBeGreaterThan(100);
  });
});
