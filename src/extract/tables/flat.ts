/**
 * Reads the body of a table whose cells are run together (an HTML table flattened to text):
 * `一、结构优化1地区生产总值(亿元)239.5≥500高于全市平均水平预期性2劳动生产率…`.
 * A row is [category] [row number] name(unit) value cells [attribute]; rows may also sit one per line.
 */
import type { Attribute } from "../../record";
import {
  CIRCLED,
  categoryMarkerEnd,
  latinNumber,
  leadingDigits,
  nextMarker,
  rowNumberEnd,
} from "./flatMarks";
import { placeCells, rereadWithPrior, type Reading } from "./flatPrior";
import { segmentValues } from "./flatValues";
import { columnUnit, startsHeader, type Column, type Header } from "./header";
import {
  ATTRIBUTES,
  CATEGORY_WORDS,
  CELL_UNITS,
  QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES,
  QUALITATIVE_OPENERS,
} from "./lexicon";
import { splitRow, type SplitContext, type ValueRole } from "./split";
import {
  closeBracket,
  isAsciiLetter,
  isBlank,
  isCjk,
  isDigit,
  isUnitLike,
  lineEnd,
  matchString,
  matchWord,
  splitName,
  trailingUnit,
} from "./text";
import type { TableRow } from "./types";

const MAX_NAME = 60;
const MAX_CATEGORY = 30;
/** Most category names have four characters (经济发展, 民生福祉); used when none is known. */
const GUESSED_CATEGORY = 4;
/** A row's value cells fit in this many characters; it bounds the search for the row's end. */
const MAX_VALUES = 120;
const VALUE_MARKS = ["≥", "≤", ">", "<", "~", "～", "-", "—", "–", "+", "〔"];

export { categoryMarkerEnd } from "./flatMarks";
export { segmentValues } from "./flatValues";

export interface BodyResult {
  rows: TableRow[];
  end: number;
  problems: string[];
}

/** What the reader knows while walking the rows. */
interface State {
  text: string;
  header: Header;
  roles: ValueRole[];
  columns: Column[];
  split: Omit<SplitContext, "rowUnit">;
  hasAttribute: boolean;
  hasUnitColumn: boolean;
  hasCategoryColumn: boolean;
  /** Next row number expected, or undefined while the table's numbering is unknown. */
  expected?: number;
  numbered?: boolean;
  category?: string;
  /** The marker the next category row will carry (二、 after 一、). */
  nextCategory?: string;
  problems: string[];
}

/** The header's value columns in order: base, target, growth, the base's growth and kept dated columns. */
export function valueColumns(header: Header): Column[] {
  return header.columns.filter(
    (c) =>
      c.role === "base" || c.role === "target" || c.role === "growth" || c.role === "baseGrowth" || !!c.keep,
  );
}

export function valueRoles(header: Header): ValueRole[] {
  return valueColumns(header).map((c) => (c.keep ? "other" : (c.role as ValueRole)));
}

export function splitContext(header: Header): Omit<SplitContext, "rowUnit"> {
  const growth = header.columns.find((c) => c.role === "growth");
  const years =
    header.baseYear !== undefined && header.targetYear !== undefined && header.targetYear > header.baseYear
      ? header.targetYear - header.baseYear
      : 5;
  return {
    roles: valueRoles(header),
    years,
    cumulative: growth?.cumulative === true,
    growthUnit: growth?.unit ?? "%",
  };
}

const attributeAt = (text: string, pos: number): Attribute | undefined =>
  matchString(text, pos, ATTRIBUTES) as Attribute | undefined;

/**
 * Where a row name that starts at `pos` ends: after its unit bracket, or before its first value.
 * Returns -1 when no name ends within MAX_NAME characters.
 */
export function nameEnd(text: string, pos: number, limit: number): number {
  let inLatin = false;
  const stop = Math.min(limit, pos + MAX_NAME);
  for (let i = pos; i < stop; i++) {
    const c = text[i];
    if (c === "(") {
      const close = closeBracket(text, i, 24);
      if (close < 0 || close > limit) return -1;
      if (isUnitLike(text.slice(i + 1, close - 1))) return close;
      i = close - 1;
      inLatin = false;
      continue;
    }
    if (isAsciiLetter(c)) inLatin = true;
    else if (isDigit(c) || c === ".") {
      if (!inLatin && !latinNumber(text, i)) return i;
      inLatin = true;
    } else {
      inLatin = false;
      if (VALUE_MARKS.includes(c) || isBlank(c) || c === "\n") return i;
      if (attributeAt(text, i)) return i;
      // A word qualifier just before a number (不低于90) starts the values.
      const q = matchWord(text, i, QUALIFIER_PREFIXES);
      if (q && q.word.length > 1 && isDigit(text[i + q.word.length])) return i;
    }
  }
  return stop === limit ? limit : -1;
}

/**
 * With a unit column, a qualitative first value runs into the name and unit
 * (地区生产总值亿元高于全市平均水平100): the name ends after the unit that precedes such words.
 */
function unitThenWords(text: string, from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (!matchString(text, k, QUALITATIVE_OPENERS)) continue;
    if (trailingUnit(text.slice(from, k))) return k;
  }
  return to;
}

/** Text at `pos` can start a row name: not an attribute, a unit or a qualifier after a number. */
function canStartName(text: string, pos: number): boolean {
  if (latinNumber(text, pos)) return true;
  if (!isCjk(text[pos])) return false;
  if (attributeAt(text, pos)) return false;
  // A unit right after a number (5万人) belongs to the value, unless more of a name follows (人均…).
  const unit = matchString(text, pos, CELL_UNITS);
  if (unit) {
    const after = pos + unit.length;
    if (!isCjk(text[after]) || attributeAt(text, after) || matchWord(text, after, QUALIFIER_SUFFIXES))
      return false;
  }
  return !matchWord(text, pos, QUALIFIER_SUFFIXES);
}

/**
 * Stricter test for a name found inside a row's values: words that open qualitative cells
 * (高于全市平均水平) start a name only when it ends in a unit bracket (基本养老保险参保率(%)).
 */
function startsNameWithin(text: string, pos: number, limit: number): boolean {
  if (!canStartName(text, pos)) return false;
  if (!matchString(text, pos, QUALITATIVE_OPENERS)) return true;
  const end = nameEnd(text, pos, limit);
  return end > 0 && text[end - 1] === ")";
}

/**
 * The row number `num` written at `pos` (1 / 1. / 1、 / "1 "), followed by a name: the name's start,
 * or -1. `strict` applies the test for names found inside a row's values.
 */
function numberThenName(text: string, pos: number, num: string, limit: number, strict: boolean): number {
  const end = rowNumberEnd(text, pos, num);
  if (end < 0) return -1;
  let p = end;
  while (p < limit && isBlank(text[p])) p++;
  if (p >= limit) return -1;
  return (strict ? startsNameWithin(text, p, limit) : canStartName(text, p)) ? p : -1;
}

/** How far row numbers may jump at a row's start. */
const MAX_ROW_GAP = 20;

/**
 * Where the next row starts inside [from, limit): its row number (when rows are numbered), its
 * category marker, or (unnumbered rows) a name ending in a unit bracket. Returns limit if none.
 */
function nextRowStart(state: State, from: number, limit: number): number {
  const { text } = state;
  const num = state.expected !== undefined ? String(state.expected) : undefined;
  for (let i = from; i < limit; i++) {
    if (categoryMarkerEnd(text, i) > 0) {
      // After words (与经济增长同步二、创新驱动) only the next marker in sequence counts.
      if (i === from || !isCjk(text[i - 1])) return i;
      if (state.nextCategory && text.startsWith(state.nextCategory, i)) return i;
    }
    if (num && state.numbered !== false) {
      if (numberThenName(text, i, num, limit, true) >= 0) return i;
    } else if (i > from && !isCjk(text[i - 1]) && canStartName(text, i)) {
      const end = nameEnd(text, i, limit);
      if (end > 0 && text[end - 1] === ")") return i;
    }
  }
  return limit;
}

/** Reads one row starting at `pos` (before `limit`); returns the row (if any) and where it ended. */
function readRow(
  state: State,
  pos: number,
  limit: number,
): { row?: TableRow; reading?: Reading; category?: boolean; next: number } | undefined {
  const { text } = state;
  let p = pos;
  while (p < limit && isBlank(text[p])) p++;
  if (p >= limit) return undefined;
  const marker = categoryMarkerEnd(text, p);
  if (marker > 0) {
    // Category row: its words run up to the next row's number (or the line's end).
    let q = marker;
    while (q < limit && q - marker < MAX_CATEGORY && !isDigit(text[q])) q++;
    if (q - marker >= MAX_CATEGORY) return undefined;
    if (
      q < limit &&
      state.numbered !== true &&
      (state.numbered === false || numberThenName(text, q, String(state.expected ?? 1), limit, false) < 0)
    ) {
      // Unnumbered rows: 一、经济发展地区生产总值(亿元)239.5… — the name follows the category directly.
      const words = text.slice(marker, q);
      const known = CATEGORY_WORDS.find((w) => words.startsWith(w) && words.length > w.length);
      const cut = known?.length ?? Math.min(GUESSED_CATEGORY, words.length);
      if (!known)
        state.problems.push(
          `category and name run together, split after ${GUESSED_CATEGORY} characters: ${words}`,
        );
      state.category = words.slice(0, cut);
      state.nextCategory = nextMarker(text.slice(p, marker));
      return { next: marker + cut, category: true };
    }
    state.category = text.slice(marker, q).trim();
    state.nextCategory = nextMarker(text.slice(p, marker));
    if (state.numbered === undefined || state.numbered) state.expected ??= 1;
    return { next: q, category: true };
  }
  let rowNumber: number | undefined;
  if (isDigit(text[p]) || CIRCLED.includes(text[p]) || (text[p] === "(" && isDigit(text[p + 1]))) {
    const candidates = state.numbered === false ? [] : [String(state.expected ?? 1), "1"];
    // At a row's start a later number may follow (rows left out of an excerpt: 5 … 14).
    const written = leadingDigits(text, p);
    if (state.expected !== undefined && written > state.expected && written <= state.expected + MAX_ROW_GAP) {
      candidates.push(String(written));
    }
    let nameAt = -1;
    const hit = candidates.find((n) => (nameAt = numberThenName(text, p, n, limit, false)) >= 0);
    if (hit) {
      rowNumber = Number(hit);
      p = nameAt;
      state.numbered = true;
    } else if (!latinNumber(text, p)) return undefined;
  }
  const nameStart = p;
  let nEnd = nameEnd(text, p, limit);
  if (state.hasUnitColumn && nEnd > nameStart && text[nEnd - 1] !== ")")
    nEnd = unitThenWords(text, nameStart, nEnd);
  if (nEnd <= nameStart) return undefined;
  const name = text.slice(nameStart, nEnd).trim();
  let cjk = 0;
  for (const c of name) if (isCjk(c)) cjk++;
  if (cjk < 2) return undefined;
  if (rowNumber === undefined && state.numbered !== false && !name.endsWith(")")) {
    // 经济发展1地区生产总值…: words right before the next row number are a category cell.
    const next = leadingDigits(text, nEnd);
    const expected = state.expected ?? 1;
    const numberFollows =
      next >= expected &&
      next <= expected + MAX_ROW_GAP &&
      numberThenName(text, nEnd, String(next), limit, false) >= 0;
    if (numberFollows) {
      state.category = name;
      return { next: nEnd, category: true };
    }
  }
  if (rowNumber === undefined && state.numbered === true) return undefined;
  if (rowNumber === undefined) state.numbered = false;
  state.expected = rowNumber !== undefined ? rowNumber + 1 : undefined;

  const searchEnd = Math.min(limit, nEnd + MAX_VALUES);
  let regionEnd = nextRowStart(state, nEnd, searchEnd);
  let attribute: Attribute | undefined;
  let rowEnd = regionEnd;
  if (state.hasAttribute) {
    for (let i = nEnd; i < regionEnd; i++) {
      const a = attributeAt(text, i);
      if (a) {
        attribute = a;
        regionEnd = i;
        rowEnd = i + a.length;
        break;
      }
    }
  }
  const segments = segmentValues(text, nEnd, regionEnd);
  let { indicator, unit } = splitName(name);
  if (!unit && state.hasUnitColumn) {
    // 地区生产总值亿元: the unit column's cell runs into the name.
    const u = trailingUnit(name);
    if (u) {
      unit = u;
      indicator = name.slice(0, name.length - u.length).trim();
    }
  }
  let rowStart = nameStart;
  if (state.hasCategoryColumn) {
    // 经济发展一般公共预算收入: a category cell runs into the first name of its group; only a known
    // category word can be told from the name.
    const known = CATEGORY_WORDS.find((w) => indicator.startsWith(w) && indicator.length >= w.length + 2);
    if (known) {
      state.category = known;
      indicator = indicator.slice(known.length);
      rowStart += text.slice(nameStart).indexOf(known) + known.length;
    }
  }
  const ctx: SplitContext = { ...state.split, rowUnit: unit };
  let cells = splitRow(segments, ctx);
  if (!cells && !attribute) {
    // The last row of a table without attributes may run into the text after the table:
    // keep the longest run of leading segments that reads as the row's cells.
    for (let n = segments.length - 1; n >= 1 && !cells; n--) {
      cells = splitRow(segments.slice(0, n), ctx);
      if (cells) {
        segments.length = n;
        rowEnd = segments[n - 1].end;
      }
    }
  }
  if (!cells) {
    state.problems.push(`row ${rowNumber ?? ""} ${indicator}: could not place its cells`);
    return { next: rowEnd };
  }
  while (rowEnd > nEnd && isBlank(text[rowEnd - 1])) rowEnd--;
  const row: TableRow = { indicator, unit: unit || columnUnit(state.header), start: rowStart, end: rowEnd };
  if (rowNumber !== undefined) row.rowNumber = rowNumber;
  if (state.category) row.category = state.category;
  if (attribute) row.attribute = attribute;
  if (!placeCells(row, state.columns, cells)) return { next: rowEnd };
  return { row, reading: { segments, ctx, cells }, next: rowEnd };
}

/** Sentence punctuation: a line holding it is prose, not a table row. */
function isProse(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ("。，；,;".includes(text[i])) return true;
  return false;
}

/** Reads the rows after a run-together header, on its line and on following lines. */
export function readFlatBody(text: string, header: Header): BodyResult {
  const state: State = {
    text,
    header,
    roles: valueRoles(header),
    columns: valueColumns(header),
    split: splitContext(header),
    hasAttribute: header.columns.some((c) => c.role === "attribute"),
    hasUnitColumn: header.columns.some((c) => c.role === "unit"),
    hasCategoryColumn: header.columns.some((c) => c.role === "category"),
    problems: [],
  };
  const rows: TableRow[] = [];
  const readings: Reading[] = [];
  let pos = header.end;
  let end = header.end;
  let limit = lineEnd(text, pos);
  let firstLine = true;
  for (let guard = 0; guard < 10000; guard++) {
    let progress = false;
    let p = pos;
    while (p < limit) {
      const r = readRow(state, p, limit);
      if (!r || r.next <= p) break;
      if (r.row && r.reading) {
        rows.push(r.row);
        readings.push(r.reading);
      }
      if (r.row || r.category) progress = true;
      p = r.next;
      end = Math.max(end, r.row?.end ?? p);
    }
    // A following line continues the table only if it yields rows (or a category) from its start.
    if (!firstLine && !progress) break;
    firstLine = false;
    // Only a real line break leads to a following line (not the end of a bounded scan).
    if (limit >= text.length || text[limit] !== "\n") break;
    pos = limit + 1;
    while (pos < text.length && (text[pos] === "\r" || isBlank(text[pos]))) pos++;
    if (text[pos] === "\n") break; // a blank line ends the table
    limit = lineEnd(text, pos);
    if (isProse(text, pos, limit) || startsHeader(text, pos)) break;
  }
  rereadWithPrior(rows, readings, state.columns);
  return { rows, end, problems: state.problems };
}
