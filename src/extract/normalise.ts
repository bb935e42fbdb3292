/**
 * Text normalisation with an offset map back to the original.
 *
 * Contract (the table reader relies on it): line structure and every whitespace character stay as they
 * are (save a CR ending a line, which becomes a space); full-width ASCII variants become half-width and
 * U+3000 a space; traditional characters become simplified (opencc-js t2cn dictionaries via simplify.ts,
 * loaded lazily and only when needed); inline pinyin annotations after characters (區(qū)) are removed; mojibake lines are flagged and blanked;
 * HTML tags other than a table's are dropped and entities decoded, page-break notes and spaces between
 * digit groups in sentences dropped (markup.ts). Nothing else changes.
 */

import { looksLikeHtml, markupAt } from "./markup";
import { repairLine } from "./mojibake";
import { simplifierFrom, type Simplifier } from "./simplify";

export interface Normalised {
  text: string;
  /** map[i] = offset in the original of normalised character i; map[text.length] = original.length. */
  map: Int32Array;
  warnings: string[];
}

/** Letters that occur in Hanyu Pinyin with tone marks. */
const PINYIN_LETTERS = new Set("abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ");
const OPEN = new Set(["(", "("]);
const CLOSE = new Set([")", ")"]);

/**
 * Characters common in traditional but not in simplified Chinese. Finding any of them is what makes
 * the converter load; the converter itself decides what to change.
 */
const TRADITIONAL_MARKERS = new Set(
  "國們會發這個來說時為學經與對開關實現區進過還動產業務當點長將應總設計劃據資際標體義問無從車東門書見樣員頭號確積極" +
    "鄭濟規綱遠級圍組織環營億萬質優鏈創術農醫療廣場觀歷傳統專築權屬縣鎮聯網導擴續",
);

/** The markers as a table indexed by UTF-16 code: a number lookup per character, no string hashing. */
const TRADITIONAL_MARKER_CODES = new Uint8Array(0x10000);
for (const ch of TRADITIONAL_MARKERS) TRADITIONAL_MARKER_CODES[ch.charCodeAt(0)] = 1;

function isCjk(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/**
 * How badly a line betrays a wrong decoding: "broken" when it holds box-drawing, replacement or
 * private-use characters (a whole run decoded with the wrong table), "damaged" when only "?" stand in
 * for lost characters after Chinese text.
 */
export function mojibakeLevel(line: string, from = 0, to = line.length): "clean" | "damaged" | "broken" {
  let damaged = false;
  let lost = 0;
  let boxes = 0;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    // most characters are below every range tested: one comparison for them
    if (c < 0x2500 && c !== 0x3f) continue;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) lost++;
    else if (c >= 0x2500 && c <= 0x257f) boxes++;
    else if (c === 0x3f /* ? */ && i > from && isCjk(line.charCodeAt(i - 1))) damaged = true;
  }
  // a lone box-drawing character inside text is mojibake; several draw a table (│地区生产总值│500│)
  if (lost > 0 || boxes === 1) return "broken";
  return damaged ? "damaged" : "clean";
}

/** Share of a line's characters that stand for lost or wrongly decoded bytes. */
export function garbledShare(line: string): number {
  let bad = 0;
  let all = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000) continue;
    all++;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x2500 && c <= 0x257f)) bad++;
  }
  return all ? bad / all : 0;
}

/** Length of an inline pinyin annotation starting at `i` (an opening bracket after a CJK char), or 0. */
function pinyinAnnotationLength(text: string, i: number): number {
  if (!OPEN.has(text[i]) || i === 0 || !isCjk(text.charCodeAt(i - 1))) return 0;
  let j = i + 1;
  while (j < text.length && j - i <= 8 && PINYIN_LETTERS.has(text[j])) j++;
  if (j === i + 1 || j >= text.length || !CLOSE.has(text[j])) return 0;
  return j + 1 - i;
}

let simplifierPromise: Promise<Simplifier> | undefined;

/** opencc-js t2cn's dictionaries, imported on first use so documents in simplified Chinese never pay for them. */
function loadSimplifier(): Promise<Simplifier> {
  simplifierPromise ??= import("opencc-js/t2cn").then((m) => {
    const mod = m as unknown as { Locale?: unknown; default?: { Locale?: unknown } };
    const locale = mod.Locale ?? mod.default?.Locale;
    if (!locale) throw new Error("opencc-js/t2cn has no Locale");
    return simplifierFrom(locale as Parameters<typeof simplifierFrom>[0]);
  });
  return simplifierPromise;
}

export async function normalise(original: string): Promise<Normalised> {
  const warnings: string[] = [];
  // one UTF-16 unit in, at most one out: preallocate and write codes (no per-character strings)
  const codes = new Uint16Array(original.length);
  const map = new Int32Array(original.length + 1);
  let n = 0;
  let needsConversion = false;
  let lineStart = 0;
  let lineNo = 1;
  const html = looksLikeHtml(original);
  while (lineStart <= original.length) {
    let lineEnd = original.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = original.length;
    const level = mojibakeLevel(original, lineStart, lineEnd);
    // the characters to read and where each one sits in the original (a repaired line: its own offsets)
    let source = original;
    let from = lineStart;
    let to = lineEnd;
    let repairedOffsets: ArrayLike<number> | undefined;
    if (level === "broken") {
      const repaired = repairLine(original.slice(lineStart, lineEnd));
      if (repaired) {
        warnings.push(`line ${lineNo}: characters decoded with the wrong encoding, repaired`);
        source = repaired.text;
        from = 0;
        to = repaired.text.length;
        repairedOffsets = repaired.offsets;
      } else if (garbledShare(original.slice(lineStart, lineEnd)) < 0.1) {
        // a stray bad byte in a readable line: keep the line, say so
        warnings.push(`line ${lineNo}: a few garbled characters (wrong encoding) kept`);
      } else {
        warnings.push(`line ${lineNo}: garbled characters (wrong encoding), line skipped`);
        to = from; // nothing read; the line becomes blank
        for (let i = lineStart; i < lineEnd; i++) {
          const c = original.charCodeAt(i);
          codes[n] = c === 0x09 || c === 0x0d ? c : 0x20;
          map[n++] = i;
        }
      }
    } else if (level === "damaged") {
      warnings.push(`line ${lineNo}: some characters lost to a wrong encoding ("?")`);
    }
    for (let i = from; i < to; i++) {
      let code = source.charCodeAt(i);
      // markup, page-break notes and digit-group spaces (markup.ts): dropped or replaced
      if (code === 0x3c || code === 0x26 || code === 0x28 || code === 0xff08 || code === 0x20) {
        const m = repairedOffsets ? undefined : markupAt(source, i, to, html);
        if (m) {
          if (m.emit !== undefined) {
            codes[n] = m.emit;
            map[n++] = i;
          }
          i += m.skip - 1;
          continue;
        }
      }
      if (code === 0x28 || code === 0xff08) {
        const skip = pinyinAnnotationLength(source, i);
        if (skip) {
          i += skip - 1;
          continue;
        }
      }
      // in a damaged line a "?" after a Chinese character stands for a lost one: mark it as such
      // (U+FFFD) so that it does not read as a question mark ending a sentence
      if (code === 0x3f && level === "damaged" && i > from && isCjk(source.charCodeAt(i - 1))) code = 0xfffd;
      else if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
      else if (code === 0x3000) code = 0x20;
      // CRLF files: the \r ending a line is a space to every reader (tables, prose), as in LF files
      else if (code === 0x0d && i === to - 1 && repairedOffsets === undefined) code = 0x20;
      else if (!needsConversion && code >= 0x4e00 && TRADITIONAL_MARKER_CODES[code]) needsConversion = true;
      codes[n] = code;
      map[n++] = repairedOffsets ? lineStart + repairedOffsets[i] : i;
    }
    if (lineEnd < original.length) {
      codes[n] = 0x0a;
      map[n++] = lineEnd;
    }
    lineStart = lineEnd + 1;
    lineNo++;
  }
  map[n] = original.length;
  const used = codes.subarray(0, n);
  if (needsConversion) {
    try {
      (await loadSimplifier())(used);
    } catch (error) {
      warnings.push(`traditional → simplified conversion unavailable: ${(error as Error).message}`);
    }
  }
  const text = codesToString(used);
  return { text, map: map.slice(0, n + 1), warnings };
}

/** UTF-16 code units to a string in one call (lone surrogates become U+FFFD, one unit each). */
function codesToString(codes: Uint16Array): string {
  return new TextDecoder("utf-16le").decode(codes);
}

/** Original-text span of the normalised span [start, end). */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  const s = n.map[Math.max(0, Math.min(start, n.text.length))];
  const lastIndex = Math.max(start, Math.min(end, n.text.length) - 1);
  const e = end > start ? n.map[lastIndex] + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
