/**
 * Reads a table header (指标 | 2020年基数 | 2025年目标 | 年均增长(%) | 属性) starting at a given
 * position, whether its cells are run together, separated by tabs/spaces/pipes, or one per line.
 */
import { YEAR_MAX, YEAR_MIN } from "../../record";
import { HEADER_OPENERS, HEADER_WORDS, VALUE_ROLES, type ColumnRole, type HeaderWord } from "./lexicon";
import { resolveGrowth, resolveLevels, resolveYears, type Column } from "./columns";
import { mergeSecondLine } from "./headerLines";
import { closeBracket, isBlank, isDigit, isUnitLike, matchString, matchWord } from "./text";

/** How the header's cells were separated; the body is read the same way. */
export type Layout = "flat" | "blank" | "tab" | "pipe" | "line";

export type { Column } from "./columns";

export interface Header {
  columns: Column[];
  layout: Layout;
  baseYear?: number;
  targetYear?: number;
  baseEstimate?: boolean;
  /** The target column was a bare year (no 目标 word). */
  targetFromYearOnly?: boolean;
  start: number;
  end: number;
}

const MAX_COLUMNS = 16;
/** A header cell is short; this bounds every scan inside one. */
const MAX_BRACKET = 16;

/** A year written as 2020年 (or 2020 before a header word) at `pos`: [year, end]. */
function readYear(text: string, pos: number): [number, number] | undefined {
  if (!(text[pos] === "1" || text[pos] === "2")) return undefined;
  for (let k = 1; k < 4; k++) if (!isDigit(text[pos + k])) return undefined;
  if (isDigit(text[pos + 4])) return undefined;
  const year = Number(text.slice(pos, pos + 4));
  if (year < YEAR_MIN || year > YEAR_MAX) return undefined;
  let end = pos + 4;
  while (isBlank(text[end])) end++;
  if (text[end] === "年") return [year, end + 1];
  return [year, pos + 4];
}

const OPEN_QUOTES = '“"「『';
const CLOSE_QUOTES = '”"」』';
const ORDINALS = "一二三四五";

/**
 * A plan period written before a header word: “十四五” (2021–2025), 十五五时期, 2021-2025年.
 * Returns the period's first and last years and where it ends.
 */
export function readPeriod(text: string, pos: number): { years: [number, number]; end: number } | undefined {
  let p = pos;
  if (OPEN_QUOTES.includes(text[p] ?? "x")) p++;
  let years: [number, number] | undefined;
  if (text[p] === "十" && ORDINALS.includes(text[p + 1] ?? "x") && text[p + 2] === "五") {
    // The 11th plan ran 2006–2010; each later one five years on.
    const start = 2006 + (10 + ORDINALS.indexOf(text[p + 1]) + 1 - 11) * 5;
    years = [start, start + 4];
    p += 3;
  } else {
    const a = readYear(text, p);
    if (!a || text[a[1] - 1] === "年") return undefined;
    const dash = a[1];
    if (!"-—–~～至".includes(text[dash] ?? "x")) return undefined;
    const b = readYear(text, dash + 1);
    if (!b || text[b[1] - 1] !== "年" || b[0] <= a[0]) return undefined;
    years = [a[0], b[0]];
    p = b[1];
  }
  if (CLOSE_QUOTES.includes(text[p] ?? "x")) p++;
  for (const w of ["时期", "期间", "规划"]) if (text.startsWith(w, p)) p += w.length;
  return { years, end: p };
}

/** Blanks allowed between the characters of a spaced-out header word (指  标, 属  性). */
const MAX_SPACING = 4;

/** A header word written with blanks between its characters, as PDF text often has it. */
function matchSpaced(text: string, pos: number): { word: HeaderWord; end: number } | undefined {
  if (!isBlank(text[pos + 1])) return undefined;
  for (const word of HEADER_WORDS) {
    let p = pos;
    let k = 0;
    for (; k < word.word.length; k++) {
      if (k > 0) {
        const from = p;
        while (isBlank(text[p]) && p - from < MAX_SPACING) p++;
      }
      if (text[p] !== word.word[k]) break;
      p++;
    }
    if (k === word.word.length) return { word, end: p };
  }
  return undefined;
}

/** A header word filling the brackets at `pos`: (预计) → the word and the end of the brackets. */
function bracketWord(text: string, pos: number): { word: HeaderWord; end: number } | undefined {
  const close = closeBracket(text, pos, MAX_BRACKET);
  if (close < 0) return undefined;
  const inner = text.slice(pos + 1, close - 1).trim();
  const word = matchWord(inner, 0, HEADER_WORDS);
  return word && word.word === inner ? { word, end: close } : undefined;
}

/** One header cell at `pos`: [year年] word [(unit)] [(year年)] | bare year 2020年. */
function readColumn(text: string, pos: number): Column | undefined {
  const period = readPeriod(text, pos);
  if (period) {
    // “十四五”年均增长, 2021-2025年累计: a column word after a plan period.
    const col = readColumn(text, period.end);
    if (!col || col.role === "year" || !VALUE_ROLES.includes(col.role)) return undefined;
    return { ...col, start: pos, period: period.years };
  }
  let p = pos;
  let year: number | undefined;
  const y = readYear(text, p);
  if (y) {
    year = y[0];
    p = y[1];
    // 2025年 目标 is one cell; a tab or a wider gap separates two (2025年\t基期值).
    if (text[p] === " " && !isBlank(text[p + 1])) p++;
  }
  const spaced = matchWord(text, p, HEADER_WORDS) ? undefined : matchSpaced(text, p);
  let word = spaced?.word ?? matchWord(text, p, HEADER_WORDS);
  // 2025年(预计), 2030年(目标): the column's word in brackets after its year.
  const inBrackets = y && !word && text[p] === "(" ? bracketWord(text, p) : undefined;
  if (inBrackets && VALUE_ROLES.includes(inBrackets.word.role)) word = inBrackets.word;
  // 2025年年均增长: the year is a column of its own, followed by the growth column.
  if (!word || (y && (word.word.startsWith("年") || !VALUE_ROLES.includes(word.role)))) {
    // A bare year column needs its 年 so that a stray number is not taken for one.
    if (y && text[y[1] - 1] === "年") return { role: "year", year, bare: true, start: pos, end: y[1] };
    return undefined;
  }
  p = inBrackets ? inBrackets.end : spaced ? spaced.end : p + word.word.length;
  // 年均增长/累计: a second word after a slash names what the same column also holds.
  if ((text[p] === "/" || text[p] === "／") && matchWord(text, p + 1, HEADER_WORDS))
    p += 1 + matchWord(text, p + 1, HEADER_WORDS)!.word.length;
  const col: Column = { role: word.role, start: pos, end: p };
  if (year !== undefined) col.year = year;
  if (word.cumulative) col.cumulative = true;
  if (word.estimate) col.estimate = true;
  if (word.average) col.average = true;
  // Brackets after the word: a unit (%) or a year (2025年).
  for (let k = 0; k < 2 && text[p] === "("; k++) {
    const close = closeBracket(text, p, MAX_BRACKET);
    if (close < 0) break;
    const inner = text.slice(p + 1, close - 1).trim();
    const iy = readYear(inner, 0);
    if (iy && iy[1] === inner.length) col.year ??= iy[0];
    else if (matchWord(inner, 0, HEADER_WORDS)?.word === inner) {
      // 年均增长(累计): a header word in brackets says what else the column holds, not its unit
    } else if (isUnitLike(inner)) col.unit = inner;
    else break; // (1)地区生产总值…: the first row's number, not part of the header
    p = close;
  }
  // 增长% / 增速‰: a growth column may write its unit without brackets.
  if (
    (col.role === "growth" || col.role === "baseGrowth") &&
    col.unit === undefined &&
    "%‰".includes(text[p] ?? "x")
  ) {
    col.unit = text[p];
    p++;
  }
  col.end = p;
  return col;
}

/** Skips separators between header cells; returns the new position and the separator seen. */
function skipSeparator(text: string, pos: number): [number, Layout] {
  let p = pos;
  let tab = false;
  let pipe = false;
  let blank = false;
  let newlines = 0;
  while (p < text.length && p - pos < 64) {
    const c = text[p];
    if (c === "\t") tab = true;
    else if (c === "|" || c === "│") pipe = true;
    else if (c === "\n") {
      if (++newlines > 2) break;
    } else if (isBlank(c) || c === "\r") blank = true;
    else break;
    p++;
  }
  const layout: Layout = newlines > 0 ? "line" : pipe ? "pipe" : tab ? "tab" : blank ? "blank" : "flat";
  return [p, layout];
}

const isSeparatorOrEnd = (c: string | undefined): boolean =>
  c === undefined || isBlank(c) || c === "\n" || c === "\r" || c === "|" || c === "│";

const LEADING_ROLES: readonly ColumnRole[] = ["number", "category", "indicator", "unit"];

const LAYOUT_RANK: Record<Layout, number> = { flat: 0, blank: 1, tab: 2, pipe: 3, line: 4 };

/**
 * Checks a column against those before it: a second column of a role that occurs once (a second 目标)
 * is set aside as a further dated column when it has a year; false when it cannot be a header cell.
 * Growth columns may repeat (增长% after each year's column): resolveGrowth places them.
 */
function setAside(col: Column, before: Column[]): boolean {
  const unique = col.role !== "year" && col.role !== "other" && col.role !== "growth";
  if (!unique || !before.some((c) => c.role === col.role)) return true;
  // 2026年目标 after 2025年目标: a further dated value column, placed by resolveLevels.
  if (col.year === undefined || !VALUE_ROLES.includes(col.role)) return false;
  col.was = col.role;
  col.role = "other";
  return true;
}

/**
 * The header starting at `pos`, or undefined when the text there is not one. A header has an
 * indicator column and at least two value columns (base, target, growth or years).
 */
export function readHeader(text: string, pos: number): Header | undefined {
  const columns: Column[] = [];
  /** Separator before each column after the first. */
  const separators: Layout[] = [];
  let layout: Layout = "flat";
  let p = pos;
  let end = pos;
  while (columns.length < MAX_COLUMNS) {
    const col = readColumn(text, p);
    if (!col) break;
    // A row name that happens to start with a header word (实际利用外资) ends the header.
    if (!setAside(col, columns)) break;
    // Run together, the leading columns (序号, 类别, 指标, 单位) come before the values:
    // 属性单位地区生产总值能耗 is the attribute column, then a row named 单位….
    if (
      columns.length > 0 &&
      LEADING_ROLES.includes(col.role) &&
      columns.some((c) => !LEADING_ROLES.includes(c.role))
    ) {
      if (skipSeparator(text, end)[1] === "flat") break;
    }
    if (columns.length > 0) {
      // The separator before this cell: a header whose cells share a line ends at the line's end.
      const [, sep] = skipSeparator(text, end);
      if (sep === "line" && columns.length >= 2 && layout !== "line") break;
      separators.push(sep);
      if (LAYOUT_RANK[sep] > LAYOUT_RANK[layout]) layout = sep;
    }
    columns.push(col);
    end = col.end;
    const [next] = skipSeparator(text, end);
    p = next;
  }
  if (layout !== "flat") {
    // Separated cells must end at a separator: 实际利用外资 on the next line is a row, not a header cell.
    const cut = columns.findIndex((c) => !isSeparatorOrEnd(text[c.end]));
    if (cut >= 0) {
      columns.length = cut;
      separators.length = Math.max(0, cut - 1);
      layout = separators.reduce<Layout>((a, b) => (LAYOUT_RANK[b] > LAYOUT_RANK[a] ? b : a), "flat");
    }
    end = columns.length > 0 ? columns[columns.length - 1].end : pos;
  }
  if (layout === "blank" || layout === "tab" || layout === "pipe") {
    const second = mergeSecondLine(text, columns, layout, end, (s) => readColumn(s, 0));
    if (second !== undefined) {
      end = second;
      const first = columns.splice(0);
      for (const col of first) if (setAside(col, columns)) columns.push(col);
    }
  }
  const indicators = columns.filter((c) => c.role === "indicator").length;
  if (indicators !== 1) return undefined;
  resolveYears(columns);
  resolveLevels(columns);
  resolveGrowth(columns);
  // Two value columns, or one dated value column when the cells are clearly separated
  // (指标 | 2024年目标): a run-together header needs more words to tell it from prose.
  const values = columns.filter((c) => VALUE_ROLES.includes(c.role) || c.keep);
  const dated = values.length === 1 && values[0].year !== undefined && layout !== "flat";
  if (values.length < 2 && !dated) return undefined;
  const header: Header = { columns, layout, start: pos, end };
  const base = columns.find((c) => c.role === "base");
  const target = columns.find((c) => c.role === "target");
  const period = columns.find((c) => c.period)?.period;
  if (period) {
    // A period on any column dates the base (the year before it) and target (its last year).
    if (base) base.year ??= period[0] - 1;
    if (target) target.year ??= period[1];
  }
  if (base?.year !== undefined) header.baseYear = base.year;
  if (base?.estimate) header.baseEstimate = true;
  if (target?.bare) header.targetFromYearOnly = true;
  if (target?.year !== undefined) header.targetYear = target.year;
  return header;
}

/** A unit the level columns' headers give (2025年目标(%)), for rows whose names carry none. */
export function columnUnit(header: Header): string {
  for (const c of header.columns) if ((c.role === "base" || c.role === "target") && c.unit) return c.unit;
  return "";
}

/** A table header starts at `pos` (after pipes and blanks): the next table's header ends this one. */
export function startsHeader(text: string, pos: number): boolean {
  let p = pos;
  while (text[p] === "|" || text[p] === "│" || isBlank(text[p])) p++;
  return matchString(text, p, HEADER_OPENERS) !== undefined && readHeader(text, p) !== undefined;
}

/**
 * Years a title gives a header that has none: “十四五”… → base 2020, target 2025;
 * 2024年主要预期目标 → base 2023, target 2024.
 */
export function datesFromTitle(header: Header, title: string): void {
  if (header.baseYear !== undefined || header.targetYear !== undefined) return;
  for (let i = 0; i < title.length; i++) {
    const period = title[i] === "十" || OPEN_QUOTES.includes(title[i]) ? readPeriod(title, i) : undefined;
    if (period) {
      header.baseYear = period.years[0] - 1;
      header.targetYear = period.years[1];
      return;
    }
  }
  // A single year dates a plan's targets (2024年主要预期目标), not a report on results.
  const at = title.search(/(19|20)\d\d年/);
  if (at < 0 || /完成|执行|情况|实际/.test(title)) return;
  const year = Number(title.slice(at, at + 4));
  header.baseYear = year - 1;
  header.targetYear = year;
}
