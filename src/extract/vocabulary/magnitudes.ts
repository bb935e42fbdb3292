/**
 * Magnitude words as data (part of the units table, ./units.ts). A file of their own, so that
 * src/model/units.ts (in the functions' first script, loaded before the pane's first paint) takes only
 * these few words, not the whole extraction vocabulary.
 */

export interface Magnitude {
  word: string;
  factor: number;
  /** A unit on its own after a number (700亿, 10万); 千 and 百 alone are not (500千伏). */
  bare?: boolean;
  /** Combines with table units (万人, 亿元, 千克, 百万吨). */
  table?: boolean;
}

export const MAGNITUDE_WORDS: readonly Magnitude[] = [
  { word: "万亿", factor: 1e12, bare: true, table: true },
  { word: "千亿", factor: 1e11, table: true },
  { word: "百亿", factor: 1e10 },
  { word: "千万", factor: 1e7 },
  { word: "百万", factor: 1e6, table: true },
  { word: "十万", factor: 1e5 },
  { word: "亿", factor: 1e8, bare: true, table: true },
  { word: "万", factor: 1e4, bare: true, table: true },
  { word: "千", factor: 1e3, table: true },
  { word: "百", factor: 1e2 },
];

/** Magnitude words, longest first (万亿 before 万), with their factors. */
export const MAGNITUDE_FACTORS: readonly [word: string, factor: number][] = [...MAGNITUDE_WORDS]
  .sort((a, b) => b.word.length - a.word.length)
  .map((m) => [m.word, m.factor]);
