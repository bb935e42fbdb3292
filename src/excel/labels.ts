/** Words written into sheet cells for record enums, per language (data, not branches). */
import type { Kind, Measure, Qualifier } from "../record";
import type { Language } from "../record/language";
import { ACHIEVED_EARLY, STATUS_WORDS, type Status } from "../model/gap";

/** The pane's language (one union for the whole add-in). */
export type SheetLanguage = Language;

export const KIND_LABELS: Record<Kind, Record<SheetLanguage, string>> = {
  target: { zh: "目标", en: "target" },
  actual: { zh: "实际", en: "actual" },
  estimate: { zh: "预计", en: "estimate" },
};

export const MEASURE_LABELS: Record<Measure, Record<SheetLanguage, string>> = {
  level: { zh: "水平", en: "level" },
  growth: { zh: "增速", en: "growth" },
  change: { zh: "变化", en: "change" },
};

/** Never the bare "=" of the record format: a lone "=" typed into a cell starts a formula. */
export const QUALIFIER_LABELS: Record<Qualifier, Record<SheetLanguage, string>> = {
  "=": { zh: "", en: "" },
  "~": { zh: "左右", en: "about" },
  ">=": { zh: "≥", en: "≥" },
  ">": { zh: "超过", en: ">" },
  "<=": { zh: "≤", en: "≤" },
  "<": { zh: "低于", en: "<" },
};

/** The title row's note of when the sheet was written (UTC, minutes). */
export const LOADED_AT: Record<SheetLanguage, string> = {
  zh: "载入于 {time} UTC",
  en: "loaded {time} UTC",
};

/** Messages of the input columns' data validation. */
export const INPUT_MESSAGES = {
  actualYear: { zh: "请输入 {min} 至 {max} 之间的年份。", en: "Type a year between {min} and {max}." },
  actual: {
    zh: "请输入数值（不带单位或文字）；百分数请输入 90% 或 0.9；增速目标填实际增速，累计目标填累计完成数。",
    en: "Type a number (no unit or words): 90% or 0.9 for percentages, the growth rate for growth targets, the total so far for cumulative ones.",
  },
  base: {
    zh: "基期值：文件未给出时请自行填写（如取自统计公报）；百分数请输入 90% 或 0.9。",
    en: "Base value: type it where the document has none (e.g. from the statistical bulletin); 90% or 0.9 for percentages.",
  },
  baseYear: { zh: "请输入基期年份（{min} 至 {max}）。", en: "Type the base year ({min}–{max})." },
} satisfies Record<string, Record<SheetLanguage, string>>;

export const REMOVED_MARK: Record<SheetLanguage, string> = {
  zh: "最新数据中已无",
  en: "not in latest data",
};

/**
 * Status as PLAN.STATUS returns it in the sheet's language (codes in English, the words of China's plan
 * reviews in Chinese, from src/model/gap.ts), with the conditional-format colours (Excel's built-in good /
 * neutral / bad styles) and the summary labels.
 */
export interface StatusStyle {
  code: Status;
  /** What STATUS returns, per language: 已完成 and 提前完成 are both "achieved". */
  words: Record<SheetLanguage, readonly string[]>;
  label: Record<SheetLanguage, string>;
  fill: string;
  font: string;
}

const style = (
  code: Status,
  label: Record<SheetLanguage, string>,
  fill: string,
  font: string,
): StatusStyle => ({
  code,
  words: {
    en: [STATUS_WORDS[code].en],
    zh: code === "achieved" ? [ACHIEVED_EARLY.zh, STATUS_WORDS[code].zh] : [STATUS_WORDS[code].zh],
  },
  label,
  fill,
  font,
});

export const STATUS_STYLES: readonly StatusStyle[] = [
  style("achieved", { zh: "已完成", en: "Achieved" }, "#C6EFCE", "#006100"),
  style("ahead", { zh: "快于预期", en: "Ahead" }, "#DDEBF7", "#1F4E78"),
  style("on track", { zh: "符合预期", en: "On track" }, "#FFEB9C", "#9C5700"),
  style("behind", { zh: "滞后于预期", en: "Behind" }, "#FFC7CE", "#9C0006"),
  style("qualitative", { zh: "定性目标", en: "Qualitative" }, "#EDEDED", "#595959"),
];

/** The plan attributes the summary counts (约束性 binding, 预期性 indicative). */
export const ATTRIBUTE_LABELS = [
  { value: "约束性", label: { zh: "约束性", en: "Binding 约束性" } },
  { value: "预期性", label: { zh: "预期性", en: "Indicative 预期性" } },
] as const;
