/**
 * The PLAN functions evaluated inside a real formula engine (HyperFormula), on a report sheet written as
 * staff would write it in Excel, with the data the extractor builds from the seeds.
 */
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { planEngine, unregisterPlan } from "./hyperformula-plan";
import { seedDataset } from "./seeds-helper";
import * as runtime from "../../src/model/runtime";
import type { Dataset } from "../../src/record";

jest.setTimeout(60_000);

let dataset: Dataset;
let hf: HyperFormula;

beforeAll(async () => {
  dataset = await seedDataset();
  runtime.setDataset(dataset);
});
afterAll(() => unregisterPlan());
afterEach(() => hf?.destroy());

const REPORT = [
  ["Region", "Indicator", "Year", "Actual", "Gap", "Gap %", "Status", "Required", "Target"],
  [
    "Luohe",
    "GDP",
    2023,
    400,
    "=PLAN.GAP(A2,B2,C2,D2)",
    "=PLAN.GAPPCT(A2,B2,C2,D2)",
    "=PLAN.STATUS(A2,B2,C2,D2)",
    "=PLAN.REQUIRED(A2,B2,C2,D2)",
    "=PLAN.TARGET(A2,B2,2025)",
  ],
  [
    "漯河经开区",
    "经济总量",
    "2024年",
    null,
    "=PLAN.GAP(A3,B3,C3,D3)",
    null,
    "=PLAN.STATUS(A3,B3,C3,D3)",
    null,
    "=PLAN.PLANNED(A3,B3,C3)",
  ],
];

const cell = (sheet: number, col: number, row: number) => ({ sheet, col, row });

describe("a report sheet in HyperFormula", () => {
  test("GAP/STATUS/REQUIRED compute from the actuals and change when an actual changes", () => {
    hf = planEngine({ Report: REPORT });
    const report = hf.getSheetId("Report")!;
    expect(hf.getCellValue(cell(report, 8, 1))).toBe(500);
    expect(hf.getCellValue(cell(report, 4, 1)) as number).toBeCloseTo(27.518927, 5);
    expect(hf.getCellValue(cell(report, 5, 1)) as number).toBeCloseTo(0.07388, 5);
    expect(hf.getCellValue(cell(report, 6, 1))).toBe("ahead");
    expect(hf.getCellValue(cell(report, 7, 1)) as number).toBeCloseTo(0.118034, 6);

    hf.setCellContents(cell(report, 3, 1), [[350]]);
    expect(hf.getCellValue(cell(report, 4, 1)) as number).toBeCloseTo(350 - 372.481073, 5);
    expect(hf.getCellValue(cell(report, 6, 1))).toBe("behind");
    expect(hf.getCellValue(cell(report, 7, 1)) as number).toBeCloseTo(Math.sqrt(500 / 350) - 1, 6);

    hf.setCellContents(cell(report, 3, 1), [[510]]);
    expect(hf.getCellValue(cell(report, 6, 1))).toBe("achieved");
  });

  test("a blank actual is #N/A asking for the value; typing it fills the row", () => {
    hf = planEngine({ Report: REPORT });
    const report = hf.getSheetId("Report")!;
    const gap = hf.getCellValue(cell(report, 4, 2)) as DetailedCellError;
    expect(gap).toBeInstanceOf(DetailedCellError);
    expect(gap.value).toBe("#N/A");
    expect(gap.message).toMatch(/Enter the actual value/);
    hf.setCellContents(cell(report, 3, 2), [["430"]]);
    const planned2024 = hf.getCellValue(cell(report, 8, 2)) as number;
    expect(hf.getCellValue(cell(report, 4, 2)) as number).toBeCloseTo(430 - planned2024, 8);
  });

  test("error cells carry the code and the message", () => {
    hf = planEngine({
      Errors: [
        [
          '=PLAN.TARGET("Luohe","GPD",2025)',
          '=PLAN.TARGET("Luohe","GDP","soon")',
          '=PLAN.PLANNED("Luohe","GDP",2023,"cubic")',
        ],
        [
          '=PLAN.TARGET("Zhengzhou","GDP",2024)',
          '=PLAN.REQUIRED("Luohe","GDP",2025,400)',
          '=PLAN.TARGETGROWTH("Zhengzhou","GDP",2024)',
        ],
      ],
    });
    const sheet = hf.getSheetId("Errors")!;
    const at = (col: number, row: number) => hf.getCellValue(cell(sheet, col, row)) as DetailedCellError;
    expect([at(0, 0).value, at(0, 0).message]).toEqual([
      "#N/A",
      "Unknown indicator 'GPD'. Did you mean GDP (地区生产总值)?",
    ]);
    expect([at(1, 0).value, at(1, 0).message]).toEqual([
      "#VALUE!",
      `'soon' is not a year: give a year such as 2025 or "2025年".`,
    ]);
    expect(at(2, 0).value).toBe("#VALUE!");
    expect(at(0, 1).value).toBe("#N/A");
    expect(at(0, 1).message).toMatch(/PLAN\.TARGETGROWTH/);
    expect(at(1, 1).value).toBe("#NUM!");
    expect(hf.getCellValue(cell(sheet, 2, 1))).toBeCloseTo(0.07, 12);
  });

  test("a target year as the last argument: a number, text, a cell; a year without a target is #N/A", () => {
    hf = planEngine({
      T: [
        [2025, '=PLAN.GAP("Luohe","GDP",2023,400,A1)', '=PLAN.STATUS("Luohe","GDP",2023,400,"2025年")'],
        [2035, '=PLAN.GAP("Luohe","GDP",2023,400,A2)', '=PLAN.PLANNED("Luohe","GDP",2023,"",2025)'],
      ],
    });
    const sheet = hf.getSheetId("T")!;
    expect(hf.getCellValue(cell(sheet, 1, 0)) as number).toBeCloseTo(27.518927, 5);
    expect(hf.getCellValue(cell(sheet, 2, 0))).toBe("ahead");
    expect(hf.getCellValue(cell(sheet, 2, 1)) as number).toBeCloseTo(372.481073, 5);
    const missing = hf.getCellValue(cell(sheet, 1, 1)) as DetailedCellError;
    expect(missing.value).toBe("#N/A");
    expect(missing.message).toMatch(/has no target for 2035\. Targets exist for 2025/);
  });

  test("INDICATORS and REGIONS spill with their header rows", () => {
    hf = planEngine({ Lists: [['=PLAN.INDICATORS("Luohe")'], [], [], [], [], [], [], [], [], []] });
    const sheet = hf.getSheetId("Lists")!;
    const values = hf.getSheetValues(sheet);
    expect(values[0]).toEqual(["id", "name", "English name", "unit", "base", "target year", "target"]);
    expect(values[1]).toEqual(["gdp", "地区生产总值", "Gross regional product", "亿元", 239.5, 2025, 500]);
    const store = runtime.getStore()!;
    expect(values.length).toBe(store.seriesOf("luohe-etdz").length + 1);

    const regions = planEngine({ R: [["=PLAN.REGIONS()"]] });
    const rows = regions.getSheetValues(regions.getSheetId("R")!);
    expect(rows[0][0]).toBe("id");
    expect(rows.slice(1).map((r) => r[0])).toEqual(dataset.regions.map((r) => r.id));
    regions.destroy();
  });

  test("new data: one recalculation request updates every PLAN formula", () => {
    hf = planEngine({ Report: REPORT });
    const report = hf.getSheetId("Report")!;
    expect(hf.getCellValue(cell(report, 8, 1))).toBe(500);
    const unsubscribe = runtime.subscribe(() => hf.rebuildAndRecalculate());
    const revised: Dataset = {
      ...dataset,
      records: dataset.records.map((r) =>
        r.region_id === "luohe-etdz" && r.indicator_id === "gdp" && r.kind === "target" && r.value === 500
          ? { ...r, value: 520 }
          : r,
      ),
    };
    runtime.setDataset(revised);
    expect(hf.getCellValue(cell(report, 8, 1))).toBe(520);
    runtime.setDataset(dataset);
    expect(hf.getCellValue(cell(report, 8, 1))).toBe(500);
    unsubscribe();
  });
});
