/**
 * Table reader: finds indicator tables in normalised plan text and reads their rows.
 * Entry point of src/extract/tables/ (contract in ./types.ts).
 *
 * How it works:
 * 1. Header openers (指标, 序号, 类别 …) are found with indexOf; at each, header.ts reads a run of
 *    header words (指标 | 2020年基数 | 2025年目标 | 年均增长(%) | 属性), also from the line's start
 *    or the lines above when header words stand before the opener, and notes how its cells were
 *    separated. A second header line completes the columns (headerLines.ts: 2025年 over 基期值), and
 *    columns.ts decides what each column holds (bare years, several dated columns, growth columns).
 *    Everything else in the text is rejected after a few character comparisons.
 * 2. Run-together headers go to flat.ts, which walks rows as [category][number]name(unit)
 *    values[attribute] and hands each row's digit runs to split.ts; split.ts scores every way of
 *    cutting them (growth ≈ (target/base)^(1/years) − 1, counted cuts, plausible decimals).
 * 3. Separated headers go to grid.ts, which splits lines into cells (joining names wrapped onto the
 *    next line) or cuts one-cell-per-line text into rows (segment.ts), and aligns each row's cells to
 *    the header's columns (gridRow.ts); cell.ts reads each cell.
 * 4. HTML tables (<table><tr><td>) are projected to tab-separated lines with an offset map and read
 *    the same way (html.ts).
 * Words come from the vocabulary (src/extract/vocabulary). All scans are bounded, so the reader is
 * linear in the text's length and never throws.
 */
import { readFlatBody, type BodyResult } from "./flat";
import { readGridBody } from "./grid";
import { csvAsTabs } from "./csv";
import { datesFromTitle, readHeader, type Header } from "./header";
import { findHtmlTables } from "./html";
import { findTransposedTables } from "./transposed";
import { HEADER_OPENERS, HEADER_WORDS, type ColumnRole } from "./lexicon";

const LEAD_ROLES: readonly ColumnRole[] = ["number", "category", "unit"];
import { isBlank, lineStart, matchWord } from "./text";
import type { ParsedTable, TableRow } from "./types";

export type { ParsedTable, TableCell, TableRow } from "./types";

/** Headers further than this into a line need more evidence from their rows. */
const MAX_HEADER_OFFSET = 80;
const MAX_TITLE = 60;

/** Something other than separators follows the header on its line. */
function rowsFollowOnLine(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") return false;
    if (!(c === " " || c === "\t" || c === "\r" || c === "|" || c === "│" || c === "\u3000")) return true;
  }
  return false;
}

/**
 * Flat reader for run-together headers, and for separated headers whose rows follow on the same
 * line (指标 2020年 2025年 属性 1 地区生产总值(亿元) 239.5 500 预期性 …); grid reader otherwise.
 */
function readBody(text: string, header: Header): BodyResult {
  if (header.layout === "flat") return readFlatBody(text, header);
  if (header.layout !== "line" && rowsFollowOnLine(text, header.end)) return readFlatBody(text, header);
  return readGridBody(text, header);
}

const DECORATION = "#|│ \t\r\u3000\u00a0";

/** Line text without Markdown decoration (#, |) and white space (trimmed by hand: linear). */
function bare(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && DECORATION.includes(s[a])) a++;
  while (b > a && DECORATION.includes(s[b - 1]) && s[b - 1] !== "#") b--;
  return s.slice(a, b);
}

/** Just after the last sentence end (。；:) before `pos`, looking back at most MAX_TITLE characters. */
function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0 && i >= pos - MAX_TITLE; i--) if ("。；;:：".includes(text[i])) return i + 1;
  return Math.max(0, pos - MAX_TITLE - 1);
}

/** The table's title: text before the header on its line, or the previous non-blank line if short. */
function titleFor(text: string, headerStart: number): string | undefined {
  const ls = Math.max(lineStart(text, headerStart), sentenceStart(text, headerStart));
  const before = bare(text.slice(ls, headerStart));
  if (before) return before.length <= MAX_TITLE ? before : undefined;
  let p = ls - 1;
  for (let k = 0; k < 3 && p > 0; k++) {
    const s = lineStart(text, p);
    const line = bare(text.slice(s, p));
    // A sentence or a table row (tabs, pipes, wide gaps) is not a title.
    if (line) return line.length <= MAX_TITLE && !/[。；\t|│]|\s{2}/.test(line) ? line : undefined;
    p = s - 1;
  }
  return undefined;
}

/** Header openers by their first character. */
const OPENERS_BY_FIRST = new Map<string, string[]>();
for (const word of HEADER_OPENERS)
  OPENERS_BY_FIRST.set(word[0], [...(OPENERS_BY_FIRST.get(word[0]) ?? []), word]);
const OPENER_INITIALS = new Uint8Array(0x10000);
for (const word of HEADER_OPENERS) OPENER_INITIALS[word.charCodeAt(0)] = 1;

/**
 * Positions of header openers (指标, 序号 …) in text order, each with its distance from the start
 * of its line (one sweep over the text, so single-line documents stay linear).
 */
function headerCandidates(text: string): { pos: number; column: number }[] {
  // one pass over the text, trying the openers that start with each character (a scan of the whole
  // text per opener and spacing was a hot spot); no opener overlaps itself, so every occurrence counts
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPENER_INITIALS[text.charCodeAt(i)]) continue;
    const words = OPENERS_BY_FIRST.get(text[i])!;
    for (const word of words) {
      if (text.startsWith(word, i)) found.push(i);
      // Spaced out in PDF text: 指  标.
      else if (text[i + 1] === " " || text[i + 1] === "\u3000") {
        let p = i + 1;
        while (p - i <= 4 && isBlank(text[p])) p++;
        if (text[p] === word[1]) found.push(i);
      }
    }
  }
  const out: { pos: number; column: number }[] = [];
  let lineAt = 0;
  let nextBreak = text.indexOf("\n");
  for (const pos of found) {
    while (nextBreak >= 0 && nextBreak < pos) {
      lineAt = nextBreak + 1;
      nextBreak = text.indexOf("\n", lineAt);
    }
    out.push({ pos, column: pos - lineAt });
  }
  return out;
}

/**
 * Rows give evidence of a real table. A header deep inside a line (a document flattened to one
 * line) must be followed by numbered rows or rows with attributes, not just any numbers.
 */
function convincing(rows: TableRow[], deep: boolean): boolean {
  const valued = rows.filter((r) => r.base || r.target || r.growth || r.dated).length;
  if (valued < 2) return false;
  if (!deep) return true;
  return (
    rows.filter((r) => r.rowNumber !== undefined).length >= 2 || rows.filter((r) => r.attribute).length >= 2
  );
}

/** Header cells before the opener on its line (单位 | 指标 | …) are part of the header. */
const MAX_LEAD = 40;

const MAX_LEAD_LINES = 4;

/** Where a one-cell-per-line header starts when header words (单位, 序号) stand on the lines before `pos`. */
function leadLines(text: string, pos: number): number {
  let start = pos;
  for (let k = 0; k < MAX_LEAD_LINES && start > 0 && text[start - 1] === "\n"; k++) {
    const from = lineStart(text, start - 1);
    const line = bare(text.slice(from, start - 1));
    const word = matchWord(line, 0, HEADER_WORDS);
    if (!word || word.word !== line || !LEAD_ROLES.includes(word.role)) break;
    start = from + text.slice(from, start - 1).indexOf(line);
  }
  return start;
}

/** The header at `pos`, or one that starts earlier on its line (or lines) and takes `pos` in. */
function headerAt(text: string, pos: number): Header | undefined {
  const above = leadLines(text, pos);
  if (above < pos) {
    const wider = readHeader(text, above);
    if (wider && wider.end > pos) return wider;
  }
  // look back at most MAX_LEAD characters for the line's start (a document on one line stays linear)
  let ls = pos;
  while (ls > 0 && pos - ls <= MAX_LEAD && text[ls - 1] !== "\n") ls--;
  if (ls > 0 && text[ls - 1] !== "\n") ls = pos;
  while (ls < pos && DECORATION.includes(text[ls])) ls++;
  if (ls < pos && pos - ls <= MAX_LEAD) {
    const wider = readHeader(text, ls);
    if (wider && wider.end > pos) return wider;
  }
  return readHeader(text, pos);
}

/** How far after a table its note is looked for. */
const MAX_NOTE = 200;
const ATTRIBUTE_NOTE =
  /带?\s*([★☆*＊▲])\s*(?:号)?的?(?:指标)?(?:为|是)(约束性|预期性)(?:指标)?(?:[，,；;]\s*其[余他]的?(?:指标)?(?:为|是|均为)(约束性|预期性))?/;

/**
 * A note under the table that explains a mark after row names (注：带★的为约束性指标，其余为预期性指标)
 * gives the marked rows, and the others where it says so, their attribute.
 */
function markedAttributes(text: string, table: ParsedTable): void {
  if (!table.rows.some((r) => r.mark)) return;
  const note = ATTRIBUTE_NOTE.exec(text.slice(table.end, table.end + MAX_NOTE));
  if (!note) return;
  for (const row of table.rows) {
    if (row.attribute) continue;
    if (row.mark === note[1]) row.attribute = note[2] as TableRow["attribute"];
    else if (note[3]) row.attribute = note[3] as TableRow["attribute"];
  }
}

function tableAt(text: string, pos: number, deep: boolean): ParsedTable | undefined {
  const header = headerAt(text, pos);
  if (!header) return undefined;
  const title = titleFor(text, header.start);
  if (title) datesFromTitle(header, title);
  const body = readBody(text, header);
  if (!convincing(body.rows, deep)) return undefined;
  const table: ParsedTable = {
    rows: body.rows,
    start: header.start,
    end: Math.max(body.end, header.end),
    problems: body.problems,
  };
  markedAttributes(text, table);
  const growth = header.columns.find((c) => c.role === "growth");
  if (growth) table.growthUnit = growth.unit ?? "%";
  if (growth?.unit) table.growthUnitWritten = true;
  if (growth?.cumulative) table.growthCumulative = true;
  if (title) table.title = title;
  if (header.baseYear !== undefined) table.baseYear = header.baseYear;
  if (header.targetYear !== undefined) table.targetYear = header.targetYear;
  if (header.baseEstimate) table.baseEstimate = true;
  if (header.targetFromYearOnly) table.targetFromYearOnly = true;
  return table;
}

/** Every indicator table in `normalisedText`, in order. Never throws; prose yields nothing. */
export function findTables(normalisedText: string): ParsedTable[] {
  // a comma-separated table is read as a tab-separated one (same offsets)
  const text = csvAsTabs(typeof normalisedText === "string" ? normalisedText : "");
  const html = /<table\b/i.test(text) ? safely(() => findHtmlTables(text, findTextTables)) : [];
  // years as rows (年份 | 地区生产总值(亿元) | …): read where no other table was found
  const withTransposed = (tables: ParsedTable[]): ParsedTable[] => {
    const transposed = safely(() => findTransposedTables(text)).filter(
      (t) => !tables.some((o) => t.start < o.end && o.start < t.end),
    );
    return transposed.length === 0 ? tables : [...tables, ...transposed].sort((a, b) => a.start - b.start);
  };
  if (html.length === 0) return withTransposed(findTextTables(text));
  const outside = findTextTables(text).filter((t) => !html.some((h) => t.start < h.end && h.start < t.end));
  return withTransposed([...html, ...outside].sort((a, b) => a.start - b.start));
}

function safely(read: () => ParsedTable[]): ParsedTable[] {
  try {
    return read();
  } catch {
    return [];
  }
}

/** The tables of plain text (an HTML table's projection included). */
function findTextTables(text: string): ParsedTable[] {
  const tables: ParsedTable[] = [];
  let after = 0;
  for (const { pos, column } of headerCandidates(text)) {
    if (pos < after) continue;
    try {
      const table = tableAt(text, pos, column > MAX_HEADER_OFFSET);
      if (!table) continue;
      tables.push(table);
      after = table.end;
    } catch (e) {
      // The reader must never break extraction: note the failure and go on with the text.
      const message = e instanceof Error ? e.message : String(e);
      if (tables.length > 0)
        tables[tables.length - 1].problems.push(`table reader failed at ${pos}: ${message}`);
    }
  }
  return tables;
}
