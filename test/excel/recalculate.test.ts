/**
 * Recalculation after a data change touches only this workbook's PLAN cells (issue 11, point 4).
 * Excel is a stand-in: office-addin-mock provides the `Excel` global, and the in-memory workbooks of
 * fake-workbook.ts count which formula cells each calculation request computes. Two workbooks are open
 * in one Excel, as a finance user's model would be beside the report.
 */
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("./office-manifest-shim"),
);

import { recalculatePlanCells, recalcScope } from "../../src/excel/recalculate";
import { FakeWorkbookState, installExcel } from "./fake-workbook";

const supportsUpTo = (minor: number) => (set: string, version: string) =>
  set === "ExcelApi" && Number(version.split(".")[1]) <= minor;

/** This workbook: a report with 12 PLAN cells among 2,000 other formulas; an untouched second sheet. */
function report(): FakeWorkbookState {
  const wb = new FakeWorkbookState();
  const sheet = wb.addSheet("Report");
  for (let r = 0; r < 12; r++) sheet.put(r, 0, `=PLAN.GAP("Luohe","GDP",2023,B${r + 1})`);
  for (let r = 0; r < 1000; r++) {
    sheet.put(r, 1, r);
    sheet.put(r, 2, `=B${r + 1}*2`);
    sheet.put(r, 3, `=SUM(C1:C${r + 1})`);
  }
  sheet.put(0, 5, "plan.xlsx notes"); // text mentioning the name is not a formula to calculate
  const other = wb.addSheet("Inputs");
  other.put(0, 0, "=TODAY()");
  return wb;
}

/** Another workbook open in the same Excel: a large model that must not be recalculated. */
function financeModel(): FakeWorkbookState {
  const wb = new FakeWorkbookState();
  const sheet = wb.addSheet("Model");
  for (let r = 0; r < 5000; r++) sheet.put(r, 0, `=ROW()*1.01`);
  return wb;
}

function setup() {
  const wb = report();
  const other = financeModel();
  wb.application.open(other);
  installExcel(wb);
  return { wb, other };
}

test("ExcelApi 1.9: only this workbook's PLAN cells, in three syncs", async () => {
  const { wb, other } = setup();
  await expect(recalculatePlanCells(undefined, supportsUpTo(9))).resolves.toEqual({
    outcome: "recalculated",
    scope: "plan-cells",
  });
  // Measured: 12 cells calculated of 2,013 formulas here and 5,000 in the other workbook.
  expect(wb.calculatedCells).toBe(12);
  expect(other.calculatedCells).toBe(0);
  expect(wb.application.fullCalculations).toBe(0);
  expect(wb.syncs).toBe(3);
});

test("ExcelApi 1.6-1.8: each sheet's used range of this workbook, never the other workbook", async () => {
  const { wb, other } = setup();
  await expect(recalculatePlanCells(undefined, supportsUpTo(8))).resolves.toMatchObject({
    scope: "used-ranges",
  });
  expect(wb.calculatedCells).toBe(2013);
  expect(other.calculatedCells).toBe(0);
  expect(wb.syncs).toBe(2);
});

test("older hosts fall back to one full recalculation (every open workbook: the only API there)", async () => {
  const { wb, other } = setup();
  await expect(recalculatePlanCells(undefined, supportsUpTo(5))).resolves.toMatchObject({
    scope: "all-workbooks",
  });
  expect(wb.calculatedCells).toBe(2013);
  expect(other.calculatedCells).toBe(5000);
});

test("manual calculation mode is left alone at every level", async () => {
  for (const minor of [5, 8, 9]) {
    const { wb, other } = setup();
    wb.application.calculationMode = "Manual";
    await expect(recalculatePlanCells(undefined, supportsUpTo(minor))).resolves.toMatchObject({
      outcome: "manual",
    });
    expect(wb.calculatedCells + other.calculatedCells).toBe(0);
  }
});

test("PLAN cells on a hidden sheet (which findAll does not search, office-js #6349) are recalculated too", async () => {
  const { wb, other } = setup();
  const hidden = wb.addSheet("Hidden");
  hidden.visibility = "Hidden";
  hidden.put(0, 0, '=PLAN.TARGET("Luohe","GDP",2025)');
  hidden.put(1, 0, "=A1*2");
  await recalculatePlanCells(undefined, supportsUpTo(9));
  expect(wb.calculatedCells).toBe(12 + 2);
  expect(other.calculatedCells).toBe(0);
});

test("when the search finds no PLAN cell (none, or a search of values), this workbook's used ranges", async () => {
  const { wb, other } = setup();
  wb.searchLooksAt = "values";
  wb.sheet("Report").cells.delete("0,5"); // no text mentions "PLAN." either
  await expect(recalculatePlanCells(undefined, supportsUpTo(9))).resolves.toMatchObject({
    scope: "used-ranges",
  });
  expect(wb.calculatedCells).toBe(2013);
  expect(other.calculatedCells).toBe(0);
  expect(wb.syncs).toBe(3);
});

test("the scope follows the host's requirement sets; a failing check counts as unsupported", () => {
  expect(recalcScope(supportsUpTo(12))).toBe("plan-cells");
  expect(recalcScope(supportsUpTo(6))).toBe("used-ranges");
  expect(
    recalcScope(() => {
      throw new Error("no Office");
    }),
  ).toBe("all-workbooks");
});
