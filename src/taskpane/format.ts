/** Display text for records in the pane. */
import type { DocumentInfo, IndicatorRecord, Qualifier } from "../record";
import type { Language } from "./strings";

const QUALIFIER_TEXT: Record<Qualifier, Record<Language, [string, string]>> = {
  "=": { en: ["", ""], zh: ["", ""] },
  "~": { en: ["about ", ""], zh: ["", "左右"] },
  ">=": { en: ["≥ ", ""], zh: ["≥", ""] },
  ">": { en: ["> ", ""], zh: ["超过", ""] },
  "<=": { en: ["≤ ", ""], zh: ["≤", ""] },
  "<": { en: ["< ", ""], zh: ["低于", ""] },
};

export function formatNumber(value: number, lang: Language): string {
  return value.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 4 });
}

/** "≥500亿元", "about 7%", "1–2个", or the words of a qualitative target. */
export function formatValue(record: IndicatorRecord, lang: Language): string {
  if (record.value === null) return record.text ?? "";
  const [before, after] = QUALIFIER_TEXT[record.qualifier][lang];
  const range = record.value_max !== undefined ? `–${formatNumber(record.value_max, lang)}` : "";
  return `${before}${formatNumber(record.value, lang)}${range}${record.unit}${after}`;
}

/** "2021–2025", "2024", or empty. */
export function formatPeriod(doc: DocumentInfo): string {
  const { period_start: start, period_end: end } = doc;
  if (start === undefined && end === undefined) return "";
  return start === end || end === undefined ? String(start) : `${start ?? ""}–${end}`;
}

/** Year of a record, with its period for averages and totals: "2021–2025". */
export function formatYear(record: IndicatorRecord): string {
  return record.period_start !== undefined && record.period_start !== record.year
    ? `${record.period_start}–${record.year}`
    : String(record.year);
}
