/** Words written into sheet cells for record enums, per language (data, not branches). */
import type { Kind, Measure, Qualifier } from "../record";

export type SheetLanguage = "zh" | "en";

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
  actual: { zh: "请输入数值（不带单位或文字）。", en: "Type a number (no unit or words)." },
} satisfies Record<string, Record<SheetLanguage, string>>;

export const REMOVED_MARK: Record<SheetLanguage, string> = {
  zh: "最新数据中已无",
  en: "not in latest data",
};

/**
 * Status words as PLAN.STATUS returns them, with the conditional-format colours (Excel's built-in
 * good / neutral / bad styles) and the summary labels.
 */
export interface StatusStyle {
  value: string;
  label: Record<SheetLanguage, string>;
  fill: string;
  font: string;
}

export const STATUS_STYLES: readonly StatusStyle[] = [
  { value: "achieved", label: { zh: "已达成", en: "Achieved" }, fill: "#C6EFCE", font: "#006100" },
  { value: "on track", label: { zh: "进度正常", en: "On track" }, fill: "#FFEB9C", font: "#9C5700" },
  { value: "behind", label: { zh: "滞后", en: "Behind" }, fill: "#FFC7CE", font: "#9C0006" },
];
