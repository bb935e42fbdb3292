/**
 * Reload without loss: given the table as it is in the workbook and a freshly built description, work
 * out which rows to add and what to write into each of the add-in's columns. Rows are matched by record
 * id and never move or disappear; the user's Actual year / Actual and any columns they added are left
 * alone; records missing from the new data are marked, not deleted.
 */
import { COLUMNS, type ColumnSpec, columnHeader } from "./columns";
import { REMOVED_MARK, type SheetLanguage } from "./labels";
import { GENERAL_FORMAT } from "./number-formats";
import type { Cell, SheetDescription } from "./sheet-description";

type Scalar = string | number | boolean | null;

/** The table as read from the workbook (body only; `formulas` as Excel reports them). */
export interface ExistingTable {
  headers: string[];
  values: Scalar[][];
  formulas: Scalar[][];
  numberFormats: string[][];
}

export interface ColumnWrite {
  header: string;
  /** One cell per body row after the rows are added. */
  cells: Cell[];
  numberFormats: string[];
}

export interface TableUpdate {
  /** Add-in columns the table lacks (the user deleted or renamed them): appended at the right. */
  addColumns: string[];
  /** Blank rows to append before writing. */
  addRows: number;
  /** Body row count after the update. */
  rowCount: number;
  writes: ColumnWrite[];
  updated: number;
  added: number;
  removed: number;
}

export class MergeError extends Error {}

/** A cell read back from Excel, as a Cell that writes back the same content. */
export function cellFromExcel(value: Scalar, formula: Scalar): Cell {
  const isFormulaCell = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  if (isFormulaCell) return { formula };
  // Text stays raw here: toExcelInput protects it when it is written.
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export function mergeTable(
  existing: ExistingTable,
  next: SheetDescription,
  lang: SheetLanguage,
): TableUpdate {
  const position = new Map(existing.headers.map((h, i) => [h, i]));
  const idColumn = position.get(columnHeader(COLUMNS.find((c) => c.role === "key")!));
  if (idColumn === undefined) {
    throw new MergeError("The table has lost its Record id column, so rows cannot be matched to records.");
  }
  const nextIndex = new Map(next.rows.map((row, i) => [row.id, i]));
  const existingIds = existing.values.map((row) => String(row[idColumn] ?? ""));
  const seen = new Set(existingIds);
  const appended = next.rows.filter((row) => !seen.has(row.id));
  const rowCount = existing.values.length + appended.length;

  const addColumns = next.headers.filter((h) => !position.has(h));
  const writes: ColumnWrite[] = [];
  next.columns.forEach((column: ColumnSpec, c) => {
    const header = next.headers[c]!;
    const at = position.get(header);
    const isNew = at === undefined;
    // The user's inputs are only ever written into a column that is new (blank, or the document's base).
    if (column.role === "input" && !isNew) return;
    const cells: Cell[] = [];
    const numberFormats: string[] = [];
    existingIds.forEach((id, r) => {
      const fresh = nextIndex.get(id);
      if (fresh !== undefined) {
        cells.push(next.rows[fresh]!.cells[c]!);
        numberFormats.push(next.rows[fresh]!.numberFormats[c]!);
      } else if (column.role === "marker" && id !== "") {
        cells.push(REMOVED_MARK[lang]);
        numberFormats.push(GENERAL_FORMAT);
      } else {
        cells.push(isNew ? null : cellFromExcel(existing.values[r]![at]!, existing.formulas[r]![at]!));
        numberFormats.push(isNew ? GENERAL_FORMAT : (existing.numberFormats[r]?.[at] ?? GENERAL_FORMAT));
      }
    });
    for (const row of appended) {
      cells.push(row.cells[c]!);
      numberFormats.push(row.numberFormats[c]!);
    }
    writes.push({ header, cells, numberFormats });
  });

  const updated = existingIds.filter((id) => nextIndex.has(id)).length;
  const removed = existingIds.filter((id) => id !== "" && !nextIndex.has(id)).length;
  return { addColumns, addRows: appended.length, rowCount, writes, updated, added: appended.length, removed };
}
