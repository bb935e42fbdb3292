/**
 * Words the table reader recognises, as data; header words and units come from the vocabulary
 * (src/extract/vocabulary), the cell words (qualifiers, empty marks, qualitative openers) live here. Longer entries come first where one is a prefix of
 * another so a first-match scan finds the longest word.
 */
import type { Attribute, Qualifier } from "../../record";

export {
  CATEGORY_WORDS,
  HEADER_OPENERS,
  HEADER_WORDS,
  VALUE_ROLES,
  type ColumnRole,
  type HeaderWord,
} from "../vocabulary";

export const ATTRIBUTES: readonly Attribute[] = ["预期性", "约束性"];

export interface QualifierWord {
  word: string;
  qualifier: Qualifier;
}

/** Written before a number: ≥500, 不低于90. */
export const QUALIFIER_PREFIXES: readonly QualifierWord[] = [
  { word: "≥", qualifier: ">=" },
  { word: ">=", qualifier: ">=" },
  { word: "≤", qualifier: "<=" },
  { word: "<=", qualifier: "<=" },
  { word: ">", qualifier: ">" },
  { word: "<", qualifier: "<" },
  { word: "不低于", qualifier: ">=" },
  { word: "不少于", qualifier: ">=" },
  { word: "至少", qualifier: ">=" },
  { word: "不超过", qualifier: "<=" },
  { word: "不高于", qualifier: "<=" },
  { word: "控制在", qualifier: "<=" },
  { word: "超过", qualifier: ">" },
  { word: "突破", qualifier: ">" },
  { word: "大于", qualifier: ">" },
  { word: "高于", qualifier: ">" },
  { word: "低于", qualifier: "<" },
  { word: "小于", qualifier: "<" },
  { word: "约", qualifier: "~" },
  { word: "达到", qualifier: "=" },
  { word: "保持在", qualifier: "=" },
  { word: "力争", qualifier: "=" },
];

/** Written after a number (and its unit): 4左右, 85%以上. */
export const QUALIFIER_SUFFIXES: readonly QualifierWord[] = [
  { word: "左右", qualifier: "~" },
  { word: "上下", qualifier: "~" },
  { word: "及以上", qualifier: ">=" },
  { word: "以上", qualifier: ">=" },
  { word: "以内", qualifier: "<=" },
  { word: "以下", qualifier: "<=" },
];

/**
 * Units a value cell may carry after its number (from the vocabulary). Kept short on purpose: a table's
 * units normally sit in the indicator's brackets or a unit column; cells only add these.
 */
export { CELL_UNITS } from "../vocabulary";

/** Range joiners between two numbers run together in a flattened row: 30%—35%, 1~2. */
export const RANGE_JOINERS: readonly string[] = ["~", "～", "—", "–", "至"];

/** Inside one separated cell a hyphen joins a range too (1-2), the cell's extent being known. */
export const CELL_RANGE_JOINERS: readonly string[] = [...RANGE_JOINERS, "-", "到"];

/** Cells meaning "no value". */
export const EMPTY_CELLS: readonly string[] = ["-", "--", "—", "——", "–", "/", "/", "无", "…"];

/** Chinese numerals that number category rows (一、结构优化). */
export const CATEGORY_NUMERALS = "一二三四五六七八九十";

/**
 * How qualitative cells open (高于全市平均水平, 完成市定目标, 与经济增长基本同步): text starting so
 * is a cell, never the name of the next row.
 */
export const QUALITATIVE_OPENERS: readonly string[] = [
  "高于",
  "低于",
  "不低于",
  "不高于",
  "完成",
  "达到",
  "与",
  "同",
  "保持",
  "稳定",
  "逐步",
  "持续",
  "力争",
  "基本",
  "同步",
  "略高于",
  "快于",
  "慢于",
  "控制在",
  "确保",
  "实现",
  "全面",
  "进一步",
  "不断",
  "明显",
  "显著",
  "符合",
  "满足",
  "省下达",
  "市下达",
  "国家下达",
];

/**
 * Units a unit column may hold, for splitting a unit off a name it ran into (地区生产总值亿元).
 * Compound units are these joined by / or · (万元/人·年, 吨标准煤/万元). From the vocabulary.
 */
export { TABLE_UNITS as UNIT_WORDS, UNIT_ENDINGS } from "../vocabulary";

/** Qualitative cells containing these speak of growth, so they sit in a growth column. */
export const GROWTH_WORDS: readonly string[] = ["同步", "增长", "增速", "增幅", "快于", "慢于"];
