/** Small character tests and bounded scans shared by the table readers. */

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

import { UNIT_WORDS } from "./lexicon";

/** CJK ideographs (the table words, names and qualitative cells are written in them). */
export const isCjk = (c: string | undefined): boolean =>
  c !== undefined && ((c >= "\u4e00" && c <= "\u9fff") || (c >= "\u3400" && c <= "\u4dbf"));

export const isAsciiLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));

/** Horizontal white space (not newlines). */
export const isBlank = (c: string | undefined): boolean =>
  c === " " || c === "\t" || c === "\u3000" || c === "\u00a0";

/** First characters of each word list, so that most positions are rejected with one lookup. */
const initials = new WeakMap<readonly unknown[], Set<string>>();

function initialsOf(words: readonly (string | { word: string })[]): Set<string> {
  let set = initials.get(words);
  if (!set) {
    set = new Set(words.map((w) => (typeof w === "string" ? w : w.word)[0]));
    initials.set(words, set);
  }
  return set;
}

/** The first entry of `words` written at `pos` (callers order words longest first). */
export function matchWord<T extends { word: string }>(
  text: string,
  pos: number,
  words: readonly T[],
): T | undefined {
  if (!initialsOf(words).has(text[pos])) return undefined;
  for (const w of words) if (text.startsWith(w.word, pos)) return w;
  return undefined;
}

export function matchString(text: string, pos: number, words: readonly string[]): string | undefined {
  if (!initialsOf(words).has(text[pos])) return undefined;
  for (const w of words) if (text.startsWith(w, pos)) return w;
  return undefined;
}

/**
 * Line scans stop after this many characters, so that a document flattened to one huge line
 * does not make every lookup scan to its end. No table line is anywhere near this long.
 */
const MAX_LINE_SCAN = 10000;

/** End of the line holding `pos` (index of its "\n", or the text's length), bounded by MAX_LINE_SCAN. */
export function lineEnd(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + MAX_LINE_SCAN);
  for (let i = pos; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop;
}

/** Start of the line holding `pos`, bounded by MAX_LINE_SCAN. */
export function lineStart(text: string, pos: number): number {
  const stop = Math.max(0, pos - MAX_LINE_SCAN);
  for (let i = pos - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/** Position after a bracket group opened at `pos`, or -1 when it does not close within `max` chars. */
export function closeBracket(text: string, pos: number, max: number): number {
  const open = text[pos];
  const close = open === "(" ? ")" : open === "[" ? "]" : open === "【" ? "】" : "";
  if (!close) return -1;
  const limit = Math.min(text.length, pos + max);
  let depth = 0;
  for (let i = pos; i < limit; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i + 1;
    else if (text[i] === "\n") return -1;
  }
  return -1;
}

/** A bracket's content reads as a unit (亿元, %, 万元/人·年) rather than part of a name ((COD), (含…)). */
export function isUnitLike(content: string): boolean {
  if (content.length === 0 || content.length > 14) return false;
  if (content === "%" || content === "‰") return true;
  if (/[占含按其中指为的]/.test(content)) return false;
  let cjk = 0;
  for (const c of content) if (isCjk(c)) cjk++;
  if (cjk === 0) return false;
  // 亿元, 万元/人·年, 人/千人, 分: a unit expression, a ratio, a short word or a known unit at the end.
  if (isUnitExpression(content, 0) || content.includes("/")) return true;
  if (cjk === content.length && content.length <= 2) return true;
  return content.length <= 6 && UNIT_WORDS.some((u) => content.endsWith(u));
}

/** A row name split into the indicator and the unit in its final brackets: 地区生产总值(亿元). */
export function splitName(name: string): { indicator: string; unit: string } {
  const trimmed = name.trim();
  if (trimmed.endsWith(")")) {
    const open = trimmed.lastIndexOf("(");
    if (open > 0) {
      const inner = trimmed.slice(open + 1, -1);
      if (!inner.includes(")") && isUnitLike(inner))
        return { indicator: trimmed.slice(0, open).trim(), unit: inner };
    }
  }
  return { indicator: trimmed, unit: "" };
}

/** A unit expression (亿元, 万元/人·年) filling `s[from..]` exactly. */
function isUnitExpression(s: string, from: number): boolean {
  let p = from;
  for (let k = 0; k < 4; k++) {
    const w = matchString(s, p, UNIT_WORDS);
    if (!w) return false;
    p += w.length;
    if (p === s.length) return true;
    if (s[p] !== "/" && s[p] !== "·") return false;
    p++;
  }
  return false;
}

/** The longest unit at the end of `name` that leaves at least two characters of name, or "". */
export function trailingUnit(name: string): string {
  for (let from = Math.max(2, name.length - 12); from < name.length; from++) {
    if (isUnitExpression(name, from)) return name.slice(from);
  }
  return "";
}
