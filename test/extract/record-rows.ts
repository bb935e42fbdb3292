/**
 * What the phrasing tests compare: each record as one row of the fields the gold set scores, and a minimal
 * provincial work report with its review and plan headings to put invented sentences in.
 */
import { extractDocument } from "../../src/extract";
import type { IndicatorRecord } from "../../src/record";

export type Row = [string, string, string, number, number | null, string, string, number | undefined];

/** indicator, kind, measure, year, value, unit, qualifier, period_start */
export const rowOf = (r: IndicatorRecord): Row => [
  r.indicator,
  r.kind,
  r.measure,
  r.year,
  r.value,
  r.unit,
  r.qualifier,
  r.period_start,
];

/** The rows of a whole text. */
export async function textRows(text: string): Promise<Row[]> {
  return (await extractDocument({ name: "t.txt", text })).records.map(rowOf);
}

export const PROVINCE_REPORT =
  "某某省2026年政府工作报告\n——2026年1月27日在某某省第十四届人民代表大会第四次会议上\n各位代表：\n";
export const YEAR_REVIEW = "一、2025年工作回顾\n";
export const YEAR_PLAN = "三、2026年重点工作\n";

/** The rows of `body` under a heading (the 2025 review by default) of a provincial work report. */
export function reportRows(body: string, head = YEAR_REVIEW, doc = PROVINCE_REPORT): Promise<Row[]> {
  return textRows(doc + head + body + "\n");
}
