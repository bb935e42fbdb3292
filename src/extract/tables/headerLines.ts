/**
 * Two-line headers: a second header line under the first completes its columns (2025年 over 基期值,
 * 年均增长 over (%), an empty cell under a column the first line spans down: rowspan). Cells are matched
 * to columns by the separators before them (tabs, pipes) or by their place on the line (spaces).
 */
import type { Column } from "./columns";
import { isBlank, lineEnd, lineStart } from "./text";

type Layout = "blank" | "tab" | "pipe";

interface LineCell {
  text: string;
  start: number;
  end: number;
  /** Separators before the cell on its line (tab and pipe layouts). */
  slot: number;
}

const MAX_LINE = 240;
const isSeparator = (c: string, layout: Layout): boolean =>
  layout === "tab" ? c === "\t" : layout === "pipe" ? c === "|" || c === "│" : false;

/** The cells of `text[from, to)` with their slots; blank cells are left out. */
function cellsOf(text: string, from: number, to: number, layout: Layout): LineCell[] {
  const cells: LineCell[] = [];
  let slot = 0;
  let i = from;
  while (i < to) {
    if (isSeparator(text[i], layout)) {
      slot++;
      i++;
      continue;
    }
    if (isBlank(text[i]) || text[i] === "\r") {
      i++;
      continue;
    }
    let j = i;
    // In a space layout a single space may sit inside a cell (2025 年); two end it.
    while (
      j < to &&
      !isSeparator(text[j], layout) &&
      text[j] !== "\r" &&
      !(isBlank(text[j]) && (layout === "blank" ? isBlank(text[j + 1]) || j + 1 >= to : isBlank(text[j + 1])))
    )
      j++;
    let e = j;
    while (e > i && isBlank(text[e - 1])) e--;
    cells.push({ text: text.slice(i, e), start: i, end: e, slot });
    i = j;
  }
  return cells;
}

/** Separators before `pos` on its line. */
function slotOf(text: string, lineFrom: number, pos: number, layout: Layout): number {
  let n = 0;
  for (let i = lineFrom; i < pos; i++) if (isSeparator(text[i], layout)) n++;
  return n;
}

/**
 * Width of `text[from, to)` as it is laid out: ideographs and full-width forms take two columns, as
 * in a PDF's text layer or a monospaced rendering, so cells line up by where they stand on the page.
 */
export function displayWidth(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    w += (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x3000 && c <= 0x303f) ? 2 : 1;
  }
  return w;
}

/** The column a second-line cell sits under: same slot, or (spaces) the most overlap on the line. */
function columnFor(
  cell: LineCell,
  columns: Column[],
  text: string,
  line1: number,
  line2: number,
  layout: Layout,
): Column | undefined {
  if (layout !== "blank") return columns.find((c) => slotOf(text, line1, c.start, layout) === cell.slot);
  const a = displayWidth(text, line2, cell.start);
  const b = a + displayWidth(text, cell.start, cell.end);
  let best: Column | undefined;
  let bestScore = -Infinity;
  for (const c of columns) {
    const s = displayWidth(text, line1, c.start);
    const e = s + displayWidth(text, c.start, c.end);
    const overlap = Math.min(b, e) - Math.max(a, s);
    const score = overlap > 0 ? overlap : -Math.abs((a + b) / 2 - (s + e) / 2);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** The words of a second-line cell read as a header cell of their own (目标值, (%), 2025年). */
function isHeaderWords(s: string, parse: (s: string) => Column | undefined): boolean {
  if (/^\([^()]{1,10}\)$/.test(s)) return true;
  const col = parse(s);
  return !!col && col.end === s.length && !["indicator", "number", "category"].includes(col.role);
}

/**
 * Completes `columns` from the line after the header when that line holds header words only.
 * Returns the end of that line's last cell, or undefined when it is not a header line.
 */
export function mergeSecondLine(
  text: string,
  columns: Column[],
  layout: Layout,
  headerEnd: number,
  parse: (s: string) => Column | undefined,
): number | undefined {
  if (columns.length === 0) return undefined;
  const line1 = lineStart(text, columns[0].start);
  const end1 = lineEnd(text, headerEnd);
  if (text[end1] !== "\n") return undefined;
  const line2 = end1 + 1;
  const end2 = lineEnd(text, line2);
  if (end2 - line2 > MAX_LINE) return undefined;
  const cells = cellsOf(text, line2, end2, layout);
  if (cells.length === 0 || !cells.every((c) => isHeaderWords(c.text, parse))) return undefined;
  const merged = new Map<Column, string>();
  for (const cell of cells) {
    const column = columnFor(cell, columns, text, line1, line2, layout);
    if (!column || merged.has(column)) return undefined;
    merged.set(column, cell.text);
  }
  for (const [column, below] of merged) {
    const above = text.slice(column.start, column.end);
    for (const s of [above + below, below + above, below]) {
      const col = parse(s);
      if (!col || col.end !== s.length) continue;
      const { start, end } = column;
      for (const k of Object.keys(column) as (keyof Column)[]) delete column[k];
      Object.assign(column, col, { start, end });
      break;
    }
  }
  return cells[cells.length - 1].end;
}
