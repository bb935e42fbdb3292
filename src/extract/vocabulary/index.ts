/**
 * The extraction vocabulary in one place, as data, and the lists each reader derives from it:
 * prose units (src/extract/units.ts), table unit words and cell units (src/extract/tables/lexicon.ts),
 * magnitude factors (src/model/units.ts). Each word is written once, in ./units.ts, ./tableWords.ts or ./cues.ts (cue, qualifier, growth and fall words).
 */
import { MAGNITUDE_FACTORS, MAGNITUDE_WORDS, UNIT_SUFFIX_WORDS, UNIT_WORDS, type UnitWord } from "./units";

export * from "./cues";
export * from "./tableWords";
export { MAGNITUDE_FACTORS, MAGNITUDE_WORDS, UNIT_SUFFIX_WORDS, UNIT_WORDS, UNIT_WORD_BREAKS } from "./units";
export type { Magnitude, UnitWord } from "./units";

const byLength = (words: Iterable<string>): string[] =>
  [...new Set(words)].sort((a, b) => b.length - a.length);

const inProse = (u: UnitWord): boolean => u.prose !== false;
const inTables = (u: UnitWord): boolean => u.table !== false;

/** Magnitude words, longest first (万亿 before 万); their factors are MAGNITUDE_FACTORS (./magnitudes.ts). */
export const MAGNITUDES: readonly string[] = MAGNITUDE_FACTORS.map(([word]) => word);
/** Magnitudes that are a unit on their own after a number (700亿, 10万). */
export const BARE_MAGNITUDES: readonly string[] = MAGNITUDE_WORDS.filter((m) => m.bare).map((m) => m.word);

/** Base units prose reads after a number, longest first. */
export const PROSE_UNITS: readonly string[] = byLength(UNIT_WORDS.filter(inProse).map((u) => u.word));
/** Prose units read only after a decimal number (11.2年). */
export const DECIMAL_ONLY_UNITS: ReadonlySet<string> = new Set(
  UNIT_WORDS.filter((u) => u.afterDecimal).map((u) => u.word),
);
/** Canonical forms of units written another way (百分点 → 个百分点). */
export const CANONICAL_UNITS: ReadonlyMap<string, string> = new Map(
  UNIT_WORDS.filter((u) => u.canonical).map((u) => [u.word, u.canonical!]),
);

/** Denominators after "/" (万元/人·年, 吨标准煤/万元), each with its magnitudes. */
export const DENOMINATOR_UNITS: readonly string[] = byLength(
  UNIT_WORDS.flatMap((u) => (u.denominator ?? []).map((m) => m + u.word)),
);

/** Units of table unit columns and name brackets, bare and with a table magnitude (亿元, 万人, 千克). */
export const TABLE_UNITS: readonly string[] = byLength(
  UNIT_WORDS.filter(inTables).flatMap((u) =>
    u.word === "%" || u.word === "‰" || u.word.includes("百分点")
      ? [u.word]
      : ["", ...MAGNITUDE_WORDS.filter((m) => m.table).map((m) => m.word)].map((m) => m + u.word),
  ),
);

/** Units a table value cell may carry after its number (1.2个百分点, 5万人), longest first. */
export const CELL_UNITS: readonly string[] = byLength(
  UNIT_WORDS.flatMap((u) => (u.cell ?? []).map((m) => m + u.word)),
);

/** Last characters of table units: a short cell ending in one of them is a unit cell (亿元, 万人). */
export const UNIT_ENDINGS: string = [
  ...new Set(
    UNIT_WORDS.filter((u) => inTables(u) && u.ending !== false && !/[a-z0-9²]/.test(u.word)).map(
      (u) => u.word[u.word.length - 1],
    ),
  ),
].join("");

/** Words by first character, longest first: a lookup tries only the few that can match. */
export type WordIndex = ReadonlyMap<string, readonly string[]>;

export function indexWords(words: readonly string[]): WordIndex {
  const index = new Map<string, string[]>();
  for (const w of byLength(words)) index.set(w[0], [...(index.get(w[0]) ?? []), w]);
  return index;
}

/** The longest word of `index` written at `pos`, or undefined. */
export function wordAt(text: string, pos: number, index: WordIndex): string | undefined {
  const words = index.get(text[pos]);
  if (words) for (const w of words) if (text.startsWith(w, pos)) return w;
  return undefined;
}

export const UNIT_SUFFIXES: readonly string[] = UNIT_SUFFIX_WORDS;

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A test for "the text holds / starts with / ends with one of these words", compiled once into one
 * regular expression: one pass over a name instead of one `includes` per word (these run per value).
 */
export function wordTest(words: readonly string[], where: "in" | "start" | "end"): (text: string) => boolean {
  const alternatives = byLength(words.filter(Boolean)).map(escapeRe).join("|");
  if (!alternatives) return () => false;
  const re = new RegExp(
    where === "start" ? `^(?:${alternatives})` : where === "end" ? `(?:${alternatives})$` : alternatives,
  );
  return (text) => re.test(text);
}
