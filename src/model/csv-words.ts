/**
 * The words of the CSV import: header synonyms per field, and the kinds, measures and qualifiers a cell
 * may name, in Chinese and English (compared after normalizeKey: case, width and spaces ignored).
 */
import type { Attribute, Kind, Measure, Qualifier } from "../record";

export type CsvField =
  | "region"
  | "indicator"
  | "year"
  | "value"
  | "unit"
  | "kind"
  | "measure"
  | "qualifier"
  | "value_max"
  | "period_start"
  | "attribute"
  | "note";

/**
 * Header words that name each field (compared after normalizeKey: case, width and spaces ignored), best
 * first: where several columns match a field, the one named by the earlier word wins.
 */
export const HEADER_SYNONYMS: Record<CsvField, readonly string[]> = {
  region: ["region", "region_id", "area", "jurisdiction", "地区", "区域", "行政区", "地方"],
  indicator: ["indicator", "indicator_id", "name", "metric", "指标", "指标名称", "指标名", "项目"],
  year: ["year", "年份", "年度", "年"],
  value: [
    "value",
    "amount",
    "figure",
    "actual",
    "target",
    "数值",
    "数据",
    "值",
    "实际值",
    "目标值",
    "完成值",
  ],
  unit: ["unit", "units", "单位", "单位名称", "计量单位", "单位(计量)"],
  kind: ["kind", "type", "类型", "类别", "性质(目标/实际)"],
  measure: ["measure", "度量", "口径"],
  qualifier: ["qualifier", "限定", "限定词", "比较"],
  value_max: ["value_max", "max", "upper", "上限"],
  period_start: ["period_start", "from", "start", "起始年", "开始年份"],
  attribute: ["attribute", "属性", "指标属性"],
  // The exported record CSV has both "quote" and "source" (table/prose): the passage wins.
  note: ["note", "notes", "comment", "quote", "备注", "说明", "原文", "来源", "source"],
};

export const REQUIRED_FIELDS: readonly CsvField[] = ["region", "indicator", "year", "value"];

export const KIND_WORDS: Record<string, Kind> = {
  target: "target",
  goal: "target",
  plan: "target",
  目标: "target",
  目标值: "target",
  规划: "target",
  actual: "actual",
  实际: "actual",
  实际值: "actual",
  完成: "actual",
  完成值: "actual",
  estimate: "estimate",
  expected: "estimate",
  预计: "estimate",
  预计值: "estimate",
};

export const MEASURE_WORDS: Record<string, Measure> = {
  level: "level",
  总量: "level",
  水平: "level",
  growth: "growth",
  增长: "growth",
  增速: "growth",
  增长率: "growth",
  change: "change",
  变化: "change",
  增减: "change",
};

export const QUALIFIER_WORDS: Record<string, Qualifier> = {
  "=": "=",
  "": "=",
  达到: "=",
  "~": "~",
  "≈": "~",
  约: "~",
  左右: "~",
  about: "~",
  ">=": ">=",
  "≥": ">=",
  以上: ">=",
  不低于: ">=",
  不少于: ">=",
  atleast: ">=",
  ">": ">",
  超过: ">",
  突破: ">",
  morethan: ">",
  "<=": "<=",
  "≤": "<=",
  以内: "<=",
  以下: "<=",
  不超过: "<=",
  atmost: "<=",
  "<": "<",
  低于: "<",
  lessthan: "<",
};

export const ATTRIBUTES: readonly Attribute[] = ["预期性", "约束性"];

/** Endings that make an indicator's wording a growth rate (GDP增速 is the growth of GDP, not its level). */
export const GROWTH_SUFFIXES = ["增长率", "增速", "增幅", "增长", "growthrate", "growth"];
