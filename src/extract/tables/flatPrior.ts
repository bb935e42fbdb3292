/**
 * The second reading of a run-together table: each row's digits are split again knowing how the
 * other rows filled the columns, and the cells placed into the row's fields.
 */
import { datedCell, type Column } from "./columns";
import { splitRow, type Segment, type SplitContext } from "./split";
import type { DatedCell, TableCell, TableRow } from "./types";

/** Puts a reading's cells into the row's value fields; false when the row gets no value. */
export function placeCells(
  row: TableRow,
  columns: readonly Column[],
  cells: readonly (TableCell | null)[],
): boolean {
  delete row.base;
  delete row.target;
  delete row.growth;
  delete row.baseGrowth;
  delete row.dated;
  const dated: DatedCell[] = [];
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (!cell || !column) return;
    if (column.keep) dated.push(datedCell(column, cell));
    else if (column.role === "base" || column.role === "target" || column.role === "growth")
      row[column.role] = cell;
    else if (column.role === "baseGrowth") row.baseGrowth = cell;
  });
  if (dated.length > 0) row.dated = dated;
  return !!(row.base || row.target || row.growth || row.baseGrowth || row.dated);
}

/** How one row's value cells were read: kept for the second reading with the table's prior. */
export interface Reading {
  segments: Segment[];
  ctx: SplitContext;
  cells: (TableCell | null)[];
}

/** Rows read with fewer than this many others give no useful prior. */
const MIN_ROWS_FOR_PRIOR = 3;

/**
 * Second reading: each row's digits are split again knowing how the other rows filled the
 * columns (ColumnPrior). Only rows with digit runs can change.
 */
export function rereadWithPrior(rows: TableRow[], readings: Reading[], valueCols: readonly Column[]): void {
  if (readings.length < MIN_ROWS_FOR_PRIOR) return;
  const columns = valueCols.length;
  // Rows that left a column out only because their digits were not cut say nothing about how
  // full the table is; rows with all their cells, or whose digits could not be cut, do.
  const evidence = readings.map(
    (r) => r.cells.length === columns || !r.segments.some((s) => s.kind === "run" && s.digits.length >= 2),
  );
  const evidenceRows = evidence.filter(Boolean).length;
  const fillCount = new Array<number>(columns).fill(0);
  const texts = new Map<string, number[]>();
  readings.forEach((r, k) => {
    r.cells.forEach((c, i) => {
      if (!c) return;
      if (evidence[k]) fillCount[i]++;
      if (c.text === undefined) return;
      const counts = texts.get(c.text) ?? new Array<number>(columns).fill(0);
      counts[i]++;
      texts.set(c.text, counts);
    });
  });
  readings.forEach((r, k) => {
    if (!r.segments.some((s) => s.kind === "run")) return;
    // With every column filled and no words to place, the prior can only confirm the first reading.
    const hasWords = r.cells.some((c) => c?.text !== undefined);
    if (r.cells.length === columns && !hasWords) return;
    const own = (i: number) => (evidence[k] && r.cells[i] ? 1 : 0);
    const others = evidenceRows - (evidence[k] ? 1 : 0);
    const fill = fillCount.map((n, i) => (others > 0 ? (n - own(i)) / others : 0));
    const textColumns = new Map<string, Set<number>>();
    for (const [t, counts] of texts) {
      const cols = new Set<number>();
      counts.forEach((n, i) => {
        const mine = r.cells[i]?.text === t ? 1 : 0;
        if (n - mine > 0) cols.add(i);
      });
      if (cols.size > 0) textColumns.set(t, cols);
    }
    const marksEmpty = readings.some((o) => o !== r && o.cells.some((c) => c === null));
    const cells = splitRow(r.segments, { ...r.ctx, prior: { fill, textColumns, marksEmpty } });
    if (cells && placeCells(rows[k], valueCols, cells)) r.cells = cells;
    else placeCells(rows[k], valueCols, r.cells);
  });
}
