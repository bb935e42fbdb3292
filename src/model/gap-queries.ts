/**
 * The PLAN gap functions (PLANNED, GAP, GAPPCT, PROGRESS, REQUIRED, STATUS) for every kind of goal (see
 * src/model/gap.ts). Arguments arrive coerced by the spec table; the optional trailing `base` and
 * `baseYear` give a base the document lacks. Excel units in and out (95% is 0.95). None throws.
 */
import { contextOf, formatValue, qualitative, yearsHint, type Context } from "./context";
import { invalidNumber, invalidValue, isPlanError, notAvailable, PlanError } from "./errors";
import * as g from "./gap";
import { goalsOf, noBase, pathFor, planFor, targetYears, withBase, type Plan, type PlanGoal } from "./plan";
import type { PlanStore } from "./store";
import type { NameArgs } from "./queries";
import { normalizeKey } from "./normalize";
import type { Language } from "../record/language";

export interface GoalArgs extends NameArgs {
  year?: number;
  targetYear?: number;
  base?: number;
  baseYear?: number;
}

export interface ActualArgs extends GoalArgs {
  actual: number;
}

interface Target {
  ctx: Context;
  plan: Plan;
  goal: PlanGoal;
}

/** The plan the gap functions follow, with the user's base where given. */
function targetOf(store: PlanStore, a: GoalArgs): Target | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (ctx instanceof PlanError) return ctx;
  let plan = planFor(store, ctx.series, a.year, a.targetYear);
  const goal = plan.goal;
  if (!goal) return noTarget(store, ctx, a.targetYear);
  if (a.base !== undefined) {
    const odd = plan.rate ? g.checkPercent(a.base, [goal.value], "base") : undefined;
    if (odd) return odd;
    const own = withBase(plan, a.base, a.baseYear);
    if (own instanceof PlanError) return own;
    plan = own;
  } else if (a.baseYear !== undefined) {
    return invalidValue("A base year was given without a base value: give both, or neither.");
  }
  // One Target per plan (the label depends only on the series): formulas ask the same thing repeatedly.
  let t = plan.planned.get(TARGET_KEY) as Target | undefined;
  if (!t) plan.planned.set(TARGET_KEY, (t = { ctx, plan, goal: plan.goal! }));
  return t;
}

const TARGET_KEY = "#target";

/** The "no base" answer of a plan, made once. */
function noBaseOf(t: Target): PlanError {
  let error = t.plan.planned.get(NO_BASE_KEY) as PlanError | undefined;
  if (!error) t.plan.planned.set(NO_BASE_KEY, (error = noBase(t.plan, t.ctx.label)));
  return error;
}

const NO_BASE_KEY = "#no-base";

function noTarget(store: PlanStore, ctx: Context, targetYear?: number): PlanError {
  const hint = yearsHint(targetYears(store, ctx.series), "Targets");
  if (targetYear === undefined) return notAvailable(`No target is recorded for ${ctx.label}.`);
  return notAvailable(`${ctx.label} has no target for ${targetYear}.${hint}`);
}

/**
 * For a growth goal, an actual that is plainly a level rather than a rate: 1 or more, and within a
 * halving or doubling a year of the base level (14000 亿元 against a 13617.8 base).
 */
function isLevel(t: Target, actual: number, year: number | undefined): boolean {
  const base = t.plan.base;
  if (t.goal.kind !== "growth" || Math.abs(actual) < 1 || !base || base.value <= 0 || actual <= 0)
    return false;
  if (t.plan.rate) return false;
  const years = Math.max(1, (year ?? base.year + 1) - base.year);
  const ratio = Math.pow(actual / base.value, 1 / years);
  return ratio >= 0.5 && ratio <= 2;
}

/** The actual as the goal reads it: a rate for growth goals (or growth from a level), a checked share. */
function actualFor(t: Target, actual: number, year: number | undefined): number | PlanError {
  const { goal, plan } = t;
  if (goal.kind === "growth") {
    if (isLevel(t, actual, year)) {
      const base = plan.base!;
      if (year === undefined || year <= base.year) {
        return invalidValue(
          `${actual} looks like a level: give the actual growth rate (5.5% or 0.055), or a level of a year after ${base.year}.`,
        );
      }
      return g.growthFromLevels(base.value, actual, year - base.year);
    }
    return g.checkPercent(actual, [goal.value], "actual growth") ?? actual;
  }
  if (!goal.rate) return actual;
  const refs = [goal.value, goal.valueMax ?? goal.value, plan.base?.value ?? goal.value];
  return g.checkPercent(actual, refs, "actual") ?? actual;
}

/** The level the path reaches in a year (PLANNED), for level and growth goals. */
function plannedLevel(t: Target, year: number, method?: g.PathMethod): number | PlanError {
  const path = pathFor(t.plan, t.ctx.label, method);
  if (isPlanError(path)) return path;
  return g.plannedValue(path, year);
}

/**
 * The value the actual is compared with in `year`: the path for levels (the target itself in its year,
 * no base needed), the rate for growth goals, the elapsed share of a total, the per-year figure.
 */
function reference(t: Target, year: number): number | PlanError {
  const key = REFERENCE_KEY + year;
  let hit = t.plan.planned.get(key) as number | PlanError | undefined;
  if (hit === undefined) t.plan.planned.set(key, (hit = computeReference(t, year)));
  return hit;
}

/** Memo keys of reference values, apart from the planned values' (METHOD_KEYS). */
const REFERENCE_KEY = 40_000;

function computeReference(t: Target, year: number): number | PlanError {
  const { goal } = t;
  if (goal.kind === "qualitative") return qualitative(goal.record, t.ctx.label, `${goal.year} target`);
  const simple = g.plannedWithoutBase(goal, year);
  if (simple !== undefined) return simple;
  if (year === goal.year) return goal.value;
  if (year > goal.year) return notAvailable(`${year} is after the target year ${goal.year}.`);
  return plannedLevel(t, year);
}

const METHOD_KEYS: Record<g.PathMethod | "default", number> = {
  default: 0,
  compound: 10_000,
  linear: 20_000,
  growth: 30_000,
};

function methodOf(text: string | undefined): g.PathMethod | undefined | PlanError {
  return text === undefined ? undefined : g.parseMethod(text);
}

export function planned(store: PlanStore, a: GoalArgs & { year: number; method?: string }) {
  const t = targetOf(store, a);
  if (isPlanError(t)) return t;
  const method = methodOf(a.method);
  if (isPlanError(method)) return method;
  const { goal } = t;
  if (goal.kind === "level" || goal.kind === "growth") {
    const key = METHOD_KEYS[method ?? "default"] + a.year; // a number: no string built per call
    let hit = t.plan.planned.get(key) as number | PlanError | undefined;
    if (hit === undefined) t.plan.planned.set(key, (hit = plannedLevel(t, a.year, method)));
    return hit;
  }
  return reference(t, a.year);
}

/** 同步 targets (居民收入增长与经济增长同步): the growth of the indicator named, for the comparison. */
const IN_STEP = /与(.{1,12}?)(?:基本|保持)?同步/u;
const IN_STEP_NAMES: Record<string, string> = { 经济: "GDP", 经济发展: "GDP", 经济增长: "GDP" };

function inStepGoal(store: PlanStore, t: Target, year: number): PlanGoal | undefined {
  const match = IN_STEP.exec(t.goal.record.text ?? t.goal.record.quote);
  if (!match) return undefined;
  const phrase = match[1].replace(/(增长|增速)$/u, "");
  const name = IN_STEP_NAMES[phrase] ?? IN_STEP_NAMES[match[1]] ?? phrase;
  const ctx = contextOf(store, t.ctx.series.regionId, name);
  if (isPlanError(ctx)) return undefined;
  const r = ctx.series.candidates("actual", "growth", year).find((c) => c.value !== null && c.unit === "%");
  if (!r || r.value === null) return undefined;
  return {
    ...t.goal,
    kind: "growth",
    year,
    firstYear: year,
    value: r.value / 100,
    qualifier: "~",
    rate: true,
  };
}

/** The actual and the value it is compared with: the shared first step of GAP, GAPPCT and STATUS. */
function compared(store: PlanStore, a: ActualArgs & { year: number }) {
  const t = targetOf(store, a);
  if (isPlanError(t)) return t;
  if (t.goal.kind === "qualitative") {
    const other = inStepGoal(store, t, a.year);
    if (!other) return { t, qualitative: true as const };
    const actual = g.checkPercent(a.actual, [other.value], "actual growth") ?? a.actual;
    return isPlanError(actual) ? actual : { t: { ...t, goal: other }, actual, reference: other.value };
  }
  const actual = actualFor(t, a.actual, a.year);
  if (isPlanError(actual)) return actual;
  return { t, actual, reference: reference(t, a.year) };
}

function qualitativeError(t: Target): PlanError {
  const r = t.goal.record;
  return notAvailable(
    `The ${r.year} target for ${t.ctx.label} is qualitative: “${r.text ?? r.quote}”; there is no number to compare.`,
  );
}

export function gap(store: PlanStore, a: ActualArgs & { year: number }) {
  const c = compared(store, a);
  if (isPlanError(c)) return c;
  if ("qualitative" in c) return qualitativeError(c.t);
  return isPlanError(c.reference) ? c.reference : g.finite(c.actual - c.reference);
}

export function gapPct(store: PlanStore, a: ActualArgs & { year: number }) {
  const c = compared(store, a);
  if (isPlanError(c)) return c;
  if ("qualitative" in c) return qualitativeError(c.t);
  return isPlanError(c.reference) ? c.reference : g.gapPercent(c.actual, c.reference);
}

/** PROGRESS: the share of the way covered, from the base for levels, from zero for totals and rates. */
export function progress(store: PlanStore, a: ActualArgs) {
  const t = targetOf(store, a);
  if (isPlanError(t)) return t;
  const { goal, plan } = t;
  if (goal.kind === "qualitative") return qualitativeError(t);
  const actual = actualFor(t, a.actual, undefined);
  if (isPlanError(actual)) return actual;
  if (goal.kind !== "level") {
    if (goal.value === 0) return invalidNumber("The target is 0, so progress is undefined.");
    return g.finite(actual / goal.value);
  }
  if (!plan.base) return noBaseOf(t);
  return g.progress(actual, plan.base.value, goal.value);
}

/** REQUIRED: the growth (levels), average growth (growth goals) or amount per year (totals) still needed. */
export function required(store: PlanStore, a: ActualArgs & { year: number }) {
  const t = targetOf(store, a);
  if (isPlanError(t)) return t;
  const { goal } = t;
  if (goal.kind === "qualitative") return qualitativeError(t);
  if (isLevel(t, a.actual, a.year)) {
    // A level on a growth path: the growth that takes it to the path's end.
    const end = plannedLevel(t, goal.year);
    if (isPlanError(end)) return end;
    return g.requiredGrowth(a.actual, end, a.year, goal.year, "compound");
  }
  const actual = actualFor(t, a.actual, a.year);
  if (isPlanError(actual)) return actual;
  if (goal.kind === "annual") return goal.value;
  if (goal.kind === "growth") {
    const years = goal.year - goal.firstYear + 1;
    const done = Math.max(0, a.year - goal.firstYear + 1);
    return done === 0 ? goal.value : g.requiredAverage(goal.value, actual, years, done);
  }
  const left = goal.year - a.year;
  if (left <= 0)
    return invalidNumber(`The target year ${goal.year} is not after ${a.year}: no years are left.`);
  if (goal.kind === "total") return g.finite((goal.value - actual) / left);
  const path = pathFor(t.plan, t.ctx.label);
  const method = isPlanError(path) ? g.defaultMethod(t.plan.rate, true) : path.method;
  return g.requiredGrowth(actual, goal.value, a.year, goal.year, method);
}

/** The language argument of STATUS: English codes by default, Chinese words on request. */
function languageOf(text: string | undefined): Language | PlanError {
  if (text === undefined) return "en";
  const key = normalizeKey(text);
  if (/^(zh|cn|chinese|中)/u.test(key)) return "zh";
  if (/^(en|english|英)/u.test(key)) return "en";
  return invalidValue(`Unknown language '${text}'. Use "en" or "zh" (中文).`);
}

export function status(store: PlanStore, a: GoalArgs & { year: number; actual?: number; language?: string }) {
  const lang = languageOf(a.language);
  if (isPlanError(lang)) return lang;
  if (a.actual === undefined) {
    const t = targetOf(store, a);
    if (isPlanError(t)) return t;
    if (t.goal.kind === "qualitative") return g.statusWord("qualitative", lang, false);
    return notAvailable("Enter the actual value to compare it with the plan.");
  }
  const c = compared(store, a as ActualArgs & { year: number });
  if (isPlanError(c)) return c;
  if ("qualitative" in c) return g.statusWord("qualitative", lang, false);
  const ref = c.reference;
  const code = g.status(c.actual, ref instanceof PlanError ? undefined : ref, c.t.goal, a.year);
  if (code instanceof PlanError) return ref instanceof PlanError ? ref : noBaseOf(c.t);
  return g.statusWord(code, lang, a.year < c.t.goal.year);
}

/** Every goal of a region's indicator, for the sheets and the coverage test. */
export function goals(store: PlanStore, a: NameArgs): readonly PlanGoal[] | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  return isPlanError(ctx) ? ctx : goalsOf(store, ctx.series);
}

/** For messages elsewhere: a record's value as written. */
export { formatValue };
