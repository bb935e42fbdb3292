/**
 * A Series' plan: the goal the gap functions measure against, its base and its path, in Excel units.
 *   - goals: every target of the series, classified once (src/model/gap.ts: level, growth, total, annual,
 *     qualitative); with none, a five-year plan that states the growth of the period before it (2025年预计
 *     1500亿元, 年均增长12%) is continued at that growth (a "trend" goal, said so by PLAN.SOURCE);
 *   - goal: the first goal at or after the asked year, or exactly the given target year;
 *   - base: the user's base argument, else the actual of the year before the plan period (十四五 → 2020)
 *     from any document or the user's imported actuals, else the document's estimate of that year, else
 *     the latest actual before the target year; scaled into the target's unit when only the magnitude
 *     differs.
 */
import { defaultMethod, direction, type Goal, type GoalKind, type Path, type PathMethod } from "./gap";
import { invalidValue, notAvailable, PlanError } from "./errors";
import type { DocumentInfo, IndicatorRecord } from "../record";
import type { PlanStore, Series } from "./store";
import { isPercentUnit, isRateUnit, toExcel, unitFactor } from "./units";

export interface Point {
  year: number;
  /** In Excel units (0.95 for 95%). */
  value: number;
  /** The record it comes from; undefined for the user's base argument. */
  record?: IndicatorRecord;
}

export interface PlanGoal extends Goal {
  record: IndicatorRecord;
  /** Continues the growth of the period before the plan: the document sets no target. */
  trend?: boolean;
}

export interface Plan {
  goal?: PlanGoal;
  base?: Point;
  /** The unit of the levels on the path (the target's, or the level actuals' for growth goals). */
  unit: string;
  /** The levels on the path are rates or shares: linear paths. */
  rate: boolean;
  lowerIsBetter?: boolean;
  /** The year before the plan period: where a base belongs (2020 for 十四五). */
  defaultBaseYear?: number;
  /** pathFor results by method ("" = default), errors included: formulas ask the same thing repeatedly. */
  paths: Map<string, Path | PlanError>;
  /** Memo of src/model/gap-queries.ts (planned values by method and year, its view of the plan). */
  planned: Map<string | number, unknown>;
  /** Plans with the user's base argument, by "value|year". */
  overrides: Map<string, Plan | PlanError>;
}

/** Same-year goals in this order: a level first, then a rate, totals, per-year figures, words, trends. */
const KIND_ORDER: Record<GoalKind, number> = { level: 0, growth: 1, total: 2, annual: 3, qualitative: 4 };
/** A level target over a period is a per-year figure when the plan says so (每年引进3–5家), else a total. */
const PER_YEAR = /每年|每年度/u;

function scaled(r: IndicatorRecord, value: number): number {
  return toExcel(value, r.unit);
}

function goalOf(r: IndicatorRecord, lowerIsBetter: boolean | undefined): PlanGoal | undefined {
  const base = {
    year: r.year,
    firstYear: r.period_start ?? r.year,
    qualifier: r.qualifier,
    record: r,
    direction: direction(r.qualifier, lowerIsBetter),
  };
  if (r.value === null) return { ...base, kind: "qualitative", value: NaN, rate: false };
  const value = scaled(r, r.value);
  const valueMax = r.value_max === undefined ? undefined : scaled(r, r.value_max);
  if (r.measure === "growth") {
    if (!isPercentUnit(r.unit)) return undefined; // a growth in 万元 is not a rate
    return { ...base, kind: "growth", value, valueMax, rate: true };
  }
  const rate = isRateUnit(r.unit);
  let kind: GoalKind = "level";
  if (r.measure === "change") kind = "total";
  else if (r.period_start !== undefined) kind = PER_YEAR.test(r.quote + r.indicator) ? "annual" : "total";
  return { ...base, kind, value, valueMax, rate };
}

/** What kind of goal a target record sets (the sheets choose their formulas by it). */
export function goalKindOf(r: IndicatorRecord): GoalKind | undefined {
  return r.kind === "target" ? goalOf(r, undefined)?.kind : undefined;
}

/** Every goal of a series, sorted by year then kind; computed once per series. */
const goalLists = new WeakMap<Series, PlanGoal[]>();

export function goalsOf(store: PlanStore, series: Series): PlanGoal[] {
  let goals = goalLists.get(series);
  if (goals) return goals;
  const lower = store.indicators.get(series.indicatorId)?.lower_is_better;
  goals = [];
  for (const measure of ["level", "growth", "change"] as const) {
    for (const year of series.years("target", measure)) {
      const seen = new Set<GoalKind>();
      for (const r of series.candidates("target", measure, year)) {
        const goal = goalOf(r, lower);
        if (!goal || seen.has(goal.kind)) continue;
        seen.add(goal.kind);
        goals.push(goal);
      }
    }
  }
  // A qualitative statement only where no number answers the same year and kind family.
  goals = goals.filter(
    (g) => g.kind !== "qualitative" || !goals!.some((o) => o.year === g.year && o.kind !== "qualitative"),
  );
  goals.push(...trendGoals(store, series, lower));
  goals.sort((a, b) => a.year - b.year || rank(a) - rank(b));
  goalLists.set(series, goals);
  return goals;
}

const rank = (g: PlanGoal): number => KIND_ORDER[g.kind] + (g.trend ? 10 : 0);

/** The growth a plan's document reports for the period just before it (十四五 年均增长12% in a 十五五 plan). */
function trendGoals(store: PlanStore, series: Series, lower: boolean | undefined): PlanGoal[] {
  const trends: PlanGoal[] = [];
  for (const kind of ["actual", "estimate"] as const) {
    for (const year of series.years(kind, "growth")) {
      for (const r of series.candidates(kind, "growth", year)) {
        const doc: DocumentInfo | undefined = store.documents.get(r.doc);
        if (r.value === null || !isPercentUnit(r.unit) || doc?.period_start !== year + 1) continue;
        trends.push({
          kind: "growth",
          year: doc.period_end ?? year + 5,
          firstYear: year + 1,
          value: scaled(r, r.value),
          qualifier: "~",
          rate: true,
          direction: direction(undefined, lower),
          record: r,
          trend: true,
        });
        break;
      }
    }
  }
  return trends;
}

function chooseGoal(goals: PlanGoal[], year?: number, targetYear?: number): PlanGoal | undefined {
  if (targetYear !== undefined) return goals.find((g) => g.year === targetYear);
  if (goals.length === 0) return undefined;
  if (year !== undefined) {
    // Words (再翻一番) only where no number lies ahead: the 2035 level path answers for 2030.
    const ahead = goals.filter((g) => g.year >= year);
    const covering = ahead.find((g) => g.kind !== "qualitative") ?? ahead[0];
    if (covering) return covering;
  }
  const levels = goals.filter((g) => g.kind === "level");
  return levels[levels.length - 1] ?? goals[goals.length - 1];
}

/** The years with a target, for messages: "Targets exist for 2025, 2035." */
export function targetYears(store: PlanStore, series: Series): number[] {
  return [...new Set(goalsOf(store, series).map((g) => g.year))];
}

/** Level records on a path (not totals) in Excel units of `unit`, actuals before estimates per year. */
function levelPoints(series: Series, unit: string): Point[] {
  const points: Point[] = [];
  for (const kind of ["actual", "estimate"] as const) {
    for (const year of series.years(kind, "level")) {
      const r = series
        .candidates(kind, "level", year)
        .find((c) => c.value !== null && c.period_start === undefined);
      const factor = r && unitFactor(r.unit, unit);
      if (r && r.value !== null && factor !== undefined) {
        points.push({ year, value: toExcel(r.value * factor, unit), record: r });
      }
    }
  }
  return points;
}

/** The first year of the plan period a goal belongs to. */
function periodStart(store: PlanStore, goal: PlanGoal): number | undefined {
  if (goal.kind === "growth") return goal.firstYear;
  return goal.record.period_start ?? store.documents.get(goal.record.doc)?.period_start;
}

function chooseBase(store: PlanStore, series: Series, goal: PlanGoal, unit: string): Point | undefined {
  const start = periodStart(store, goal);
  const levels = levelPoints(series, unit);
  const before = (limit: number) =>
    levels.filter((p) => p.year <= limit).sort((a, b) => b.year - a.year || kindRank(a) - kindRank(b))[0];
  return (start !== undefined ? before(start - 1) : undefined) ?? before(goal.year - 1);
}

/** Actuals before estimates of the same year. */
const kindRank = (p: Point): number => (p.record?.kind === "actual" ? 0 : 1);

/** With only a growth target, the path runs in the unit of the level records. */
function levelUnit(series: Series): string | undefined {
  for (const r of series.records) if (r.measure === "level" && r.value !== null) return r.unit;
  return undefined;
}

/** Years lie in YEAR_MIN–YEAR_MAX (1949–2100), so this key keeps (year, target year) pairs apart; 0 stands for "not given". */
const TARGET_YEAR_KEY = 10_000;

export function planFor(store: PlanStore, series: Series, year?: number, targetYear?: number): Plan {
  const memoKey = (year ?? 0) + (targetYear ?? 0) * TARGET_YEAR_KEY;
  const cached = series.plans.get(memoKey) as Plan | undefined;
  if (cached) return cached;
  const chosen = chooseGoal(goalsOf(store, series), year, targetYear);
  const info = store.indicators.get(series.indicatorId);
  const unit =
    (chosen && chosen.kind !== "growth" ? chosen.record.unit : undefined) ??
    levelUnit(series) ??
    info?.unit ??
    "";
  const onPath = chosen && (chosen.kind === "level" || chosen.kind === "growth");
  const base = onPath ? chooseBase(store, series, chosen, unit) : undefined;
  const start = chosen && periodStart(store, chosen);
  const plan = makePlan(
    chosen,
    base,
    unit,
    info?.lower_is_better,
    start === undefined ? undefined : start - 1,
  );
  series.plans.set(memoKey, plan);
  return plan;
}

function makePlan(
  chosen: PlanGoal | undefined,
  base: Point | undefined,
  unit: string,
  lowerIsBetter: boolean | undefined,
  defaultBaseYear: number | undefined,
): Plan {
  const goal =
    chosen && chosen.kind === "level"
      ? { ...chosen, direction: direction(chosen.qualifier, lowerIsBetter, base?.value, chosen.value) }
      : chosen;
  return {
    goal,
    base,
    unit,
    rate: isRateUnit(unit),
    lowerIsBetter,
    defaultBaseYear,
    paths: new Map(),
    planned: new Map(),
    overrides: new Map(),
  };
}

const MAX_OVERRIDES = 1_000;

/** The plan with the user's base (Excel units); the base year defaults to the year before the period. */
export function withBase(plan: Plan, value: number, year: number | undefined): Plan | PlanError {
  const goal = plan.goal;
  const baseYear = year ?? plan.defaultBaseYear ?? plan.base?.year;
  if (baseYear === undefined) {
    return invalidValue("Give the base year too (the argument after the base), e.g. 2020.");
  }
  if (goal && baseYear >= goal.year) {
    return invalidValue(`The base year ${baseYear} must be before the target year ${goal.year}.`);
  }
  const key = `${value}|${baseYear}`;
  let hit = plan.overrides.get(key);
  if (!hit) {
    if (plan.overrides.size >= MAX_OVERRIDES) plan.overrides.clear();
    hit = makePlan(goal, { year: baseYear, value }, plan.unit, plan.lowerIsBetter, plan.defaultBaseYear);
    plan.overrides.set(key, hit);
  }
  return hit;
}

/** The planned path, with an optional method override; errors say what is missing. */
export function pathFor(plan: Plan, what: string, method?: PathMethod): Path | PlanError {
  const key = method ?? "";
  let path = plan.paths.get(key);
  if (!path) plan.paths.set(key, (path = buildPath(plan, what, method)));
  return path;
}

/** Why there is no path: no base; the message says how to give one. */
export function noBase(plan: Plan, what: string): PlanError {
  const year = plan.defaultBaseYear;
  const hint =
    year !== undefined
      ? ` Give it as the arguments base and baseYear after the target year (…, base, ${year}), or import the ${year} actual.`
      : " Give it as the arguments base and baseYear after the target year.";
  return notAvailable(`No base value is recorded for ${what}.${hint}`);
}

function buildPath(plan: Plan, what: string, method?: PathMethod): Path | PlanError {
  const { base, goal } = plan;
  if (!goal || goal.kind === "qualitative") return notAvailable(`No numeric target is recorded for ${what}.`);
  if (goal.kind === "total" || goal.kind === "annual") {
    return notAvailable(`The target for ${what} is a total or a yearly figure, not a level path.`);
  }
  const target = goal.kind === "level" ? goal : undefined;
  const chosen = method ?? defaultMethod(plan.rate, target !== undefined);
  if (!base) return noBase(plan, what);
  if (chosen === "growth") {
    const rate = goal.kind === "growth" ? goal.value : target && impliedGrowth(base, target);
    if (rate === undefined)
      return notAvailable(`No planned growth rate or level target is recorded for ${what}.`);
    return { method: "growth", baseYear: base.year, base: base.value, targetYear: goal.year, growth: rate };
  }
  if (!target) {
    return notAvailable(
      `No level target is recorded for ${what}; only a growth rate. Use the method "growth".`,
    );
  }
  return { method: chosen, baseYear: base.year, base: base.value, targetYear: goal.year, target: goal.value };
}

/** The average annual growth that takes the base to the target: (t/b)^(1/(y1−y0)) − 1. */
export function impliedGrowth(base: Point, target: { year: number; value: number }): number | undefined {
  const years = target.year - base.year;
  if (years <= 0 || base.value <= 0 || target.value <= 0) return undefined;
  return Math.pow(target.value / base.value, 1 / years) - 1;
}

/** Where the base came from, for PLAN.SOURCE and messages. */
export function describeBase(store: PlanStore, base: Point): string {
  if (!base.record) return `${base.year}: your base argument`;
  const doc = store.documents.get(base.record.doc);
  const kind = base.record.kind === "actual" ? "actual" : "the document's estimate";
  return `${base.year} ${kind}, ${doc?.title ? `《${doc.title}》` : base.record.doc}`;
}
