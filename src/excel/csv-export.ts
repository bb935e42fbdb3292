/**
 * CSV export of records with papaparse: UTF-8 with a byte-order mark so that Excel opens the Chinese text
 * correctly, and text that a spreadsheet would run as a formula prefixed with an apostrophe.
 */
import Papa from "papaparse";
import type { IndicatorRecord } from "../record";
import { startsLikeFormula } from "./cell-text";

/** CSV columns in order: the gold-set fields first, then the add-in's (the CLI and the pane share them). */
export const CSV_FIELDS: ReadonlyArray<keyof IndicatorRecord> = [
  "id",
  "doc",
  "region",
  "region_id",
  "region_en",
  "indicator",
  "indicator_id",
  "indicator_en",
  "kind",
  "measure",
  "year",
  "period_start",
  "value",
  "value_max",
  "unit",
  "qualifier",
  "text",
  "attribute",
  "category",
  "year_inferred",
  "source",
  "confidence",
  "quote",
  "section",
  "start",
  "end",
];

const BOM = "\uFEFF";

function csvCell(value: unknown): string | number {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return value;
  const text = String(value);
  return startsLikeFormula(text) ? `'${text}` : text;
}

export function recordsToCsv(records: readonly IndicatorRecord[]): string {
  const data = records.map((r) => CSV_FIELDS.map((f) => csvCell(r[f])));
  return BOM + Papa.unparse({ fields: [...CSV_FIELDS], data }, { newline: "\r\n" });
}
