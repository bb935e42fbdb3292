/**
 * Reads the body of a table whose cells are separated: by tabs or runs of spaces, by pipes
 * (Markdown), or one cell per line. Each row's cells are matched to the header's columns by an
 * order-preserving alignment that may skip columns (merged category cells, missing attributes),
 * so rows that leave cells out still land in the right columns.
 */
import type { BodyResult } from "./flat";
import {
  buildRow,
  describe,
  MAX_CELL_LINE,
  MAX_CELLS,
  MAX_LINE,
  newState,
  PROSE_MARKS,
  stripRunInNumbers,
  type CellInfo,
  type Span,
} from "./gridRow";
import { startsHeader, type Header } from "./header";
import { segmentCells } from "./segment";
import { CELL_UNITS, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES } from "./lexicon";
import { isBlank, isDigit, lineEnd, lineStart, matchWord, splitName } from "./text";
import { displayWidth } from "./headerLines";
import type { Column } from "./columns";
import type { ColumnRole } from "./lexicon";
import type { TableRow } from "./types";

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
    // only across one space: wider gaps separate columns (a row number, then the unit column)
    if (prev && s.start - prev.end === 1 && (afterNumber || beforeNumber)) prev.end = s.end;
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
const UNIT_CELL = /^[（(]([^（）()\d\s]{1,8})[）)]$/;

/** The one unit of a line of nothing but bracketed units, one per value column ((%)  (%)), else undefined. */
function unitsOnly(filled: { text: string }[]): string | undefined {
  // one bracket alone is a name's unit wrapped onto the next line (规模以上工业增加值 / (亿元))
  const first = filled.length > 1 ? UNIT_CELL.exec(filled[0].text)?.[1] : undefined;
  return first !== undefined && filled.every((c) => UNIT_CELL.exec(c.text)?.[1] === first)
    ? first
    : undefined;
}

function readLineRows(text: string, header: Header): BodyResult {
  const state = newState(text, header);
  const rows: TableRow[] = [];
  let end = header.end;
  let pos = lineEnd(text, header.end) + 1;
  let blanks = 0;
  /** Cells of a line that opened a row (number, name) without its values. */
  let pending: CellInfo[] | undefined;
  let afterRow = false;
  const anchors: { at: number; name: string }[] = [];
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
    // a comma inside a Markdown row's cell (1846.1亿元，增长5.6%) does not make it prose
    const piped = header.layout === "pipe" && line.startsWith("|") && line.length <= MAX_LINE;
    if ((!piped && isProseLine(line)) || startsHeader(text, start)) break;
    // trailing tabs still mark empty cells at the row's end
    const cellsEnd = header.layout === "tab" ? le - (text[le - 1] === "\r" ? 1 : 0) : stop;
    let cells = splitLine(text, start, Math.max(stop, cellsEnd), header.layout).map((s) => describe(text, s));
    if (pending) {
      // The name began on the line before: 单位地区生产总值二氧化碳 / 排放降低(%) — ….
      const name = cells.findIndex((c) => c.text.length > 0);
      if (name < 0 || !nameLike(cells[name])) break;
      cells = [
        ...pending.slice(0, -1),
        joinCells(text, pending[pending.length - 1], cells[name]),
        ...cells.slice(name + 1),
      ];
      pending = undefined;
    }
    const filled = cells.filter((c) => c.text.length > 0);
    const lineUnit = unitsOnly(filled);
    if (lineUnit !== undefined) {
      state.lineUnit = lineUnit;
      continue;
    }
    const last = rows[rows.length - 1];
    if (afterRow && last && header.layout === "blank" && wrapsRow(text, header, filled, start, last)) {
      end = stop;
      continue;
    }
    if (afterRow && last && filled.length === 1 && continuesName(filled[0], last)) {
      // The name wrapped onto the next line: 规模以上工业增加值 / (亿元).
      const { indicator, unit } = splitName(last.indicator + filled[0].text);
      if (unit && !last.unit) last.unit = unit;
      last.indicator = indicator;
      last.end = Math.max(last.end, filled[0].end);
      end = stop;
      afterRow = false;
      continue;
    }
    state.categorySeen = false;
    const row = buildRow(state, cells);
    afterRow = !!row && row !== "category";
    // where each category was written: on a row (its index) or on a line between rows (index − ½)
    if (state.categorySeen && state.category)
      anchors.push({ at: row === "category" ? rows.length - 0.5 : rows.length, name: state.category });
    if (!row && startsRow(filled)) {
      pending = cells;
      continue;
    }
    if (!row) {
      // A line that still looks tabular but does not fit the header is worth a warning.
      if (rows.length > 0 && cells.length >= 3)
        state.problems.push(`line not read as a row: ${line.slice(0, 40)}`);
      break;
    }
    if (row !== "category") rows.push(row);
    end = stop;
  }
  centeredCategories(rows, anchors);
  stripRunInNumbers(rows);
  return { rows, end, problems: state.problems };
}

/**
 * A merged category cell printed in the middle of its rows (a PDF's text layer): when the first row
 * has no category of its own, each row takes the category written nearest to it. A table whose
 * categories head their groups writes one on its first row and is left as read.
 */
function centeredCategories(rows: TableRow[], anchors: { at: number; name: string }[]): void {
  if (anchors.length === 0 || anchors[0].at <= 0 || rows.length === 0) return;
  let k = 0;
  rows.forEach((row, i) => {
    while (k + 1 < anchors.length && Math.abs(anchors[k + 1].at - i) < Math.abs(anchors[k].at - i)) k++;
    row.category = anchors[k].name;
  });
}

/** The header column a cell of a space-laid line stands under: the last one starting at or before it. */
function columnUnder(text: string, header: Header, cell: CellInfo): Column | undefined {
  const headerLine = lineStart(text, header.columns[0].start);
  const at = displayWidth(text, lineStart(text, cell.start), cell.start);
  let found: Column | undefined;
  for (const c of header.columns) if (displayWidth(text, headerLine, c.start) <= at + 1) found = c;
  return found;
}

const WRAPPED_CELLS: readonly ColumnRole[] = ["base", "target", "growth", "baseGrowth"];

/**
 * A line of a space-laid table (a PDF's text layer) that only finishes the row above it: the tail of
 * its name (…占地区生产总值 / 比重), of a qualitative cell (与经济增长 / 同步), or of a category
 * (经济 / 发展), each standing under its header column. Adds the tails to the row; false when the
 * line is anything else (a number, an attribute, a cell under no such column).
 */
function wrapsRow(
  text: string,
  header: Header,
  filled: CellInfo[],
  lineFrom: number,
  row: TableRow,
): boolean {
  if (filled.length === 0 || filled.some((c) => c.numeric || c.attribute || c.empty)) return false;
  if (lineFrom <= lineStart(text, filled[0].start) - 1) return false;
  const tails: [Column, CellInfo][] = [];
  for (const cell of filled) {
    const column = columnUnder(text, header, cell);
    // under the first column a line may as well be a category line of its own
    if (!column || (column === header.columns[0] && column.role !== "category")) return false;
    if (column.role === "indicator") tails.push([column, cell]);
    else if (WRAPPED_CELLS.includes(column.role)) {
      const above = row[column.role as "base" | "target" | "growth" | "baseGrowth"];
      if (!above || above.value !== null || !above.text) return false;
      tails.push([column, cell]);
    } else if (column.role !== "category") return false;
  }
  // a category alone on its line is the next group's, read as such
  if (tails.length === 0) return false;
  for (const [column, cell] of tails) {
    if (column.role === "indicator") {
      const { indicator, unit } = splitName(row.indicator + cell.text);
      if (unit && !row.unit) row.unit = unit;
      row.indicator = indicator;
    } else {
      const above = row[column.role as "base" | "target" | "growth" | "baseGrowth"]!;
      above.text += cell.text;
      above.end = cell.end;
    }
    row.end = Math.max(row.end, cell.end);
  }
  return true;
}

const nameLike = (c: CellInfo): boolean =>
  c.cjk >= 2 && !c.numeric && !c.attribute && !c.empty && !c.unitWord && c.categoryMarker <= 0;

/** One cell made of two that a wrapped line split (the name's two halves). */
function joinCells(text: string, a: CellInfo, b: CellInfo): CellInfo {
  const joined = a.text + b.text;
  return {
    ...describe(text, { start: a.start, end: b.end }),
    text: joined,
    unitBracket: splitName(joined).unit !== "",
  };
}

/**
 * A lone cell under a row finishes its name: a unit in brackets ((亿元)), or the name's tail with its
 * unit (排放降低(%)) when the row has no unit yet. A category line ((一)…, 经济发展) is neither.
 */
function continuesName(cell: CellInfo, row: TableRow): boolean {
  if (cell.categoryMarker > 0 || cell.numeric) return false;
  // (亿元) or (含四旁树): a bracket alone on its line belongs to the name above it.
  if (/^\([^()]{1,12}\)$/.test(cell.text)) return true;
  return !row.unit && cell.unitBracket;
}

/** A line that opens a row without values: a row number and a name, nothing else. */
function startsRow(filled: CellInfo[]): boolean {
  return filled.length === 2 && filled[0].integer && nameLike(filled[1]) && !filled[1].unitBracket;
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
  for (const group of segmentCells(cells, state.columns)) {
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
  stripRunInNumbers(rows);
  return { rows, end, problems: state.problems };
}

/** Rows of a separated table: one row per line, or one cell per line. */
export function readGridBody(text: string, header: Header): BodyResult {
  return header.layout === "line" ? readCellPerLine(text, header) : readLineRows(text, header);
}
