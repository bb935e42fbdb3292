/**
 * Words of plan indicator tables as data: header words and the role of the column each one heads,
 * the words that may open a header, and common category names. The table reader's lists derive
 * from these (src/extract/tables/lexicon.ts).
 */

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
  /** Growth columns headed 年均 or 累计 speak of the whole plan period, never of one year. */
  average?: boolean;
}

export const HEADER_WORDS: readonly HeaderWord[] = [
  { word: "指标属性", role: "attribute" },
  { word: "指标类型", role: "attribute" },
  { word: "指标性质", role: "attribute" },
  { word: "属性", role: "attribute" },
  { word: "性质", role: "attribute" },
  { word: "主要指标", role: "indicator" },
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
  { word: "预计完成值", role: "base", estimate: true },
  { word: "预计完成", role: "base", estimate: true },
  { word: "预计值", role: "base", estimate: true },
  { word: "预计", role: "base", estimate: true },
  // a final evaluation judges each row in words (已完成, 未完成): not a column of values
  { word: "完成情况", role: "other" },
  { word: "实际完成值", role: "base" },
  { word: "实际完成", role: "base" },
  { word: "完成值", role: "base" },
  { word: "完成", role: "base" },
  { word: "实际", role: "base" },
  { word: "目标值", role: "target" },
  { word: "期末值", role: "target" },
  { word: "规划目标", role: "target" },
  { word: "预期目标", role: "target" },
  { word: "目标", role: "target" },
  { word: "规划值", role: "target" },
  { word: "预期值", role: "target" },
  { word: "计划值", role: "target" },
  { word: "计划", role: "target" },
  { word: "年均增长率", role: "growth", average: true },
  { word: "年均增长", role: "growth", average: true },
  { word: "年均增速", role: "growth", average: true },
  { word: "年均增幅", role: "growth", average: true },
  { word: "年均/累计", role: "growth", average: true },
  { word: "年均", role: "growth", average: true },
  { word: "增长率", role: "growth" },
  { word: "增长", role: "growth" },
  { word: "增速", role: "growth" },
  { word: "增幅", role: "growth" },
  { word: "累计变化", role: "growth", cumulative: true, average: true },
  { word: "累计增长", role: "growth", cumulative: true, average: true },
  { word: "累计降低", role: "growth", cumulative: true, average: true },
  { word: "累计", role: "growth", cumulative: true, average: true },
  { word: "备注", role: "other" },
  { word: "说明", role: "other" },
  // mid-term evaluation tables judge each row's progress in words (达到预期, 滞后)
  { word: "进度评价", role: "other" },
  { word: "评价", role: "other" },
  { word: "进展情况", role: "other" },
  { word: "达标情况", role: "other" },
];

/** Words that may open a table header; the scan for headers only looks at these. */
export const HEADER_OPENERS: readonly string[] = [
  "指标",
  "主要指标",
  "序号",
  "编号",
  "类别",
  "分类",
  "领域",
  "项目",
  "名称",
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
