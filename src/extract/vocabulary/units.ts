/**
 * Units and magnitudes as data: each unit is listed once, with where it is read. Every list a reader
 * needs (prose units, table unit words, the units a table cell may carry, magnitude factors) is derived
 * from these two tables (the magnitudes in ./magnitudes.ts) in ./index.ts, so the readers cannot drift
 * apart again.
 *
 * A unit as written is [magnitude] base [/ denominator]: 500亿元 stays 500 with unit 亿元.
 */

export { MAGNITUDE_FACTORS, MAGNITUDE_WORDS, type Magnitude } from "./magnitudes";

export interface UnitWord {
  word: string;
  /** Read after a number in prose (default true). 小时 and 分 are not: there they are times and scores. */
  prose?: boolean;
  /** In prose only after a decimal number: 人均受教育年限11.2年 (a year is never written 2025.0年). */
  afterDecimal?: boolean;
  /** Written in a table's unit column or a name's brackets (default true). */
  table?: boolean;
  /** Magnitudes ("" = none) with which a table value cell may carry the unit after its number. */
  cell?: readonly string[];
  /** Magnitudes ("" = none) with which the unit may follow "/" in a ratio (吨标准煤/万元, 万元/人·年). */
  denominator?: readonly string[];
  /** A cell of at most four characters ending in this unit's last character is a unit cell (default true). */
  ending?: boolean;
  /** The form records use (百分点 → 个百分点). */
  canonical?: string;
}

const NONE = [""];
const SCALED = ["", "万"];

export const UNIT_WORDS: readonly UnitWord[] = [
  { word: "个百分点", cell: NONE },
  { word: "百分点", canonical: "个百分点", cell: NONE },
  { word: "%", cell: NONE },
  { word: "‰", cell: NONE },
  { word: "倍", cell: NONE },
  { word: "吨标准煤" },
  { word: "标准煤", table: false },
  { word: "平方公里", cell: NONE, denominator: NONE },
  { word: "平方米", cell: ["万"], denominator: NONE },
  { word: "立方米", denominator: NONE },
  { word: "千瓦时" },
  { word: "人民币", table: false },
  { word: "美元", cell: ["万", "亿"] },
  { word: "欧元", table: false },
  { word: "元", cell: ["", "万", "亿", "万亿"], denominator: ["万", "亿", "百亿"] },
  { word: "人次" },
  { word: "人·年", prose: false, table: false, denominator: NONE },
  { word: "人年", prose: false, table: false, denominator: NONE },
  { word: "人", cell: SCALED, denominator: ["", "万", "千"] },
  { word: "家", cell: NONE },
  { word: "个", cell: NONE },
  { word: "项", cell: NONE },
  { word: "件", cell: NONE },
  { word: "所", cell: NONE },
  { word: "座" },
  { word: "条", table: false },
  { word: "处" },
  { word: "套" },
  { word: "间", table: false },
  { word: "张" },
  { word: "户", cell: SCALED },
  { word: "名", table: false },
  { word: "位", table: false },
  { word: "台" },
  { word: "辆" },
  { word: "艘" },
  { word: "架", table: false },
  { word: "栋", table: false },
  { word: "幢", table: false },
  { word: "亩次" },
  { word: "亩", denominator: NONE },
  { word: "公顷" },
  { word: "平米", table: false },
  { word: "公里", cell: NONE },
  { word: "千米", cell: NONE },
  { word: "厘米" },
  { word: "毫米" },
  { word: "米" },
  { word: "m2", table: false },
  { word: "m²", table: false },
  { word: "km", table: false },
  { word: "微克" },
  { word: "毫克", table: false },
  { word: "克拉", table: false },
  { word: "克" },
  { word: "公斤" },
  { word: "斤", table: false },
  { word: "吨", cell: SCALED, denominator: NONE },
  { word: "千瓦", cell: ["万"] },
  { word: "兆瓦", table: false },
  { word: "天", cell: NONE, denominator: NONE },
  { word: "日", prose: false, table: false, denominator: NONE },
  { word: "次" },
  { word: "场", table: false },
  { word: "批", table: false },
  { word: "班次", table: false },
  { word: "班", table: false },
  { word: "列", table: false },
  { word: "标箱", table: false },
  { word: "标准箱" },
  { word: "箱" },
  { word: "对", table: false },
  { word: "块", table: false },
  { word: "岁", cell: NONE },
  { word: "床" },
  { word: "枚", table: false },
  { word: "部", table: false },
  { word: "篇", table: false },
  { word: "支", table: false },
  { word: "只", table: false },
  { word: "头", table: false },
  { word: "株", table: false },
  { word: "棵", table: false },
  { word: "升" },
  { word: "年", afterDecimal: true, cell: NONE, denominator: NONE },
  { word: "小时", prose: false },
  { word: "度", prose: false },
  { word: "分", prose: false, ending: false },
  { word: "批次", table: false },
  // 低保标准645元/月: a month only as a denominator
  { word: "月", prose: false, table: false, denominator: NONE },
  { word: "方", table: false, denominator: NONE },
];

/** Bracketed suffixes that belong to the unit before them: 万套(间). */
export const UNIT_SUFFIX_WORDS: readonly string[] = ["(间)", "(套)"];

/** A unit followed by these characters is the start of another word (迈上5万亿台阶: 台阶, no 台). */
export const UNIT_WORD_BREAKS: readonly [string, readonly string[]][] = [
  ["台", ["阶"]],
  // 10亿方 (cubic metres) but 5方面, 3.0方案
  ["方", ["面", "案", "式", "向", "法", "针", "位", "便", "舱", "阵", "言", "志"]],
];
