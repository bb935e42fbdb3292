/**
 * The formulas the sheet builder writes, evaluated by a real formula engine (HyperFormula, GPL key, tests
 * only) with the real PLAN functions (the functions' own HyperFormula registration). HyperFormula has no
 * Excel tables, so the table's structured references are rewritten to the cell references Excel would
 * resolve them to; everything else is written exactly as the adapter writes it.
 */
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { headerOf } from "../../src/excel/columns";
import { buildRegionSheet } from "../../src/excel/sheet-builder";
import type { SheetDescription } from "../../src/excel/sheet-description";
import { toExcelInput } from "../../src/excel/write-sheets";
import * as runtime from "../../src/model/runtime";
import { planEngine, unregisterPlan } from "../functions/hyperformula-plan";
import { record, REGION, sampleDataset } from "./fixtures";

function letter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The sheet as a grid, with `[@[Col]]`, `Table[[Col]]` and `ROWS(Table)` as A1 references. */
function toGrid(description: SheetDescription): (string | number | null)[][] {
  const first = description.headerRow + 2; // 1-based row of the first body row
  const last = first + description.rows.length - 1;
  const col = (header: string) => letter(description.headers.indexOf(header.replace(/'(.)/g, "$1")));
  const resolve = (formula: string, row: number) =>
    formula
      .replace(/\[@\[((?:[^\]']|'.)+)\]\]/g, (_m, h: string) => `${col(h)}${row}`)
      .replace(new RegExp(`${description.tableName}\\[\\[((?:[^\\]']|'.)+)\\]\\]`, "g"), (_m, h: string) => {
        const c = col(h);
        return `${c}${first}:${c}${last}`;
      })
      .replace(`ROWS(${description.tableName})`, `ROWS(A${first}:A${last})`);
  const write = (cell: Parameters<typeof toExcelInput>[0], row: number): string | number | null => {
    const input = toExcelInput(cell);
    if (typeof input === "boolean") throw new Error("the builder writes no booleans");
    if (input === "") return null;
    return typeof input === "string" && input.startsWith("=") ? resolve(input, row) : input;
  };
  const grid: (string | number | null)[][] = description.summary.map((r, i) => r.map((c) => write(c, i + 1)));
  while (grid.length < description.headerRow) grid.push([]);
  grid.push(description.headers);
  description.rows.forEach((r, i) => grid.push(r.cells.map((c) => write(c, first + i))));
  return grid;
}

let hf: HyperFormula | undefined;
beforeAll(() => runtime.setDataset(sampleDataset()));
afterEach(() => hf?.destroy());
afterAll(() => {
  unregisterPlan();
  runtime.resetRuntime();
});

describe("sheet formulas in a formula engine", () => {
  const description = buildRegionSheet(REGION, sampleDataset().records, { lang: "en" });
  const at = (id: string, key: Parameters<typeof headerOf>[0]) => ({
    sheet: 0,
    row: description.headerRow + 1 + description.rows.findIndex((r) => r.id === id),
    col: description.headers.indexOf(headerOf(key)),
  });

  it("stays blank until Actual year and Actual are typed, then tracks them as they change", () => {
    hf = planEngine({ Sheet: toGrid(description) });
    expect(hf.getCellValue(at("gdp-2025", "gap"))).toBe("");
    expect(hf.getCellValue(at("gdp-2025", "status"))).toBe("");

    hf.setCellContents(at("gdp-2025", "actualYear"), 2023);
    hf.setCellContents(at("gdp-2025", "actual"), 400);
    const planned2023 = 239.5 * (500 / 239.5) ** (3 / 5);
    expect(hf.getCellValue(at("gdp-2025", "planned")) as number).toBeCloseTo(planned2023, 6);
    expect(hf.getCellValue(at("gdp-2025", "gap")) as number).toBeCloseTo(400 - planned2023, 6);
    expect(hf.getCellValue(at("gdp-2025", "progress")) as number).toBeCloseTo(
      (400 - 239.5) / (500 - 239.5),
      6,
    );
    expect(hf.getCellValue(at("gdp-2025", "required")) as number).toBeCloseTo((500 / 400) ** (1 / 2) - 1, 6);
    expect(hf.getCellValue(at("gdp-2025", "status"))).toBe("ahead"); // 7.4% above the path
    hf.setCellContents(at("gdp-2025", "actual"), 375);
    expect(hf.getCellValue(at("gdp-2025", "status"))).toBe("on track"); // within ±2%

    hf.setCellContents(at("gdp-2025", "actual"), 300);
    expect(hf.getCellValue(at("gdp-2025", "status"))).toBe("behind");
    hf.setCellContents(at("gdp-2025", "actual"), 510);
    expect(hf.getCellValue(at("gdp-2025", "status"))).toBe("achieved");
  });

  it("counts records, tracked targets, those awaiting an actual, and rows by status", () => {
    hf = planEngine({ Sheet: toGrid(description) });
    const summary = () => [0, 1, 2, 3, 4, 5, 6, 7].map((c) => hf!.getCellValue({ sheet: 0, row: 2, col: c }));
    // gdp-2025, rd-2025 and evil are numeric targets; growth-2025 is qualitative beside the 2025 level
    // target (which carries the analytics), gdp-2020 an actual.
    // Columns: records, tracked, awaiting, achieved, ahead, on track, behind, qualitative.
    expect(summary()).toEqual([5, 3, 3, 0, 0, 0, 0, 0]);
    hf.setCellContents(at("gdp-2025", "actualYear"), 2023);
    hf.setCellContents(at("gdp-2025", "actual"), 300);
    expect(summary()).toEqual([5, 3, 2, 0, 0, 0, 1, 0]);
  });

  it("measures each row against its own target: the 2035 row differs from the 2025 row", () => {
    // GDP: 239.5 in 2020, ≥ 500 by 2025 and 1000 by 2035 (the 2035 target comes after the 2025 one).
    const data = sampleDataset();
    data.records.push(record({ id: "gdp-2035", year: 2035, value: 1000, qualifier: "=", start: 13 }));
    runtime.setDataset(data);
    const both = buildRegionSheet(REGION, data.records, { lang: "en" });
    const on = (id: string, key: Parameters<typeof headerOf>[0]) => ({
      sheet: 0,
      row: both.headerRow + 1 + both.rows.findIndex((r) => r.id === id),
      col: both.headers.indexOf(headerOf(key)),
    });
    hf = planEngine({ Sheet: toGrid(both) });
    for (const id of ["gdp-2025", "gdp-2035"]) {
      hf.setCellContents(on(id, "actualYear"), 2023);
      hf.setCellContents(on(id, "actual"), 350);
    }
    const value = (id: string, key: Parameters<typeof headerOf>[0]) => hf!.getCellValue(on(id, key));
    const path2025 = 239.5 * (500 / 239.5) ** (3 / 5); // 372.48
    const path2035 = 239.5 * (1000 / 239.5) ** (3 / 15); // 318.75
    expect(value("gdp-2025", "planned") as number).toBeCloseTo(path2025, 6);
    expect(value("gdp-2035", "planned") as number).toBeCloseTo(path2035, 6);
    expect(value("gdp-2025", "gap") as number).toBeCloseTo(350 - path2025, 6);
    expect(value("gdp-2035", "gap") as number).toBeCloseTo(350 - path2035, 6);
    expect(value("gdp-2025", "progress") as number).toBeCloseTo((350 - 239.5) / (500 - 239.5), 6);
    expect(value("gdp-2035", "progress") as number).toBeCloseTo((350 - 239.5) / (1000 - 239.5), 6);
    expect(value("gdp-2025", "required") as number).toBeCloseTo((500 / 350) ** (1 / 2) - 1, 6);
    expect(value("gdp-2035", "required") as number).toBeCloseTo((1000 / 350) ** (1 / 12) - 1, 6);
    expect(value("gdp-2025", "status")).toBe("behind");
    expect(value("gdp-2035", "status")).toBe("ahead"); // 350 is 9.8% above the 2035 path

    // An actual year past a row's target: that row says so, the other still follows its path.
    hf.setCellContents(on("gdp-2025", "actualYear"), 2030);
    hf.setCellContents(on("gdp-2035", "actualYear"), 2030);
    expect((value("gdp-2025", "gap") as DetailedCellError).message).toBe(
      "2030 is after the target year 2025.",
    );
    expect(value("gdp-2035", "gap") as number).toBeCloseTo(350 - 239.5 * (1000 / 239.5) ** (10 / 15), 6);
    runtime.setDataset(sampleDataset());
  });

  it("keeps document text that looks like a formula as text", () => {
    hf = planEngine({ Sheet: toGrid(description) });
    const cell = at("evil", "indicator");
    expect(hf.doesCellHaveFormula(cell)).toBe(false);
    expect(hf.getCellValue(cell)).toBe('=HYPERLINK("http://evil.example","点击")');
    expect(hf.getCellValue(at("evil", "quote"))).toMatch(/^=HYPERLINK/);
  });
});
