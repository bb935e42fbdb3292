/**
 * Reads the unit after a number in prose. A unit is an optional magnitude word (万, 亿 …, kept in the
 * unit: 500亿元 stays 500 with unit 亿元) + a base unit + optionally "/" and a denominator (万元/人·年,
 * 吨标准煤/万元). The words come from the vocabulary (src/extract/vocabulary), where each is listed once.
 */
import {
  BARE_MAGNITUDES,
  CANONICAL_UNITS,
  DECIMAL_ONLY_UNITS,
  DENOMINATOR_UNITS,
  indexWords,
  MAGNITUDES,
  PROSE_UNITS,
  UNIT_SUFFIXES,
  UNIT_WORD_BREAKS,
  wordAt,
} from "./vocabulary";

export { BARE_MAGNITUDES, MAGNITUDES } from "./vocabulary";
/** Base units prose reads, longest first. */
export const BASE_UNITS = PROSE_UNITS;
export const DENOMINATORS = DENOMINATOR_UNITS;
export { UNIT_SUFFIXES };

const MAGNITUDE_INDEX = indexWords(MAGNITUDES);
const BASE_INDEX = indexWords(PROSE_UNITS);
const DENOM_INDEX = indexWords(DENOMINATOR_UNITS);
const SUFFIX_INDEX = indexWords(UNIT_SUFFIXES);
const WORD_BREAKS = new Map(UNIT_WORD_BREAKS);

/** Skips spaces (documents write `2025 年`, `200 家`). */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i++;
  return i;
}

/**
 * The number just before `i` (spaces allowed) is a decimal with one or two decimals, written after
 * words: 受教育年限11.2年. Not PM2.5年均浓度 (a name's number, then 年均), not 20.2026年 (a list
 * number run into a year). Looks back a few characters.
 */
function afterDecimal(text: string, i: number): boolean {
  if (text[i + 1] === "均") return false;
  let k = i - 1;
  while (k >= 0 && i - k < 4 && (text[k] === " " || text[k] === "\u00a0")) k--;
  const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
  let fraction = 0;
  while (k >= 0 && isDigit(text[k]) && fraction < 3) {
    k--;
    fraction++;
  }
  if (fraction < 1 || fraction > 2 || text[k] !== "." || !isDigit(text[k - 1])) return false;
  k--;
  for (let n = 0; k >= 0 && isDigit(text[k]) && n < 4; n++) k--;
  return k < 0 || !/[A-Za-z_]/.test(text[k]);
}

/**
 * Reads a unit starting at `i` (spaces allowed before it). Returns the unit as written (without spaces)
 * and the end offset, or undefined when no unit follows. A bare magnitude word (700亿) is a unit too.
 */
export function readUnit(text: string, i: number): { unit: string; end: number } | undefined {
  const from = skipSpaces(text, i);
  let j = from;
  let unit = "";
  const magnitude = wordAt(text, j, MAGNITUDE_INDEX);
  // 千瓦时 and 千米 are units of their own, not 千 + a unit: the longer reading wins.
  const whole = wordAt(text, j, BASE_INDEX);
  let base = magnitude ? wordAt(text, j + magnitude.length, BASE_INDEX) : undefined;
  if (magnitude && whole && (!base || whole.length >= magnitude.length + base.length)) base = undefined;
  if (magnitude && !(whole && !base)) {
    unit += magnitude;
    j += magnitude.length;
  } else base = whole;
  if (base && DECIMAL_ONLY_UNITS.has(base) && !(unit === "" && afterDecimal(text, from))) base = undefined;
  const breaks = base ? WORD_BREAKS.get(base) : undefined;
  if (breaks?.includes(text[j + (base ?? "").length])) base = undefined;
  if (base) {
    unit += CANONICAL_UNITS.get(base) ?? base;
    j += base.length;
  } else if (!magnitude || unit !== magnitude || !BARE_MAGNITUDES.includes(magnitude)) {
    return undefined;
  }
  if (text[j] === "/") {
    const denom = wordAt(text, j + 1, DENOM_INDEX);
    if (denom) {
      unit += "/" + denom;
      j += 1 + denom.length;
    }
  }
  const suffix = wordAt(text, j, SUFFIX_INDEX);
  if (suffix && base) {
    unit += suffix;
    j += suffix.length;
  }
  return { unit, end: j };
}
