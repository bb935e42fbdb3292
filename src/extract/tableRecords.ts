/** Turns rows of the table reader's ParsedTables into candidates (base → actual, target, growth). */
import type { Attribute, Kind, Measure, Qualifier } from "../model/record";
import type { Candidate } from "./prose";
import type { ParsedTable, TableCell, TableRow } from "./tables/types";

export interface TableCandidate extends Candidate {
  attribute?: Attribute;
  category?: string;
}

function cellCandidate(
  row: TableRow,
  cell: TableCell,
  kind: Kind,
  measure: Measure,
  year: number,
  unit: string,
  periodStart: number | undefined,
  yearInferred: boolean,
): TableCandidate {
  const cand: TableCandidate = {
    indicator: row.indicator,
    kind,
    measure,
    year,
    value: cell.value,
    unit,
    qualifier: (cell.value === null ? "=" : cell.qualifier) as Qualifier,
    year_inferred: yearInferred,
    start: row.start,
    end: row.end,
    confidence: cell.value === null ? 0.8 : 0.9,
  };
  if (cell.value_max !== undefined) cand.value_max = cell.value_max;
  if (cell.value === null && cell.text) cand.text = cell.text;
  if (periodStart !== undefined) cand.period_start = periodStart;
  if (row.attribute) cand.attribute = row.attribute;
  if (row.category) cand.category = row.category;
  return cand;
}

/** Years from the table header, else from the document's plan period. */
export function tableCandidates(
  table: ParsedTable,
  periodStart?: number,
  periodEnd?: number,
): TableCandidate[] {
  const baseYear = table.baseYear ?? (periodStart !== undefined ? periodStart - 1 : undefined);
  const targetYear = table.targetYear ?? periodEnd;
  const out: TableCandidate[] = [];
  for (const row of table.rows) {
    if (!row.indicator) continue;
    if (row.base && row.base.value !== null && baseYear !== undefined) {
      out.push(
        cellCandidate(
          row,
          row.base,
          "actual",
          "level",
          baseYear,
          row.base.unit ?? row.unit,
          undefined,
          table.baseYear === undefined,
        ),
      );
    }
    if (row.target && targetYear !== undefined) {
      out.push(
        cellCandidate(
          row,
          row.target,
          "target",
          "level",
          targetYear,
          row.target.unit ?? row.unit,
          undefined,
          table.targetYear === undefined,
        ),
      );
    }
    if (row.growth && targetYear !== undefined) {
      const unit = row.growth.unit ?? "%";
      const measure: Measure = unit === "个百分点" ? "change" : "growth";
      const start = baseYear !== undefined ? baseYear + 1 : undefined;
      out.push(
        cellCandidate(
          row,
          row.growth,
          "target",
          measure,
          targetYear,
          unit,
          start,
          table.targetYear === undefined,
        ),
      );
    }
  }
  return out;
}
