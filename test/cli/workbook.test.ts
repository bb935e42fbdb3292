/**
 * `plan-indicators workbook`: region sheets and a dashboard as .xlsx (ExcelJS), PLAN columns as values,
 * read back with ExcelJS.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluateCall, run } from "../../src/cli/commands/workbook";
import { PlanStore } from "../../src/model/store";
import { LEXICON, luoheDataset } from "../model/fixtures";

jest.setTimeout(60_000);

async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return await fn();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

test("writes a dashboard and one sheet per region, PLAN columns as values, formats and validation", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "plan-wb-")), "plan.xlsx");
  expect(
    await quiet(() => run(["--region", "Luohe", "--pick", "Luohe:GDP", "--lang", "en", "--out", file])),
  ).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Dashboard", "Luohe Economic and Technologica"]); // 31 characters
  let planFormulas = 0;
  wb.eachSheet((s) =>
    s.eachRow((row) => row.eachCell((c) => void (/PLAN\./u.test(c.formula ?? "") && planFormulas++))),
  );
  expect(planFormulas).toBe(0);

  const dash = wb.getWorksheet("Dashboard")!;
  expect(dash.getCell("A3").value).toBe("漯河经济技术开发区");
  expect(dash.getCell("E3").value).toBe(500);
  expect(dash.getCell("H3").value).toBe("on track"); // the 2020 actual sits on the path
  expect(String(dash.getCell("J1").value)).toMatch(/ExcelJS cannot write charts/);

  const sheet = wb.worksheets[1]!;
  const headers = (sheet.getRow(5).values as unknown[]).slice(1) as string[];
  const column = (h: string) => headers.indexOf(h) + 1;
  const rows = Array.from({ length: sheet.rowCount - 5 }, (_, i) => sheet.getRow(6 + i));
  const gdp = rows.find(
    (r) =>
      r.getCell(column("Indicator id 指标代码")).value === "gdp" &&
      r.getCell(column("Kind 类型")).value === "target",
  )!;
  expect(gdp.getCell(column("Base 基期值")).value).toBe(239.5);
  expect(gdp.getCell(column("Base year 基期年份")).value).toBe(2020);
  expect(gdp.getCell(column("Status 状态")).value).toBe(""); // no actual typed yet
  const rate = rows.find(
    (r) =>
      r.getCell(column("Unit 单位")).value === "%" &&
      r.getCell(column("Kind 类型")).value === "target" &&
      typeof r.getCell(column("Value 数值")).value === "number",
  )!;
  expect(rate.getCell(column("Value 数值")).numFmt).toBe("0.0#%");
  expect(rate.getCell(column("Value 数值")).value as number).toBeLessThan(1); // Excel percentages
  expect(gdp.getCell(column("Actual 实际值")).dataValidation).toMatchObject({ type: "decimal" });
  expect(sheet.getCell("B3").value).toMatchObject({
    formula: expect.stringMatching(/^COUNTIFS\(D6:D\d+,"target"/),
  });
});

test("usage errors exit 2", async () => {
  expect(await quiet(() => run([]))).toBe(2);
  expect(await quiet(() => run(["--out", "/tmp/x.xlsx", "--region", "Atlantis"]))).toBe(2);
});

test("a PLAN call is evaluated from the row: blank until its inputs are there, errors as error values", () => {
  const store = new PlanStore(luoheDataset(), { lexicon: LEXICON });
  const call = {
    fn: "GAP",
    args: [{ literal: "Luohe" }, { column: "ind" }, { column: "ay" }, { column: "a" }],
    blankUnless: ["ay", "a"],
  };
  const row = (a: number | null) =>
    new Map<string, string | number | null>([
      ["ind", "GDP"],
      ["ay", 2023],
      ["a", a],
    ]);
  expect(evaluateCall(store, call, row(null))).toBe("");
  expect(evaluateCall(store, call, row(400)) as number).toBeCloseTo(27.518927, 5);
  expect(
    evaluateCall(
      store,
      { ...call, fn: "GAPPCT", args: [{ literal: "Atlantis" }, ...call.args.slice(1)] },
      row(1),
    ),
  ).toEqual({
    error: "#N/A",
  });
});
