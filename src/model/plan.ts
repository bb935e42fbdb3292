/**
 * A Series' plan: the base, the level target and the planned growth that the gap functions work from.
 *   - target: the level target of the first target year at or after the asked year (the plan covering it),
 *     or the last target when no year is asked; with a target year, that year's level target only (a sheet
 *     row for a 2035 target tracks the 2035 path, not the 2025 one), else none;
 *   - growth: the planned growth (a 年均 period average or one year's rate), as a fraction;
 *   - base: the actual (or estimate) of the year before the plan period starts (十四五 → 2020), else the
 *     latest actual before the target year; scaled into the target's unit when only the magnitude differs.
 */
import { defaultMethod, direction, type Direction, type Path, type PathMethod } from "./gap";
import { notAvailable, PlanError } from "./errors";
import type { IndicatorRecord } from "../record";
import type { PlanStore, Series } from "./store";
import { unitFactor } from "./units";

export interface Point {
  year: number;
  value: number;
  record: IndicatorRecord;
}

export interface Growth {
  /** Fraction: 0.07 for 7%. */
  rate: number;
  record: IndicatorRecord;
  firstYear: number;
  lastYear: number;
}

export interface Plan {
  base?: Point;
  target?: Point;
  growth?: Growth;
  unit: string;
  direction: Direction;
  /** pathFor results by method ("" = default), errors included: formulas ask the same thing repeatedly. */
  paths: Map<string, Path | PlanError>;
  /** The planned value for the plan's year by method text, memoised by src/model/queries.ts. */
  planned: Map<string, unknown>;
}

/**
 * The preferred numeric record per year. Level records with a period (累计 five-year totals, 每年 per-year
 * counts) are not points on a path, so they never serve as base or target.
 */
function numericPoints(series: Series, kind: "target" | "actual" | "estimate", measure: "level" | "growth") {
  const points: Point[] = [];
  const onPath = (r: IndicatorRecord) =>
    r.value !== null && (measure !== "level" || r.period_start === undefined);
  for (const year of series.years(kind, measure)) {
    const record = series.candidates(kind, measure, year).find(onPath);
    if (record && record.value !== null) points.push({ year, value: record.value, record });
  }
  return points;
}

/** The years with a numeric level target on a path, for messages: "Level targets exist for 2025, 2035." */
export function levelTargetYears(series: Series): number[] {
  return numericPoints(series, "target", "level").map((p) => p.year);
}

function chooseTarget(
  series: Series,
  year: number | undefined,
  targetYear: number | undefined,
): Point | undefined {
  const targets = numericPoints(series, "target", "level");
  if (targetYear !== undefined) return targets.find((t) => t.year === targetYear);
  if (targets.length === 0) return undefined;
  if (year !== undefined) {
    const covering = targets.find((t) => t.year >= year);
    if (covering) return covering;
  }
  return targets[targets.length - 1];
}

function chooseGrowth(
  series: Series,
  year: number | undefined,
  target: Point | undefined,
): Growth | undefined {
  const growths = numericPoints(series, "target", "growth").filter((g) => g.record.unit.trim() === "%");
  const toGrowth = (p: Point): Growth => ({
    rate: p.value / 100,
    record: p.record,
    firstYear: p.record.period_start ?? p.year,
    lastYear: p.year,
  });
  const at = (y: number) => growths.find((g) => g.year === y);
  const covering = (y: number) => growths.find((g) => (g.record.period_start ?? g.year) <= y && y <= g.year);
  const found =
    (target && at(target.year)) ??
    (year !== undefined ? (at(year) ?? covering(year)) : undefined) ??
    (target ? undefined : growths[growths.length - 1]);
  return found && toGrowth(found);
}

function chooseBase(
  store: PlanStore,
  series: Series,
  anchor: IndicatorRecord,
  unit: string,
): Point | undefined {
  const doc = store.documents.get(anchor.doc);
  const start =
    anchor.period_start ?? doc?.period_start ?? (anchor.measure === "growth" ? anchor.year : undefined);
  const levels = [...numericPoints(series, "actual", "level"), ...numericPoints(series, "estimate", "level")];
  const before = (limit: number) =>
    levels.filter((p) => p.year <= limit).sort((a, b) => b.year - a.year || kindRank(a) - kindRank(b))[0];
  const found = (start !== undefined ? before(start - 1) : undefined) ?? before(anchor.year - 1);
  if (!found) return undefined;
  const factor = unitFactor(found.record.unit, unit);
  if (factor === undefined) return undefined;
  return factor === 1 ? found : { ...found, value: found.value * factor };
}

/** Actuals before estimates of the same year. */
const kindRank = (p: Point): number => (p.record.kind === "actual" ? 0 : 1);

/** Years lie in YEAR_MIN–YEAR_MAX (1949–2100), so this key keeps (year, target year) pairs apart; 0 stands for "not given". */
const TARGET_YEAR_KEY = 10_000;

export function planFor(store: PlanStore, series: Series, year?: number, targetYear?: number): Plan {
  const memoKey = (year ?? 0) + (targetYear ?? 0) * TARGET_YEAR_KEY;
  const cached = series.plans.get(memoKey) as Plan | undefined;
  if (cached) return cached;
  const target = chooseTarget(series, year, targetYear);
  const growth = chooseGrowth(series, year, target);
  const info = store.indicators.get(series.indicatorId);
  const unit = target?.record.unit ?? growthBaseUnit(series) ?? info?.unit ?? "";
  const anchor = target?.record ?? growth?.record;
  const base = anchor ? chooseBase(store, series, anchor, unit) : undefined;
  const plan: Plan = {
    base,
    target,
    growth,
    unit,
    direction: direction(target?.record.qualifier, info?.lower_is_better, base?.value, target?.value),
    paths: new Map(),
    planned: new Map(),
  };
  series.plans.set(memoKey, plan);
  return plan;
}

/** With only a growth target, the path runs in the unit of the level actuals. */
function growthBaseUnit(series: Series): string | undefined {
  for (const r of series.records) if (r.measure === "level" && r.value !== null) return r.unit;
  return undefined;
}

/** The planned path, with an optional method override; errors say what is missing. */
export function pathFor(plan: Plan, what: string, method?: PathMethod): Path | PlanError {
  const key = method ?? "";
  let path = plan.paths.get(key);
  if (!path) plan.paths.set(key, (path = buildPath(plan, what, method)));
  return path;
}

function buildPath(plan: Plan, what: string, method?: PathMethod): Path | PlanError {
  const { base, target, growth } = plan;
  const chosen = method ?? defaultMethod(plan.unit, target !== undefined);
  if (!base) {
    const start = target ?? growth;
    return notAvailable(
      `No base value is recorded for ${what}${start ? ` (an actual before the plan for ${start.record.year})` : ""}.`,
    );
  }
  if (chosen === "growth") {
    const rate = growth?.rate ?? (target ? impliedGrowth(base, target) : undefined);
    if (rate === undefined || typeof rate !== "number") {
      return notAvailable(`No planned growth rate or level target is recorded for ${what}.`);
    }
    const lastYear = target?.year ?? growth?.lastYear ?? base.year;
    return { method: "growth", baseYear: base.year, base: base.value, targetYear: lastYear, growth: rate };
  }
  if (!target) {
    return notAvailable(
      `No level target is recorded for ${what}; only a growth rate. Use the method "growth".`,
    );
  }
  return {
    method: chosen,
    baseYear: base.year,
    base: base.value,
    targetYear: target.year,
    target: target.value,
  };
}

/** The average annual growth that takes the base to the target: (t/b)^(1/(y1−y0)) − 1. */
export function impliedGrowth(base: Point, target: Point): number | undefined {
  const years = target.year - base.year;
  if (years <= 0 || base.value <= 0 || target.value <= 0) return undefined;
  return Math.pow(target.value / base.value, 1 / years) - 1;
}
