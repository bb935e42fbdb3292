/**
 * Where a record comes from, for a statistician to check: the sentence around the quoted passage, the
 * section heading it sits under, and the value marked inside the passage. Works on the document's text
 * when the build ships it, else on the quote alone. Every scan is bounded (a window around the passage).
 */
import type { IndicatorRecord } from "../record";

/** Characters that end a sentence or a line of a flattened table. */
const SENTENCE_END = new Set(["。", "！", "？", "；", "\n", "!", "?"]);
const WINDOW = 240;
const HEADING_WINDOW = 20_000;

export interface Passage {
  before: string;
  quote: string;
  after: string;
}

/** The sentence (at most WINDOW characters either side) around text[start, end). */
export function passageAround(text: string, start: number, end: number): Passage {
  const from = Math.max(0, start - WINDOW);
  let s = start;
  while (s > from && !SENTENCE_END.has(text[s - 1]!)) s--;
  const to = Math.min(text.length, end + WINDOW);
  let e = end;
  while (e < to && !SENTENCE_END.has(text[e]!)) e++;
  if (e < text.length && text[e] !== "\n") e++;
  return {
    before: text.slice(s, start).trimStart(),
    quote: text.slice(start, end),
    after: text.slice(end, e).trimEnd(),
  };
}

/** 第三章 …, 一、…, （二）…, 1. …: a short line that numbers a part of the plan. */
const HEADING =
  /^\s*(第[一二三四五六七八九十百零〇\d]+[章节篇部分条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|专栏)/u;
const MAX_HEADING = 60;

/** The nearest heading line before `start`, looking back at most HEADING_WINDOW characters. */
export function headingBefore(text: string, start: number): string | undefined {
  const floor = Math.max(0, start - HEADING_WINDOW);
  let lineEnd = text.lastIndexOf("\n", start);
  while (lineEnd > floor) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1);
    const line = text.slice(lineStart + 1, lineEnd).trim();
    if (line.length > 0 && line.length <= MAX_HEADING && HEADING.test(line)) return line;
    if (lineStart < 0) break;
    lineEnd = lineStart;
  }
  return undefined;
}

export interface Part {
  text: string;
  mark: boolean;
}

/** The value's digits as a document may write them: 500, 239.5, 1,200. */
function numberForms(value: number): string[] {
  const plain = String(value);
  const grouped = value.toLocaleString("en-US", { maximumFractionDigits: 10 });
  return [...new Set([grouped, plain])];
}

/** The passage split so that the record's value (or, failing that, nothing) is marked. */
export function markValue(passage: string, record: Pick<IndicatorRecord, "value" | "text">): Part[] {
  const needles = record.value !== null ? numberForms(record.value) : record.text ? [record.text] : [];
  for (const needle of needles) {
    let at = passage.indexOf(needle);
    // A number must not be part of a longer one (5 inside 2025).
    while (
      at >= 0 &&
      record.value !== null &&
      (isDigit(passage[at - 1]) || isDigit(passage[at + needle.length]))
    ) {
      at = passage.indexOf(needle, at + 1);
    }
    if (at >= 0) {
      return [
        { text: passage.slice(0, at), mark: false },
        { text: needle, mark: true },
        { text: passage.slice(at + needle.length), mark: false },
      ].filter((p) => p.text !== "");
    }
  }
  return [{ text: passage, mark: false }];
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "0" && ch <= "9") || ch === ".");
}

/** Records stated by the same table row (same document and passage), in year order. */
export function sameRow(records: readonly IndicatorRecord[], record: IndicatorRecord): IndicatorRecord[] {
  return records
    .filter(
      (r) => r.doc === record.doc && r.source === "table" && r.start === record.start && r.end === record.end,
    )
    .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

/** The section a record sits under: the extractor's `section` field when present, else the text's heading. */
export function sectionOf(record: IndicatorRecord, text: string | undefined): string | undefined {
  const given = (record as IndicatorRecord & { section?: unknown }).section;
  if (typeof given === "string" && given.trim()) return given.trim();
  return text ? headingBefore(text, record.start) : undefined;
}
