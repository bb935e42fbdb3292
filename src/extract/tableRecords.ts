/**
 * Turns rows of the table reader's ParsedTables into candidates: base → actual (or estimate), target,
 * growth (annual rate, change or period total) and the base year's own growth.
 */
import type { Attribute, Kind, Measure, Qualifier } from "../record";
import type { Candidate } from "./prose";
import type { ParsedTable, TableCell, TableRow } from "./tables/types";

export interface TableCandidate extends Candidate {
  attribute?: Attribute;
  category?: string;
}

/** Document facts the table's own header may not give. */
export interface TableContext {
  periodStart?: number;
  periodEnd?: number;
  /** Year of publication: a column headed by a bare year before it holds actuals, not targets. */
  publishedYear?: number;
}

interface CellPlan {
  kind: Kind;
  measure: Measure;
  year: number;
  unit: string;
  periodStart?: number;
  yearInferred: boolean;
}

/** A row whose name states a growth rate (地区生产总值增长(%)): its base and target cells are rates too. */
const GROWTH_ROW = /(增长|增速|增幅|增长率|涨幅)$/;

/** Units of a change in percentage points: a difference of two rates, never a growth rate. */
const POINT_UNITS = new Set(["百分点", "个百分点"]);

function cellCandidate(row: TableRow, cell: TableCell, plan: CellPlan): TableCandidate {
  const cand: TableCandidate = {
    indicator: row.indicator,
    kind: plan.kind,
    measure: cell.growth ? "growth" : plan.measure,
    year: plan.year,
    value: cell.value,
    unit: plan.unit,
    qualifier: (cell.value === null ? "=" : cell.qualifier) as Qualifier,
    year_inferred: plan.yearInferred,
    start: row.start,
    end: row.end,
    confidence: cell.value === null ? 0.8 : 0.9,
  };
  if (cell.value_max !== undefined) cand.value_max = cell.value_max;
  if (cell.value === null && cell.text) cand.text = cell.text;
  if (plan.periodStart !== undefined) cand.period_start = plan.periodStart;
  if (row.attribute) cand.attribute = row.attribute;
  if (row.category) cand.category = row.category;
  return cand;
}

/**
 * What a growth-column cell states. A rate (年均增长 8%) is `growth`; percentage points are a `change`.
 * A cumulative cell (〔13.5〕, or a 累计 column) is a total over the period, so it carries period_start
 * and must not read as an annual rate that compounds: a cumulative % or point figure is a `change`, a
 * cumulative amount (〔50〕万人) is a `level` — the gold set's measure for 累计 totals.
 */
function growthMeasure(unit: string, cumulative: boolean): Measure {
  if (POINT_UNITS.has(unit)) return "change";
  if (!cumulative) return "growth";
  return unit.includes("%") ? "change" : "level";
}

/** Years from the table header, else from the document's plan period. */
export function tableCandidates(table: ParsedTable, context: TableContext = {}): TableCandidate[] {
  const { periodStart, periodEnd, publishedYear } = context;
  const baseYear = table.baseYear ?? (periodStart !== undefined ? periodStart - 1 : undefined);
  const targetYear = table.targetYear ?? periodEnd;
  const baseKind: Kind = table.baseEstimate ? "estimate" : "actual";
  // a bare-year column (2025年) is a target only while that year has not yet been lived through: a year
  // before the publication year is an actual; the publication year itself (still running) and an
  // unknown publication date leave it a target, as a header with 目标 would
  const targetKind: Kind =
    table.targetFromYearOnly &&
    targetYear !== undefined &&
    publishedYear !== undefined &&
    targetYear < publishedYear
      ? "actual"
      : "target";
  // an average or total over several years starts after the base year; a one-year rate has no period
  const spanStart =
    baseYear !== undefined && targetYear !== undefined && targetYear - baseYear > 1
      ? baseYear + 1
      : undefined;
  const out: TableCandidate[] = [];
  for (const row of table.rows) {
    if (!row.indicator) continue;
    const levelMeasure: Measure = row.unit === "%" && GROWTH_ROW.test(row.indicator) ? "growth" : "level";
    if (row.base && row.base.value !== null && baseYear !== undefined) {
      const unit = row.base.unit ?? row.unit;
      // 〔8.3〕 in a mid-term column: the total since the plan began
      const cumulative = row.base.cumulative === true;
      out.push(
        cellCandidate(row, row.base, {
          kind: baseKind,
          measure: levelMeasure,
          year: baseYear,
          unit,
          periodStart:
            cumulative && periodStart !== undefined && periodStart <= baseYear ? periodStart : undefined,
          yearInferred: table.baseYear === undefined,
        }),
      );
    }
    if (row.baseGrowth && row.baseGrowth.value !== null && baseYear !== undefined) {
      const unit = row.baseGrowth.unit ?? table.growthUnit ?? "%";
      out.push(
        cellCandidate(row, row.baseGrowth, {
          kind: baseKind,
          measure: growthMeasure(unit, false),
          year: baseYear,
          unit,
          yearInferred: table.baseYear === undefined,
        }),
      );
    }
    if (row.target && targetYear !== undefined) {
      const cumulative = row.target.cumulative === true;
      const unit = row.target.unit ?? row.unit;
      // a total over the plan period starts with the plan, also where the base column is a later year
      const totalStart = periodStart !== undefined && periodStart < targetYear ? periodStart : spanStart;
      out.push(
        cellCandidate(row, row.target, {
          kind: targetKind,
          measure: levelMeasure,
          year: targetYear,
          unit,
          periodStart: cumulative ? totalStart : undefined,
          yearInferred: table.targetYear === undefined,
        }),
      );
    }
    if (row.growth && targetYear !== undefined) {
      const cumulative = row.growth.cumulative === true || table.growthCumulative === true;
      // a period total is written in the row's own unit (城镇新增就业(万人) 〔55〕) unless the header says
      // otherwise; an annual rate is a % whatever the row's unit
      // otherwise; a total of an amount (〔0.9〕岁, 〔50〕万人) keeps the row's unit even under 年均增长(%)
      const ownUnit = cumulative && row.unit && (!table.growthUnitWritten || !row.unit.includes("%"));
      const columnUnit = ownUnit ? row.unit : (table.growthUnit ?? "%");
      const unit = row.growth.unit ?? columnUnit;
      // the column is an average per year (年均 8%, 年均 1.2个百分点) or a total: both over the period
      out.push(
        cellCandidate(row, row.growth, {
          kind: targetKind,
          measure: growthMeasure(unit, cumulative),
          year: targetYear,
          unit,
          periodStart: spanStart,
          yearInferred: table.targetYear === undefined,
        }),
      );
    }
    for (const d of row.dated ?? []) {
      const year = d.year ?? (d.kind === "target" ? targetYear : baseYear);
      if (year === undefined) continue;
      // a year-by-year series: a year before the publication (else before the plan period) is lived through
      // (the publication year decides both ways; without it, the cell's own kind unless the year
      // comes before the plan period)
      const ahead = publishedYear !== undefined && year >= publishedYear;
      const lived = d.fromYearOnly && !ahead && year < (publishedYear ?? periodStart ?? -Infinity);
      const kind: Kind = lived ? "actual" : d.fromYearOnly && ahead ? "target" : d.kind;
      if (d.cell.value === null && kind !== "target") continue;
      const unit = d.cell.unit ?? (d.growth ? (table.growthUnit ?? "%") : row.unit);
      out.push(
        cellCandidate(row, d.cell, {
          kind,
          measure: d.growth ? growthMeasure(unit, d.cell.cumulative === true) : levelMeasure,
          year,
          unit,
          yearInferred: d.year === undefined,
        }),
      );
    }
  }
  return out;
}
