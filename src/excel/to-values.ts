/**
 * "Convert PLAN formulas to values" for sharing a workbook with people without the add-in (as Wind's
 * 函数转数值): every cell whose formula calls a PLAN function keeps its current value and loses the
 * formula; other formulas and all other cells are left alone. Pure planning plus a thin Office.js adapter.
 */
import { asCellText } from "./cell-text";

const PLAN_CALL = /(^|[^A-Za-z0-9_.])PLAN\.[A-Z]+\s*\(/iu;

export function usesPlan(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && PLAN_CALL.test(formula);
}

export interface ValueWrite {
  row: number;
  column: number;
  /** What to write into Range.formulas: a number, a boolean, or protected text. */
  value: string | number | boolean;
}

/**
 * The cells to rewrite, from a range's formulas and values (as Range.formulas and Range.values give them):
 * only cells with a PLAN formula, so no other cell is written back (text such as "=x" stored as text would
 * otherwise become a formula). Text results stay text; an error value becomes its text (#N/A), since
 * Office.js cannot write an error value.
 */
export function planFormulasToValues(formulas: unknown[][], values: unknown[][]): ValueWrite[] {
  const writes: ValueWrite[] = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (!usesPlan(formula)) return;
      const value = values[r]?.[c];
      writes.push({
        row: r,
        column: c,
        value:
          typeof value === "number" || typeof value === "boolean"
            ? value
            : asCellText(value === null || value === undefined ? "" : String(value)),
      });
    }),
  );
  return writes;
}

/** Converts every sheet's PLAN formulas in the open workbook; returns how many cells changed. Three syncs. */
export async function convertWorkbookToValues(): Promise<number> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load("formulas,values,isNullObject"),
    );
    await context.sync();
    let total = 0;
    for (const range of used) {
      if (range.isNullObject) continue;
      for (const write of planFormulasToValues(range.formulas, range.values)) {
        range.getCell(write.row, write.column).formulas = [[write.value]];
        total++;
      }
    }
    await context.sync();
    return total;
  });
}
