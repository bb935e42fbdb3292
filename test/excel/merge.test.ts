import { headerOf } from "../../src/excel/columns";
import { MergeError, cellFromExcel, mergeTable } from "../../src/excel/merge";
import { buildRegionSheet } from "../../src/excel/sheet-builder";
import { REGION, sampleRecords } from "./fixtures";

describe("cellFromExcel", () => {
  it("tells formulas from constants, including text that only looks like a formula", () => {
    expect(cellFromExcel(3, "=1+2")).toEqual({ formula: "=1+2" });
    expect(cellFromExcel("=x", "=x")).toBe("=x");
    expect(cellFromExcel("", "")).toBeNull();
    expect(cellFromExcel(7, 7)).toBe(7);
    expect(cellFromExcel(true, true)).toBe(1);
  });
});

describe("mergeTable", () => {
  const next = buildRegionSheet(REGION, sampleRecords(), { lang: "en" });
  const blankRow = () => next.headers.map(() => "");

  it("refuses a table without its record id column instead of duplicating rows", () => {
    const headers = next.headers.filter((h) => h !== headerOf("id"));
    expect(() => mergeTable({ headers, values: [], formulas: [], numberFormats: [] }, next, "en")).toThrow(
      MergeError,
    );
  });

  it("keeps rows the user added (no id) untouched and appends every record", () => {
    const row = blankRow();
    row[next.headers.indexOf(headerOf("indicator"))] = "user row";
    const update = mergeTable(
      { headers: next.headers, values: [row], formulas: [row], numberFormats: [] },
      next,
      "en",
    );
    expect(update).toMatchObject({ addRows: next.rows.length, rowCount: next.rows.length + 1, removed: 0 });
    const indicator = update.writes.find((w) => w.header === headerOf("indicator"))!;
    expect(indicator.cells[0]).toBe("user row");
    expect(update.writes.find((w) => w.header === headerOf("inData"))!.cells[0]).toBeNull();
    expect(update.writes.some((w) => w.header === headerOf("actual"))).toBe(false);
  });
});
