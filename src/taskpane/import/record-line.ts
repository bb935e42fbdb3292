/**
 * One record as one line of the import preview: indicator · kind · measure · period · value, with the
 * value worded as everywhere in the pane (≥500亿元) and a growth as a growth (年均增长12%左右).
 */
import type { IndicatorRecord } from "../../record";
import { formatValue, formatYear } from "../format";
import type { Language } from "../strings";

const MEASURE_WORDS: Record<Language, Record<"growth" | "change", [string, string]>> = {
  // [over a period (年均 / 累计), in one year]
  zh: { growth: ["年均增长", "增长"], change: ["累计变化", "变化"] },
  en: { growth: ["avg. growth ", "growth "], change: ["change over the period ", "change "] },
};

/** "年均增长12%左右", "≥500亿元", "growth about 6%". */
export function recordValueText(r: IndicatorRecord, lang: Language): string {
  const value = formatValue(r, lang);
  if (r.measure === "level" || r.value === null) return value;
  const [period, year] = MEASURE_WORDS[lang][r.measure];
  return `${r.period_start !== undefined && r.period_start !== r.year ? period : year}${value}`;
}

export interface RecordLineParts {
  indicator: string;
  kind: string;
  measure: string;
  period: string;
  value: string;
}

export function recordLineParts(
  r: IndicatorRecord,
  lang: Language,
  word: (key: `kind_${IndicatorRecord["kind"]}` | `measure_${IndicatorRecord["measure"]}`) => string,
): RecordLineParts {
  return {
    indicator: r.indicator,
    kind: word(`kind_${r.kind}`),
    measure: word(`measure_${r.measure}`),
    period: formatYear(r),
    value: recordValueText(r, lang),
  };
}
