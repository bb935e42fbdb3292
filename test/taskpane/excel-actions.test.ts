import { headerOf } from "../../src/excel/columns";
import { tableNameFor } from "../../src/excel/sheet-builder";
import { readSelectedFormula, readWorkbookActuals } from "../../src/taskpane/excel-actions";

/** A hand-made stand-in for Excel.run with one region table and a selected cell. */
function installExcel(rows: unknown[][], selected: unknown = '=PLAN.TARGET("Luohe","GDP",2025)') {
  const headers = [headerOf("indicatorId"), headerOf("actualYear"), headerOf("actual")];
  const range = (values: unknown[][]) => ({ values, load: () => range(values) });
  const table = {
    name: tableNameFor("test-zone"),
    getHeaderRowRange: () => range([headers]),
    getDataBodyRange: () => range(rows),
  };
  const cell = { address: "Sheet1!C3", formulas: [[selected]], load: () => undefined };
  const context = {
    workbook: {
      tables: { load: () => ({ items: [table] }) },
      getSelectedRange: () => ({ getCell: () => cell }),
    },
    sync: async () => undefined,
  };
  (globalThis as { Excel?: unknown }).Excel = { run: (batch: (c: unknown) => unknown) => batch(context) };
}

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

describe("workbook actions of the pane", () => {
  it("reads the actuals typed for one indicator from the region's table", async () => {
    installExcel([
      ["gdp", 2023, 400],
      ["gdp", "", ""],
      ["rd-intensity", 2023, 2.1],
      ["gdp", 2024, "n/a"],
    ]);
    await expect(readWorkbookActuals("test-zone", "gdp")).resolves.toEqual([{ year: 2023, value: 400 }]);
    await expect(readWorkbookActuals("elsewhere", "gdp")).resolves.toEqual([]);
  });

  it("reads the selected cell's formula, and nothing for a plain value", async () => {
    installExcel([]);
    await expect(readSelectedFormula()).resolves.toEqual({
      address: "Sheet1!C3",
      formula: '=PLAN.TARGET("Luohe","GDP",2025)',
    });
    installExcel([], 42);
    await expect(readSelectedFormula()).resolves.toBeUndefined();
  });
});
