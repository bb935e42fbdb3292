/**
 * Reads the body of a table whose cells are separated: by tabs or runs of spaces, by pipes
 * (Markdown), or one cell per line. Each row's cells are matched to the header's columns by an
 * order-preserving alignment that may skip columns (merged category cells, missing attributes),
 * so rows that leave cells out still land in the right columns.
 */
import { parseCell } from "./cell";
import { categoryMarkerEnd, type BodyResult } from "./flat";
import { datedCell } from "./columns";
import { columnUnit, startsHeader, type Column, type Header } from "./header";
import {
  ATTRIBUTES,
  CATEGORY_NUMERALS,
  CELL_UNITS,
  QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES,
  QUALITATIVE_OPENERS,
  UNIT_ENDINGS,
  type ColumnRole,
} from "./lexicon";
import { isBlank, isCjk, isDigit, lineEnd, matchString, matchWord, splitName } from "./text";
import type { DatedCell, TableCell, TableRow } from "./types";

interface Span {
  start: number;
  end: number;
}

/** What one cell looks like, worked out once and used to score its fit to every column. */
interface CellInfo extends Span {
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

const MAX_LINE = 400;
const MAX_CELLS = 24;
const MAX_CELL_LINE = 60;
const MAX_CATEGORY = 24;
const MIN_ROW_SCORE = 1;
const PROSE_MARKS = "。；;，,";

function isUnitWord(s: string): boolean {
  if (s.length === 0 || s.length > 10) return false;
  if (CELL_UNITS.includes(s)) return true;
  return (s.includes("/") || s.length <= 4) && UNIT_ENDINGS.includes(s[s.length - 1]) && !isDigit(s[0]);
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** A cell holding only a row number: 3, 3., 3、, (3), ③. */
function rowNumberOf(s: string): number | undefined {
  if (s.length === 1 && CIRCLED.includes(s)) return CIRCLED.indexOf(s) + 1;
  const m = /^\(?(\d{1,3})[)、.]?$/.exec(s);
  if (!m || (s[0] === "(") !== s.endsWith(")")) return undefined;
  return Number(m[1]);
}

function describe(text: string, span: Span): CellInfo {
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
      return cell.unitWord && !cell.numeric ? 2 : -4;
    case "base":
    case "target":
    case "growth":
    case "baseGrowth":
    case "other":
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
function align(cells: CellInfo[], columns: Column[]): { assign: number[]; score: number } {
  const n = cells.length;
  const m = columns.length;
  // best[i][j]: best score placing the first i cells among the first j columns.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i][j];
      if (here === -Infinity) continue;
      if (i < n && j < m) {
        const v = here + fit(cells[i], columns[j].role);
        if (v > best[i + 1][j + 1]) {
          best[i + 1][j + 1] = v;
          move[i + 1][j + 1] = 1;
        }
      }
      if (j < m) {
        const v = here - SKIP_COLUMN[columns[j].role];
        if (v > best[i][j + 1]) {
          best[i][j + 1] = v;
          move[i][j + 1] = 2;
        }
      }
      if (i < n) {
        const v = here - (cells[i].text.length === 0 ? 0 : SKIP_CELL);
        if (v > best[i + 1][j]) {
          best[i + 1][j] = v;
          move[i + 1][j] = 3;
        }
      }
    }
  }
  const assign = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i][j];
    if (mv === 1) assign[--i] = --j;
    else if (mv === 2) j--;
    else i--;
  }
  return { assign, score: best[n][m] };
}

interface GridState {
  text: string;
  header: Header;
  /** The header's columns, led by a row-number column when the header has none (rows may still be numbered). */
  columns: Column[];
  category?: string;
  problems: string[];
}

function newState(text: string, header: Header): GridState {
  const numbered = header.columns.some((c) => c.role === "number");
  const columns: Column[] = numbered
    ? header.columns
    : [{ role: "number", start: header.start, end: header.start }, ...header.columns];
  return { text, header, columns, problems: [] };
}

/** A lone short text cell (一、结构优化 or 经济发展) names the category of the rows below it. */
function categoryOf(cells: CellInfo[]): string | undefined {
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
function buildRow(state: GridState, cells: CellInfo[]): TableRow | "category" | undefined {
  const category = categoryOf(cells);
  if (category) {
    state.category = category;
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
  if (cat && cat.text)
    state.category = (cat.categoryMarker > 0 ? cat.text.slice(cat.categoryMarker) : cat.text).trim();
  const numbered = leadingNumber(name.text);
  const nameText = numbered ? name.text.slice(numbered.rest) : name.text;
  const { indicator, unit } = splitName(nameText);
  const filled = cells.filter((c) => c.text.length > 0);
  const row: TableRow = {
    indicator,
    unit: unit || (unitCell?.text ?? "") || columnUnit(state.header),
    start: name.start + (numbered ? name.text.length - nameText.length : 0),
    end: filled[filled.length - 1].end,
  };
  if (parts.number?.rowNo !== undefined) row.rowNumber = parts.number.rowNo;
  else if (numbered) row.rowNumber = numbered.n;
  if (state.category) row.category = state.category;
  if (parts.attribute?.attribute) row.attribute = parts.attribute.text as TableRow["attribute"];
  for (const role of ["base", "target", "growth", "baseGrowth"] as const) {
    const c = parts[role];
    if (c?.value) row[role] = c.value;
  }
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

const isProseLine = (s: string): boolean => {
  for (const c of s) if (PROSE_MARKS.includes(c)) return true;
  return s.startsWith("注") || s.length > MAX_LINE;
};

/** Cell spans of one line for a tab, space or pipe layout. */
function splitLine(text: string, from: number, to: number, layout: Header["layout"]): Span[] {
  const spans = rawSpans(text, from, to, layout).map((s) => trimmedSpan(text, s.start, s.end));
  return layout === "blank" ? glue(text, spans) : spans;
}

/**
 * In a single-space layout, a qualifier or unit standing apart from its number (≥ 500, 6 左右,
 * 1.2 个百分点) rejoins it.
 */
function glue(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const word = text.slice(s.start, s.end);
    const prevWord = prev ? text.slice(prev.start, prev.end) : "";
    const afterNumber =
      isDigit(prevWord[prevWord.length - 1]) &&
      (matchWord(word, 0, QUALIFIER_SUFFIXES)?.word === word || CELL_UNITS.includes(word));
    const beforeNumber = matchWord(prevWord, 0, QUALIFIER_PREFIXES)?.word === prevWord && isDigit(word[0]);
    if (prev && (afterNumber || beforeNumber)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

function rawSpans(text: string, from: number, to: number, layout: Header["layout"]): Span[] {
  const spans: Span[] = [];
  if (layout === "pipe") {
    let s = from;
    for (let i = from; i <= to && spans.length < MAX_CELLS; i++) {
      if (i === to || text[i] === "|" || text[i] === "│") {
        spans.push({ start: s, end: i });
        s = i + 1;
      }
    }
    // The leading and trailing pipes leave empty edges.
    if (spans.length > 0 && text.slice(spans[0].start, spans[0].end).trim() === "") spans.shift();
    const last = spans[spans.length - 1];
    if (last && text.slice(last.start, last.end).trim() === "") spans.pop();
    return spans;
  }
  let i = from;
  while (i < to && spans.length < MAX_CELLS) {
    // in a tab layout, tabs with nothing between them stand for an empty cell: keep its place
    if (layout === "tab" && spans.length > 0) {
      const close = emptyCellEnd(text, i, to);
      if (close > i) {
        spans.push({ start: i + 1, end: i + 1 });
        i = close;
        continue;
      }
    }
    while (i < to && isBlank(text[i])) i++;
    if (i >= to) break;
    // A tab always separates; in a tab layout one space belongs inside a cell, two separate.
    let j = i;
    while (j < to && text[j] !== "\t") {
      if (isBlank(text[j]) && (layout === "blank" || isBlank(text[j + 1]))) break;
      j++;
    }
    spans.push({ start: i, end: j });
    i = j;
  }
  return spans;
}

/**
 * At `i` (the tab after a cell): when only spaces lie between it and the next tab or the line's end,
 * that stretch is an empty cell; returns where it ends (the closing tab or `to`), else `i`.
 */
function emptyCellEnd(text: string, i: number, to: number): number {
  if (text[i] !== "\t") return i;
  let k = i + 1;
  while (k < to && (text[k] === " " || text[k] === "\u3000" || text[k] === "\r")) k++;
  return k >= to || text[k] === "\t" ? k : i;
}

const trimmedSpan = (text: string, from: number, to: number): Span => {
  let a = from;
  let b = to;
  while (a < b && (isBlank(text[a]) || text[a] === "\r")) a++;
  while (b > a && (isBlank(text[b - 1]) || text[b - 1] === "\r")) b--;
  return { start: a, end: b };
};

/** Rows of a table with one row per line (tab, space or pipe separated cells). */
function readLineRows(text: string, header: Header): BodyResult {
  const state = newState(text, header);
  const rows: TableRow[] = [];
  let end = header.end;
  let pos = lineEnd(text, header.end) + 1;
  let blanks = 0;
  while (pos < text.length) {
    const le = lineEnd(text, pos);
    const { start, end: stop } = trimmedSpan(text, pos, le);
    const line = text.slice(start, stop);
    pos = le + 1;
    if (line.length === 0) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    if (/^[|│:\-\s]+$/.test(line)) continue; // Markdown rule under the header
    if (isProseLine(line) || startsHeader(text, start)) break;
    // trailing tabs still mark empty cells at the row's end
    const cellsEnd = header.layout === "tab" ? le - (text[le - 1] === "\r" ? 1 : 0) : stop;
    const cells = splitLine(text, start, Math.max(stop, cellsEnd), header.layout).map((s) =>
      describe(text, s),
    );
    const row = buildRow(state, cells);
    if (!row) {
      // A line that still looks tabular but does not fit the header is worth a warning.
      if (rows.length > 0 && cells.length >= 3)
        state.problems.push(`line not read as a row: ${line.slice(0, 40)}`);
      break;
    }
    if (row !== "category") rows.push(row);
    end = stop;
  }
  return { rows, end, problems: state.problems };
}

/** Groups a stream of one-per-line cells into rows, using row numbers, names and attributes. */
function groupCells(cells: CellInfo[], header: Header): CellInfo[][] {
  const cols = header.columns;
  const afterName = cols.length - cols.findIndex((c) => c.role === "indicator") - 1;
  const nameLike = (c: CellInfo) =>
    c.cjk >= 2 && !c.numeric && !c.attribute && !c.empty && !c.unitWord && c.categoryMarker <= 0;
  const numbered =
    cols.some((c) => c.role === "number") ||
    (cells[0]?.rowNo === 1 && cells[1] !== undefined && nameLike(cells[1]));
  const groups: CellInfo[][] = [];
  let row: CellInfo[] = [];
  /** Cells since the row's name; -1 while the row has no name yet. */
  let sinceName = -1;
  let expected = 1;
  const flush = () => {
    if (row.length > 0) groups.push(row);
    row = [];
    sinceName = -1;
  };
  cells.forEach((c, k) => {
    const next = cells[k + 1];
    if (c.categoryMarker > 0 && !c.numeric) {
      flush();
      groups.push([c]);
      return;
    }
    // A row number is followed by a name, not by words of a value cell (4 / 完成省下达目标).
    if (numbered && c.rowNo === expected && next && nameLike(next) && !next.qualitativeOpener) {
      flush();
      row.push(c);
      expected++;
      return;
    }
    if (nameLike(c)) {
      if (sinceName < 0) {
        row.push(c);
        sinceName = 0;
        return;
      }
      // Two names in a row before any value: a category cell, then the name.
      if (sinceName === 0) {
        row.push(c);
        return;
      }
      // A further name starts the next row when this one is complete or it cannot be a value cell.
      if (c.unitBracket || sinceName >= afterName || (!numbered && !c.qualitativeOpener)) {
        flush();
        row.push(c);
        sinceName = 0;
        return;
      }
    }
    row.push(c);
    if (sinceName >= 0) sinceName++;
    if (c.attribute) flush();
  });
  flush();
  return groups;
}

/** Rows of a table written one cell per line. */
function readCellPerLine(text: string, header: Header): BodyResult {
  const state = newState(text, header);
  const cells: CellInfo[] = [];
  let pos = lineEnd(text, header.end) + 1;
  let blanks = 0;
  while (pos < text.length) {
    const le = lineEnd(text, pos);
    const span = trimmedSpan(text, pos, le);
    pos = le + 1;
    const line = text.slice(span.start, span.end);
    if (line.length === 0) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    if (line.length > MAX_CELL_LINE || isProseLine(line) || startsHeader(text, span.start)) break;
    cells.push(describe(text, span));
  }
  const rows: TableRow[] = [];
  let end = header.end;
  for (const group of groupCells(cells, header)) {
    const row = buildRow(state, group);
    if (!row) {
      if (rows.length > 0) break;
      continue;
    }
    if (row !== "category") {
      rows.push(row);
      end = Math.max(end, row.end);
    }
  }
  return { rows, end, problems: state.problems };
}

/** Rows of a separated table: one row per line, or one cell per line. */
export function readGridBody(text: string, header: Header): BodyResult {
  return header.layout === "line" ? readCellPerLine(text, header) : readLineRows(text, header);
}
