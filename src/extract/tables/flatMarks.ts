/** Row numbers and category markers of run-together tables: 1 / 1、 / (1) / ①, 一、 / (三). */
import { CATEGORY_NUMERALS } from "./lexicon";
import { isAsciiLetter, isDigit } from "./text";

/** Chinese numerals 1–20 as category markers write them. */
const NUMERALS = [..."一二三四五六七八九十"].concat(
  [..."一二三四五六七八九"].map((c) => "十" + c),
  ["二十"],
);

/** The marker after `marker` (一、 → 二、, (三) → (四)), or undefined past 二十. */
export function nextMarker(marker: string): string | undefined {
  const paren = marker.startsWith("(");
  const numeral = marker.replace(/^\(|[)、.]$/g, "");
  const next = NUMERALS[NUMERALS.indexOf(numeral) + 1];
  if (!next || NUMERALS.indexOf(numeral) < 0) return undefined;
  return paren ? `(${next})` : next + marker[marker.length - 1];
}

/** A category marker (一、 / 十二、 / (三)) at `pos`: the position after it, or -1. */
export function categoryMarkerEnd(text: string, pos: number): number {
  let p = pos;
  const paren = text[p] === "(";
  if (paren) p++;
  const from = p;
  while (p - from < 3 && CATEGORY_NUMERALS.includes(text[p] ?? "x")) p++;
  if (p === from) return -1;
  if (paren) return text[p] === ")" ? p + 1 : -1;
  return text[p] === "、" || text[p] === "." ? p + 1 : -1;
}

/** Digits followed by a Latin letter open a name (5G基站), not a value. */
export function latinNumber(text: string, pos: number): boolean {
  let p = pos;
  while (p - pos < 4 && isDigit(text[p])) p++;
  return p > pos && isAsciiLetter(text[p]);
}

/** The whole number written at `pos` (at most three digits), or -1. */
export function leadingDigits(text: string, pos: number): number {
  let p = pos;
  while (p - pos < 3 && isDigit(text[p])) p++;
  return p > pos ? Number(text.slice(pos, p)) : -1;
}

/** Circled numbers some tables use for rows: ① … ⑳. */
export const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** The row number `num` written at `pos` as 1 / 1. / 1、 / (1) / ①: the position after it, or -1. */
export function rowNumberEnd(text: string, pos: number, num: string): number {
  const n = Number(num);
  if (n >= 1 && n <= CIRCLED.length && text[pos] === CIRCLED[n - 1]) return pos + 1;
  const paren = text[pos] === "(";
  const at = paren ? pos + 1 : pos;
  // Decimals (5.7) and category markers (7三、民生福祉) are not a row number.
  if (!text.startsWith(num, at) || text[pos - 1] === ".") return -1;
  let p = at + num.length;
  if (categoryMarkerEnd(text, p) > 0) return -1;
  if (paren) return text[p] === ")" ? p + 1 : -1;
  // 115G基站: row 11, then the name 5G基站.
  if (isDigit(text[p]) && !latinNumber(text, p)) return -1;
  if (text[p] === "、" || (text[p] === "." && !isDigit(text[p + 1]))) p++;
  return p;
}
