/**
 * Words the table reader recognises, as data. Longer entries come first where one is a prefix of
 * another so a first-match scan finds the longest word.
 */
import type { Attribute, Qualifier } from "../../record";

/** What a header cell says its column holds. `year` is a bare year (2020年) resolved
 * later; `other` a column the reader skips. */
export type ColumnRole =
  | "number"
  | "category"
  | "indicator"
  | "unit"
  | "base"
  | "target"
  | "growth"
  | "attribute"
  | "baseGrowth"
  | "year"
  | "other";

export const VALUE_ROLES: readonly ColumnRole[] = ["base", "target", "growth", "baseGrowth"];

export interface HeaderWord {
  word: string;
  role: ColumnRole;
  /** Growth columns headed 累计 hold a change over the whole period, not an annual rate. */
  cumulative?: boolean;
  /** Base columns headed 预计 hold an estimate, not an actual. */
  estimate?: boolean;
}

export const HEADER_WORDS: readonly HeaderWord[] = [
  { word: "指标属性", role: "attribute" },
  { word: "指标类型", role: "attribute" },
  { word: "指标性质", role: "attribute" },
  { word: "属性", role: "attribute" },
  { word: "性质", role: "attribute" },
  { word: "指标名称", role: "indicator" },
  { word: "指标", role: "indicator" },
  { word: "项目名称", role: "indicator" },
  { word: "项目", role: "indicator" },
  { word: "名称", role: "indicator" },
  { word: "序号", role: "number" },
  { word: "编号", role: "number" },
  { word: "类别", role: "category" },
  { word: "分类", role: "category" },
  { word: "领域", role: "category" },
  { word: "维度", role: "category" },
  { word: "计量单位", role: "unit" },
  { word: "单位", role: "unit" },
  { word: "基期值", role: "base" },
  { word: "基期", role: "base" },
  { word: "基数", role: "base" },
  { word: "基年值", role: "base" },
  { word: "基准值", role: "base" },
  { word: "基础值", role: "base" },
  { word: "现状值", role: "base" },
  { word: "现状", role: "base" },
  { word: "实际值", role: "base" },
  { word: "上年预计", role: "base", estimate: true },
  { word: "上年完成", role: "base" },
  { word: "上年实际", role: "base" },
  { word: "上年", role: "base" },
  { word: "预计完成", role: "base", estimate: true },
  { word: "预计", role: "base", estimate: true },
  { word: "完成值", role: "base" },
  { word: "完成", role: "base" },
  { word: "实际", role: "base" },
  { word: "目标值", role: "target" },
  { word: "规划目标", role: "target" },
  { word: "预期目标", role: "target" },
  { word: "目标", role: "target" },
  { word: "规划值", role: "target" },
  { word: "预期值", role: "target" },
  { word: "计划值", role: "target" },
  { word: "计划", role: "target" },
  { word: "年均增长率", role: "growth" },
  { word: "年均增长", role: "growth" },
  { word: "年均增速", role: "growth" },
  { word: "年均增幅", role: "growth" },
  { word: "年均/累计", role: "growth" },
  { word: "年均", role: "growth" },
  { word: "增长率", role: "growth" },
  { word: "增长", role: "growth" },
  { word: "增速", role: "growth" },
  { word: "增幅", role: "growth" },
  { word: "累计", role: "growth", cumulative: true },
];

/** Words that may open a table header; the scan for headers only looks at these. */
export const HEADER_OPENERS: readonly string[] = [
  "指标",
  "序号",
  "编号",
  "类别",
  "分类",
  "领域",
  "项目",
  "名称",
];

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
 * Units a value cell may carry after its number. Kept short on purpose: a table's units normally
 * sit in the indicator's brackets or a unit column; cells only add these.
 */
export const CELL_UNITS: readonly string[] = [
  "个百分点",
  "百分点",
  "%",
  "‰",
  "倍",
  "万亿元",
  "亿美元",
  "万美元",
  "亿元",
  "万元",
  "元",
  "万人",
  "万户",
  "万吨",
  "万千瓦",
  "万平方米",
  "平方公里",
  "公里",
  "千米",
  "家",
  "个",
  "件",
  "项",
  "所",
  "人",
  "户",
  "天",
  "年",
  "岁",
  "吨",
];

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
 * Compound units are these joined by / or · (万元/人·年, 吨标准煤/万元).
 */
export const UNIT_WORDS: readonly string[] = [
  "亿千瓦时",
  "万千瓦时",
  "千瓦时",
  "万千瓦",
  "吨标准煤",
  "微克/立方米",
  "立方米",
  "平方米",
  "平方公里",
  "公顷",
  "万亩",
  "亩",
  "万亿元",
  "亿美元",
  "万美元",
  "美元",
  "亿元",
  "万元",
  "元",
  "万人次",
  "人次",
  "万人",
  "人",
  "万户",
  "户",
  "万吨",
  "吨",
  "个百分点",
  "百分点",
  "%",
  "‰",
  "公里",
  "千米",
  "米",
  "个",
  "家",
  "件",
  "项",
  "所",
  "张",
  "辆",
  "台",
  "次",
  "床",
  "年",
  "岁",
  "天",
  "小时",
  "倍",
  "分",
  "万标准箱",
  "标准箱",
  "箱",
  "艘",
  "座",
  "处",
  "套",
  "千克",
  "公斤",
  "克",
  "升",
  "万辆",
];

/**
 * Category names of plan indicator tables, longest first where one starts another, to split a
 * category from the name that follows it when a flattened table has no row numbers.
 */
export const CATEGORY_WORDS: readonly string[] = [
  "经济发展",
  "经济结构",
  "结构优化",
  "创新驱动",
  "科技创新",
  "民生福祉",
  "人民生活",
  "社会发展",
  "公共服务",
  "绿色生态",
  "绿色转型",
  "绿色发展",
  "生态环境",
  "资源环境",
  "安全保障",
  "改革开放",
  "开放合作",
  "对外开放",
  "城乡融合",
  "城乡发展",
  "文化建设",
  "社会治理",
  "质量效益",
  "产业发展",
];

/** Qualitative cells containing these speak of growth, so they sit in a growth column. */
export const GROWTH_WORDS: readonly string[] = ["同步", "增长", "增速", "增幅", "快于", "慢于"];
