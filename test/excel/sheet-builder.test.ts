import { COLUMNS, headerOf } from "../../src/excel/columns";
import { asCellText, formulaString, structuredName } from "../../src/excel/cell-text";
import { numberFormatForUnit } from "../../src/excel/number-formats";
import {
  buildRegionSheet,
  buildRow,
  sheetNameFor,
  tableNameFor,
  HEADER_ROW,
} from "../../src/excel/sheet-builder";
import { isFormula } from "../../src/excel/sheet-description";
import { record, REGION, sampleDataset, sampleRecords } from "./fixtures";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("buildRegionSheet", () => {
  const ds = sampleDataset();
  const sheet = buildRegionSheet(REGION, ds.records, { lang: "zh", documents: ds.documents });
  const row = (id: string) => sheet.rows.find((r) => r.id === id)!;

  it("keeps only the region's records, in document order", () => {
    expect(sheet.rows.map((r) => r.id)).toEqual(["gdp-2020", "gdp-2025", "growth-2025", "rd-2025", "evil"]);
  });

  it("writes bilingual headers, one per column, and hides only the record id", () => {
    expect(sheet.headers).toHaveLength(COLUMNS.length);
    expect(sheet.headers[col("actual")]).toBe("Actual 实际值");
    expect(COLUMNS.filter((c) => c.hidden).map((c) => c.key)).toEqual(["id"]);
    expect(sheet.rows.every((r) => r.cells.length === COLUMNS.length)).toBe(true);
  });

  it("gives level targets PLAN formulas over the row's Actual year and Actual, towards the row's own Year", () => {
    const formula = (key: string) => {
      const cell = row("gdp-2025").cells[col(key)]!;
      return isFormula(cell) ? cell.formula : cell;
    };
    const [ind, year, actual, target] = [
      "[@[Indicator id 指标代码]]",
      "[@[Actual year 实际年份]]",
      "[@[Actual 实际值]]",
      "[@[Year 年份]]",
    ];
    const bothGiven = `IF(OR(${year}="",${actual}=""),""`;
    const tail = `${target},IF([@[Base 基期值]]="","",[@[Base 基期值]]),IF([@[Base year 基期年份]]="","",[@[Base year 基期年份]])`;
    expect(formula("gap")).toBe(`=${bothGiven},PLAN.GAP("test-zone",${ind},${year},${actual},${tail}))`);
    expect(formula("planned")).toBe(`=IF(${year}="","",PLAN.PLANNED("test-zone",${ind},${year},"",${tail}))`);
    expect(formula("progress")).toBe(
      `=IF(${actual}="","",PLAN.PROGRESS("test-zone",${ind},${actual},${tail}))`,
    );
    expect(formula("required")).toBe(
      `=${bothGiven},PLAN.REQUIRED("test-zone",${ind},${year},${actual},${tail}))`,
    );
    // the sheet's language: the Chinese words of plan reviews
    expect(formula("status")).toBe(
      `=${bothGiven},PLAN.STATUS("test-zone",${ind},${year},${actual},${tail},"zh"))`,
    );
  });

  it("prefills Base and Base year from the document where it has them, in Excel units", () => {
    expect(row("gdp-2025").cells[col("base")]).toBe(239.5);
    expect(row("gdp-2025").cells[col("baseYear")]).toBe(2020);
    expect(row("rd-2025").cells[col("base")]).toBeNull(); // no 2020 actual: the user types it
    expect(row("rd-2025").cells[col("value")]).toBe(0.025); // 2.5% as an Excel percentage
  });

  it("fits the formulas to the row: none for actuals, STATUS only for qualitative targets", () => {
    expect(["planned", "gap", "status"].map((k) => row("gdp-2020").cells[col(k)])).toEqual([
      null,
      null,
      null,
    ]);
    // growth-2025 (qualitative) stands beside the numeric 2025 GDP target, which carries the analytics
    expect(["planned", "gap", "status"].map((k) => row("growth-2025").cells[col(k)])).toEqual([
      null,
      null,
      null,
    ]);
    const alone = buildRow(
      record({ id: "q", indicator_id: "income", value: null, text: "与经济增长同步" }),
      "z",
      "en",
    );
    expect(["planned", "gap"].map((k) => alone.cells[col(k)])).toEqual([null, null]);
    expect(alone.cells[col("status")]).toMatchObject({ formula: expect.stringMatching(/^=PLAN\.STATUS\(/) });
  });

  it("writes a qualitative target's words in the Value column and record fields as they are", () => {
    expect(row("growth-2025").cells[col("value")]).toBe("高于全市平均水平");
    expect(row("gdp-2025").cells[col("value")]).toBe(500);
    expect(row("gdp-2025").cells[col("qualifier")]).toBe("≥");
    expect(row("gdp-2025").cells[col("kind")]).toBe("目标");
    expect(row("gdp-2025").cells[col("document")]).toBe("测试经开区“十四五”规划");
    expect(row("gdp-2025").cells[col("id")]).toBe("gdp-2025");
  });

  it("never turns a plain qualifier into a lone '=' cell", () => {
    expect(row("gdp-2020").cells[col("qualifier")]).toBe("");
  });

  it("keeps document text as text (the adapter protects it), never as a formula", () => {
    const evil = row("evil");
    expect(isFormula(evil.cells[col("indicator")]!)).toBe(false);
    expect(evil.cells[col("indicator")]).toBe('=HYPERLINK("http://evil.example","点击")');
    expect(isFormula(evil.cells[col("quote")]!)).toBe(false);
  });

  it("chooses number formats by unit and fractions for progress and required growth", () => {
    expect(row("gdp-2025").numberFormats[col("value")]).toBe(numberFormatForUnit("亿元"));
    expect(row("rd-2025").numberFormats[col("value")]).toBe("0.0#%");
    expect(row("rd-2025").numberFormats[col("progress")]).toBe("0.0%");
    expect(row("gdp-2025").numberFormats[col("year")]).toBe("0");
  });

  it("puts a status summary above the table that counts by the table's Status column", () => {
    expect(sheet.headerRow).toBe(HEADER_ROW);
    expect(sheet.summary.length).toBeLessThan(HEADER_ROW);
    expect(sheet.summary[2]).toContainEqual({
      formula: '=COUNTIF(PlanInd_test_zone[[Status 状态]],"滞后于预期")',
    });
    expect(sheet.summary[2]![0]).toEqual({ formula: "=ROWS(PlanInd_test_zone)" });
    expect(sheet.freezeRows).toBe(HEADER_ROW + 1);
    expect(sheet.statusRules.map((r) => r.equals)).toEqual([
      "提前完成",
      "已完成",
      "快于预期",
      "符合预期",
      "滞后于预期",
      "定性目标",
    ]);
  });

  it("notes in the title when the sheet was loaded", () => {
    const at = new Date("2026-03-01T08:05:09Z");
    expect(buildRegionSheet(REGION, [], { lang: "zh", loadedAt: at }).summary[0]).toEqual([
      "测试经济技术开发区 · Test Economic Zone — 载入于 2026-03-01 08:05 UTC",
    ]);
  });

  it("uses the English names and labels when asked", () => {
    const en = buildRegionSheet(REGION, sampleRecords(), { lang: "en" });
    expect(en.sheetName).toBe("Test Economic Zone");
    expect(en.rows[0]!.cells[col("kind")]).toBe("actual");
    expect(en.summary[1]).toEqual([
      "Records",
      "Targets tracked",
      "Awaiting actual",
      "Achieved",
      "Ahead",
      "On track",
      "Behind",
      "Qualitative",
      "Binding 约束性",
      "Indicative 预期性",
    ]);
  });
});

describe("names", () => {
  it("makes legal sheet names", () => {
    expect(sheetNameFor("a/b:c*d?[e]\\f")).toBe("a b c d e f");
    expect(sheetNameFor("x".repeat(40))).toHaveLength(31);
    expect(sheetNameFor("   ")).toBe("Plan");
    expect(sheetNameFor("History")).toBe("Plan");
  });

  it("makes legal table names", () => {
    expect(tableNameFor("luohe-etdz")).toBe("PlanInd_luohe_etdz");
    expect(tableNameFor("漯河")).toBe("PlanInd_region");
  });
});

describe("cell text", () => {
  it("protects text that Excel would read as a formula", () => {
    for (const s of ["=1+1", "+1", "-5", "@SUM(A1)", "\t=x", "'quoted"]) expect(asCellText(s)).toBe(`'${s}`);
    expect(asCellText("达到500")).toBe("达到500");
  });

  it("escapes formula strings and structured column names", () => {
    expect(formulaString('say "hi"')).toBe('"say ""hi"""');
    expect(structuredName("a[1]#'")).toBe("a'[1']'#''");
    expect(headerOf("status")).toBe("Status 状态");
  });
});
