/** What the builder produces and the adapter applies: a sheet as plain data, no Excel objects. */
import type { ColumnSpec } from "./columns";

/**
 * A PLAN call as data, so that a writer without the add-in (the CLI's workbook) can compute the value
 * the formula would show: the function id, its arguments (a column of the same row, the first non-blank
 * of several, or a literal), and the columns that must be filled for the formula to answer (else "").
 * A blank column argument is passed as omitted, as the formula passes "".
 */
export type PlanArg = { column: string } | { firstOf: string[] } | { literal: string | number };

export interface PlanCall {
  fn: string;
  args: PlanArg[];
  blankUnless: string[];
}

/** A cell to write. Text is kept as text (never parsed as a formula); formulas are tagged. */
export type Cell = { formula: string; plan?: PlanCall } | string | number | null;

export interface ConditionalRule {
  /** Text the whole cell must equal. */
  equals: string;
  fill: string;
  font: string;
}

/** Data validation for an input column: numbers only, in a range, with a message that says so. */
export interface InputRule {
  header: string;
  type: "wholeNumber" | "decimal";
  min: number;
  max: number;
  message: string;
}

export interface SheetDescription {
  regionId: string;
  /** Preferred sheet name (the adapter picks another if a sheet it did not create has it). */
  sheetName: string;
  /** Preferred table name (letters, digits, underscores). */
  tableName: string;
  /** Rows above the table (title and status summary), written from A1. */
  summary: Cell[][];
  /** Zero-based row of the table's header. */
  headerRow: number;
  columns: readonly ColumnSpec[];
  headers: string[];
  rows: RowDescription[];
  /** Rules for the Status column. */
  statusRules: ConditionalRule[];
  /** Validation of the user's input columns (Actual year, Actual). */
  inputRules: InputRule[];
  /** Rows frozen at the top: the summary and the table header. */
  freezeRows: number;
}

export interface RowDescription {
  id: string;
  cells: Cell[];
  numberFormats: string[];
}

export function isFormula(cell: Cell): cell is { formula: string } {
  return typeof cell === "object" && cell !== null;
}
