/**
 * One row of separated cells: what each cell looks like, how well it fits each header column, the
 * best order-preserving alignment of cells to columns, and the TableRow (or category) it makes.
 */
import { parseCell } from "./cell";
import { categoryMarkerEnd } from "./flatMarks";
import { datedCell } from "./columns";
import { columnUnit, type Column, type Header } from "./header";
import {
  ATTRIBUTES,
  CATEGORY_NUMERALS,
  CELL_UNITS,
  QUALITATIVE_OPENERS,
  UNIT_ENDINGS,
  type ColumnRole,
} from "./lexicon";
import { isBlank, isCjk, isDigit, matchString, splitName } from "./text";
import type { DatedCell, TableCell, TableRow } from "./types";

export interface Span {
  start: number;
  end: number;
}

/** What one cell looks like, worked out once and used to score its fit to every column. */
export interface CellInfo extends Span {
  text: string;
  empty: boolean;
  /** Small whole number (a row number). */
  integer: boolean;
  /** The row number the cell writes (3, 3., (3), ③). */
  rowNo?: number;
  numeric: boolean;
  attribute: boolean;
  cjk: number;
  unitBracket: boolean;
  unitWord: boolean;
  qualitativeOpener: boolean;
  categoryMarker: number;
  value: TableCell | null;
}

export const MAX_LINE = 400;
export const MAX_CELLS = 24;
export const MAX_CELL_LINE = 60;
const MAX_CATEGORY = 24;
const MIN_ROW_SCORE = 1;
export const PROSE_MARKS = "。；;，,";

function isUnitWord(s: string): boolean {
  if (s.length === 0 || s.length > 10) return false;
  if (CELL_UNITS.includes(s)) return true;
  return (s.includes("/") || s.length <= 4) && UNIT_ENDINGS.includes(s[s.length - 1]) && !isDigit(s[0]);
}

export const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const FOOTNOTE_MARKS = /[①-⑳]+$/;
export const ATTRIBUTE_MARKS = "★☆*＊▲";

/** A cell holding only a row number: 3, 3., 3、, (3), ③. */
function rowNumberOf(s: string): number | undefined {
  if (s.length === 1 && CIRCLED.includes(s)) return CIRCLED.indexOf(s) + 1;
  const m = /^\(?(\d{1,3})[)、.]?$/.exec(s);
  if (!m || (s[0] === "(") !== s.endsWith(")")) return undefined;
  return Number(m[1]);
}

export function describe(text: string, span: Span): CellInfo {
  const s = text.slice(span.start, span.end).trim();
  const value = s ? parseCell(text, span.start, span.end) : null;
  let cjk = 0;
  for (const c of s) if (isCjk(c)) cjk++;
  const rowNo = rowNumberOf(s);
  return {
    ...span,
    text: s,
    empty: s.length === 0 || value === null,
    integer: rowNo !== undefined,
    rowNo,
    numeric: value !== null && value.value !== null,
    attribute: (ATTRIBUTES as readonly string[]).includes(s),
    cjk,
    unitBracket: splitName(s).unit !== "",
    unitWord: isUnitWord(s),
    qualitativeOpener: matchString(s, 0, QUALITATIVE_OPENERS) !== undefined,
    categoryMarker: categoryMarkerEnd(s, 0) > 0 ? categoryMarkerEnd(s, 0) : 0,
    value,
  };
}

/** How well a cell fits a column (negative: it does not). */
function fit(cell: CellInfo, role: ColumnRole): number {
  if (cell.text.length === 0) return role === "indicator" ? -6 : 0;
  switch (role) {
    case "number":
      return cell.integer ? 2 : -6;
    case "category":
      return cell.cjk > 0 && !cell.numeric && !cell.attribute && !cell.unitBracket ? 0.5 : -6;
    case "indicator":
      if (cell.numeric || cell.attribute || cell.empty || cell.cjk < 2) return -6;
      if (cell.unitBracket) return 3;
      return 2 - (cell.qualitativeOpener ? 1 : 0) - (cell.unitWord ? 1 : 0);
    case "unit":
      // — in the unit column: an index without a unit (生态质量指数)
      return cell.unitWord && !cell.numeric ? 2 : cell.empty ? 0 : -4;
    case "other":
      // A column the reader does not keep (备注, a vision year): any cell may stand in it, but it
      // takes a number less eagerly than a value column does.
      if (cell.attribute || cell.unitBracket) return -6;
      return cell.numeric || cell.empty ? 1 : 0.5;
    case "base":
    case "target":
    case "growth":
    case "baseGrowth":
      if (cell.attribute) return -6;
      if (cell.numeric) return 2;
      if (cell.empty) return 1;
      if (cell.unitBracket) return -3;
      return cell.qualitativeOpener ? 1 : 0.5;
    case "attribute":
      return cell.attribute ? 3 : cell.empty ? 0 : -6;
    default:
      return 0;
  }
}

/** What leaving a column without a cell costs. */
const SKIP_COLUMN: Record<ColumnRole, number> = {
  number: 0,
  category: 0.3,
  indicator: 8,
  unit: 0.5,
  base: 1,
  target: 1,
  growth: 1,
  baseGrowth: 1,
  attribute: 0.5,
  year: 0.5,
  other: 0.2,
};
const SKIP_CELL = 3;

/** Best order-preserving assignment of cells to columns: column index per cell (-1 = skipped). */
/** Score tables reused by every alignment (rows are short): no allocation per row. */
let bestBuf = new Float64Array(0);
let moveBuf = new Uint8Array(0);

export function align(cells: CellInfo[], columns: Column[]): { assign: number[]; score: number } {
  const n = cells.length;
  const m = columns.length;
  const w = m + 1;
  if (bestBuf.length < (n + 1) * w) {
    bestBuf = new Float64Array((n + 1) * w * 2);
    moveBuf = new Uint8Array((n + 1) * w * 2);
  }
  // best[i·w + j]: best score placing the first i cells among the first j columns.
  const best = bestBuf;
  const move = moveBuf;
  best.fill(-Infinity, 0, (n + 1) * w);
  best[0] = 0;
  const skipColumn = columns.map((c) =>
    // a row-number column the header names is rarely left out; the one assumed for every table is
    c.role === "number" && !c.implied ? 1 : SKIP_COLUMN[c.keep ? "target" : c.role],
  );
  const roles = columns.map((c) => (c.keep ? "target" : c.role));
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i * w + j];
      if (here === -Infinity) continue;
      if (i < n && j < m) {
        const v = here + fit(cells[i], roles[j]);
        if (v > best[(i + 1) * w + j + 1]) {
          best[(i + 1) * w + j + 1] = v;
          move[(i + 1) * w + j + 1] = 1;
        }
      }
      if (j < m) {
        const v = here - skipColumn[j];
        if (v > best[i * w + j + 1]) {
          best[i * w + j + 1] = v;
          move[i * w + j + 1] = 2;
        }
      }
      if (i < n) {
        const v = here - (cells[i].text.length === 0 ? 0 : SKIP_CELL);
        if (v > best[(i + 1) * w + j]) {
          best[(i + 1) * w + j] = v;
          move[(i + 1) * w + j] = 3;
        }
      }
    }
  }
  const assign = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i * w + j];
    if (mv === 1) assign[--i] = --j;
    else if (mv === 2) j--;
    else i--;
  }
  return { assign, score: best[n * w + m] };
}

export interface GridState {
  text: string;
  header: Header;
  /** The header's columns, led by a row-number column when the header has none (rows may still be numbered). */
  columns: Column[];
  category?: string;
  /** Set when the last line read wrote a category (its own cell or a category line). */
  categorySeen?: boolean;
  /** A line of units alone ((%)  (%)) in the body: the unit of the rows below it. */
  lineUnit?: string;
  problems: string[];
}

export function newState(text: string, header: Header): GridState {
  const numbered = header.columns.some((c) => c.role === "number");
  const columns: Column[] = numbered
    ? header.columns
    : [{ role: "number", implied: true, start: header.start, end: header.start }, ...header.columns];
  return { text, header, columns, problems: [] };
}

/** A lone short text cell (一、结构优化 or 经济发展) names the category of the rows below it. */
export function categoryOf(cells: CellInfo[]): string | undefined {
  let filled = cells.filter((c) => c.text.length > 0);
  // 一 | 经济发展: a numeral in the number column, then the category's words.
  if (filled.length === 2 && isCategoryNumeral(filled[0].text)) filled = [filled[1]];
  if (filled.length !== 1) return undefined;
  const c = filled[0];
  if (c.numeric || c.attribute || c.unitBracket || c.cjk === 0 || c.text.length > MAX_CATEGORY)
    return undefined;
  // Titles of what follows (表3 …, 专栏2 …, 注:…) end the table rather than name a category.
  if (/[0-9]/.test(c.text) || /^(表|附表|续表|专栏|注|说明)/.test(c.text)) return undefined;
  return (c.categoryMarker > 0 ? c.text.slice(c.categoryMarker) : c.text).trim();
}

const isCategoryNumeral = (s: string): boolean =>
  s.length > 0 && s.length <= 3 && [...s.replace(/[、.]$/, "")].every((c) => CATEGORY_NUMERALS.includes(c));

/** `1.国内生产总值(%)` / `1、…` / `(1)…` / `①…`: a row number written into the name cell. */
function leadingNumber(s: string): { n: number; rest: number } | undefined {
  let q: number;
  let n: number;
  if (CIRCLED.includes(s[0] ?? "x")) {
    n = CIRCLED.indexOf(s[0]) + 1;
    q = 1;
  } else {
    const paren = s[0] === "(";
    let p = paren ? 1 : 0;
    const from = p;
    while (p - from < 3 && isDigit(s[p])) p++;
    if (p === from) return undefined;
    const close = paren ? ")" : s[p] === "、" ? "、" : ".";
    if (s[p] !== close || (close === "." && isDigit(s[p + 1]))) return undefined;
    n = Number(s.slice(from, p));
    q = p + 1;
  }
  while (isBlank(s[q])) q++;
  return { n, rest: q };
}

/** Turns one row's cells into a TableRow (or a category change); undefined when they do not fit. */
export function buildRow(state: GridState, cells: CellInfo[]): TableRow | "category" | undefined {
  const category = categoryOf(cells);
  if (category) {
    state.category = category;
    state.categorySeen = true;
    return "category";
  }
  const { assign, score } = align(cells, state.columns);
  if (score < MIN_ROW_SCORE) return undefined;
  let name: CellInfo | undefined;
  let unitCell: CellInfo | undefined;
  const parts: Partial<Record<ColumnRole, CellInfo>> = {};
  const dated: DatedCell[] = [];
  cells.forEach((c, i) => {
    if (assign[i] < 0) return;
    const column = state.columns[assign[i]];
    const role = column.role;
    if (column.keep && c.value) dated.push(datedCell(column, c.value));
    parts[role] = c;
    if (role === "indicator") name = c;
    if (role === "unit") unitCell = c;
  });
  if (!name) return undefined;
  const cat = parts.category;
  if (cat && cat.text) {
    state.category = (cat.categoryMarker > 0 ? cat.text.slice(cat.categoryMarker) : cat.text).trim();
    state.categorySeen = true;
  }
  const numbered = leadingNumber(name.text);
  const nameText = numbered ? name.text.slice(numbered.rest) : name.text;
  let { indicator, unit } = splitName(nameText);
  // 执业(助理) wrapped to the end of the name's first line, beside a unit column: brackets of the name
  if (unit && unitCell?.unitWord && !isUnitWord(unit)) [indicator, unit] = [nameText.trim(), ""];
  // 森林覆盖率③: a footnote's mark, not part of the name
  indicator = indicator.replace(FOOTNOTE_MARKS, "");
  // 森林覆盖率★: a mark the table's note explains (带★的为约束性指标)
  const mark = ATTRIBUTE_MARKS.includes(indicator[indicator.length - 1])
    ? indicator[indicator.length - 1]
    : "";
  if (mark) indicator = indicator.slice(0, -1);
  const filled = cells.filter((c) => c.text.length > 0);
  const row: TableRow = {
    indicator,
    unit: unit || (unitCell?.text ?? "") || state.lineUnit || columnUnit(state.header),
    start: name.start + (numbered ? name.text.length - nameText.length : 0),
    end: filled[filled.length - 1].end,
  };
  if (parts.number?.rowNo !== undefined) row.rowNumber = parts.number.rowNo;
  else if (numbered) row.rowNumber = numbered.n;
  if (state.category) row.category = state.category;
  if (parts.attribute?.attribute) row.attribute = parts.attribute.text as TableRow["attribute"];
  if (mark) row.mark = mark;
  for (const role of ["base", "target", "growth", "baseGrowth"] as const) {
    const c = parts[role];
    if (c?.value) row[role] = c.value;
  }
  // a level cell that also writes its growth: the base year's own growth, or the target year's
  if (row.base?.then) row.baseGrowth ??= row.base.then;
  if (row.target?.then) row.growth ??= row.target.then;
  if (dated.length > 0) row.dated = dated;
  const cells4 = [row.base, row.target, row.growth, row.baseGrowth, ...dated.map((d) => d.cell)].filter(
    (c): c is TableCell => !!c,
  );
  if (cells4.length === 0 || !evidence(row, cells4, name)) return undefined;
  return row;
}

/**
 * A row must look like a table row, not a heading split into two cells (第三章 重点任务): a number,
 * a qualitative cell in the usual words, an attribute, or a unit in the name.
 */
function evidence(row: TableRow, cells: TableCell[], name: CellInfo): boolean {
  if (cells.some((c) => c.value !== null)) return true;
  if (row.attribute || name.unitBracket || row.unit) return true;
  return cells.some((c) => c.text !== undefined && matchString(c.text, 0, QUALITATIVE_OPENERS) !== undefined);
}

/** Digits run into the name (7PM2.5年均浓度, 12森林覆盖率): the number and where the name starts. */
function runIn(name: string): { n: number; rest: number } | undefined {
  let p = 0;
  while (p < 2 && isDigit(name[p])) p++;
  if (p === 0 || name[0] === "0") return undefined;
  // 5G基站 is a name: a single Latin letter after the digits belongs to it; PM2.5, COD do not.
  const latin = /^[A-Z]{2}/.test(name.slice(p));
  if (!latin && !isCjk(name[p])) return undefined;
  return { n: Number(name.slice(0, p)), rest: p };
}

/**
 * Row numbers run into the names of unnumbered rows: taken off when they count up one by one over at
 * least two rows (6实际利用外资, 7PM2.5年均浓度, 8森林覆盖率), never for a lone digit in one name.
 */
export function stripRunInNumbers(rows: TableRow[]): void {
  const found = rows.map((r) => (r.rowNumber === undefined ? runIn(r.indicator) : undefined));
  let run = 0;
  const keep = new Array<boolean>(rows.length).fill(false);
  found.forEach((f, i) => {
    const prev = found[i - 1];
    run = f && prev && f.n === prev.n + 1 ? run + 1 : f ? 1 : 0;
    if (run >= 2) keep[i] = keep[i - 1] = true;
  });
  rows.forEach((r, i) => {
    const f = found[i];
    if (!keep[i] || !f) return;
    r.rowNumber = f.n;
    r.indicator = r.indicator.slice(f.rest);
    r.start += f.rest;
  });
}
