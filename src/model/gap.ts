/**
 * Gap mathematics, defined once. Pure functions over numbers in Excel units (95% is 0.95); the plan
 * (src/model/plan.ts) supplies the goal, the base and the path.
 *
 * Goals, by what the plan sets:
 *   level    a level to reach by a year (GDP 500 亿元 in 2025): a path from the base to the target;
 *   growth   a growth rate, for one year (增长7%左右) or as a period average (年均增长5%): the actual is a rate;
 *   total    a cumulative total over a period (累计, 五年, 新增…) or a change (提高1.2个百分点): the actual is
 *            the total so far; planned = target × the elapsed share of the period;
 *   annual   the same figure every year of a period (每年引进3–5家): each year's actual against it;
 *   qualitative  words (与经济增长同步): no number, except the 同步 comparison of two growth rates.
 *
 * Planned path between base (y0, b) and target (y1, t):
 *   compound (amounts):            P(y) = b · (t/b)^((y − y0)/(y1 − y0))
 *   linear (rates and shares):     P(y) = b + (t − b) · (y − y0)/(y1 − y0)
 *   growth (only a rate g known):  P(y) = b · (1 + g)^(y − y0)
 */
import { invalidNumber, invalidValue, notAvailable, PlanError } from "./errors";
import { normalizeKey } from "./normalize";
import type { Qualifier } from "../record";
import type { Language } from "../record/language";

export type PathMethod = "compound" | "linear" | "growth";
export type Direction = "higher" | "lower";
export type GoalKind = "level" | "growth" | "total" | "annual" | "qualitative";
/** Stable codes, after the categories of China's plan mid-term reviews (see STATUS_WORDS). */
export type Status = "achieved" | "ahead" | "on track" | "behind" | "qualitative";

export interface Path {
  method: PathMethod;
  baseYear: number;
  base: number;
  /** Target year and value (compound, linear); for growth paths the last year the rate applies to. */
  targetYear: number;
  target?: number;
  /** Annual growth as a fraction (0.07 for 7%): growth paths only. */
  growth?: number;
}

/** What one target asks for, in Excel units. */
export interface Goal {
  kind: GoalKind;
  /** The target year (the last year of a period). */
  year: number;
  /** The first year of the period the goal covers (period averages, totals, per-year targets). */
  firstYear: number;
  /** The target (a rate for growth goals); NaN for qualitative goals. */
  value: number;
  /** Upper end of a range (30%–35%, 3–5家). */
  valueMax?: number;
  qualifier: Qualifier;
  /** A rate or share: tolerances in percentage points, linear paths, percentages checked. */
  rate: boolean;
  direction: Direction;
}

/**
 * Tolerances (documented in the README): a rate or share is "about" its target within ±0.5 percentage
 * points, a level within ±2%. Plans round growth targets to half points (6.5%, 7%), and statistical
 * bulletins revise levels by about 1–2%; anything inside that is the target as written. The same band
 * separates "on track" from "ahead" and "behind" on the planned path.
 */
export const RATE_TOLERANCE = 0.005;
export const LEVEL_TOLERANCE = 0.02;
const EPSILON = 1e-9;

export function tolerance(goal: Pick<Goal, "rate">, reference: number): number {
  return goal.rate ? RATE_TOLERANCE : LEVEL_TOLERANCE * Math.abs(reference);
}

/** Words users may pass as the optional method argument (English and Chinese). */
const METHOD_WORDS: Record<string, PathMethod> = {
  compound: "compound",
  geometric: "compound",
  cagr: "compound",
  复合: "compound",
  几何: "compound",
  linear: "linear",
  straight: "linear",
  线性: "linear",
  直线: "linear",
  growth: "growth",
  rate: "growth",
  增速: "growth",
  增长: "growth",
  增长率: "growth",
};

export function defaultMethod(rate: boolean, hasTarget: boolean): PathMethod {
  if (!hasTarget) return "growth";
  return rate ? "linear" : "compound";
}

export function parseMethod(input: string): PathMethod | PlanError {
  const method = METHOD_WORDS[normalizeKey(input)];
  return method ?? invalidValue(`Unknown method '${input}'. Use "compound", "linear" or "growth".`);
}

/** Extreme inputs can overflow; Excel gets #NUM! rather than an infinite number. */
export function finite(value: number): number | PlanError {
  return Number.isFinite(value)
    ? value
    : invalidNumber("The result is too large to compute; check the inputs.");
}

export function plannedValue(path: Path, year: number): number | PlanError {
  const { method, baseYear: y0, base: b, targetYear: y1, target: t } = path;
  if (year < y0) return notAvailable(`${year} is before the plan's base year ${y0}.`);
  if (year > y1) return notAvailable(`${year} is after the plan's last year ${y1}.`);
  if (method === "growth") {
    if (path.growth === undefined) return notAvailable("No planned growth rate is known for this indicator.");
    if (path.growth <= -1)
      return invalidNumber(`A growth rate of ${path.growth * 100}% cannot be compounded.`);
    if (b <= 0) return invalidNumber(`A growth path needs a positive base, not ${b}.`);
    return finite(b * Math.pow(1 + path.growth, year - y0));
  }
  if (t === undefined) return notAvailable("No level target is known for this indicator.");
  if (y1 === y0) return year === y1 ? t : invalidNumber("The base year and the target year are the same.");
  const share = (year - y0) / (y1 - y0);
  if (method === "linear") return finite(b * (1 - share) + t * share); // = b + (t − b)·share, exact at the ends
  if (b <= 0 || t <= 0) {
    return invalidNumber(
      `A compound path needs a positive base and target (base ${b}, target ${t}); use the method "linear".`,
    );
  }
  return finite(b * Math.pow(t / b, share));
}

/** Direction from the target's qualifier first (≤, 以内 = lower is better), then the lexicon, then base vs target. */
export function direction(
  qualifier: Qualifier | undefined,
  lowerIsBetter: boolean | undefined,
  base?: number,
  target?: number,
): Direction {
  if (qualifier === "<=" || qualifier === "<") return "lower";
  if (qualifier === ">=" || qualifier === ">") return "higher";
  if (lowerIsBetter !== undefined) return lowerIsBetter ? "lower" : "higher";
  if (base !== undefined && target !== undefined && target < base) return "lower";
  return "higher";
}

/** The share of a period elapsed at the end of `year`: 2023 of 2021–2025 is 3/5. */
export function elapsedShare(firstYear: number, lastYear: number, year: number): number {
  const years = lastYear - firstYear + 1;
  return Math.min(1, Math.max(0, (year - firstYear + 1) / years));
}

/** The planned value of a goal that needs no base: a total's share, a per-year figure, a rate. */
export function plannedWithoutBase(goal: Goal, year: number): number | undefined {
  if (goal.kind === "total") return goal.value * elapsedShare(goal.firstYear, goal.year, year);
  if (goal.kind === "annual" || goal.kind === "growth") return goal.value;
  return undefined;
}

export function gap(actual: number, planned: number): number {
  return actual - planned;
}

/** Divided by |planned| so that the sign always follows the gap (planned values of rates can be negative). */
export function gapPercent(actual: number, planned: number): number | PlanError {
  if (planned === 0)
    return invalidNumber("The planned value is 0, so the gap cannot be given as a percentage.");
  return finite((actual - planned) / Math.abs(planned));
}

export function progress(actual: number, base: number, target: number): number | PlanError {
  if (target === base) return invalidNumber("The target equals the base, so progress is undefined.");
  return finite((actual - base) / (target - base));
}

export function requiredGrowth(
  actual: number,
  target: number,
  year: number,
  targetYear: number,
  method: PathMethod,
): number | PlanError {
  const yearsLeft = targetYear - year;
  if (yearsLeft <= 0)
    return invalidNumber(`The target year ${targetYear} is not after ${year}: no years are left.`);
  if (method === "linear") return finite((target - actual) / yearsLeft);
  if (actual <= 0 || target <= 0) {
    return invalidNumber(`Growth needs a positive actual and target (actual ${actual}, target ${target}).`);
  }
  return finite(Math.pow(target / actual, 1 / yearsLeft) - 1);
}

/**
 * The average growth still required in the years left of a period-average target g over n years, after
 * an average a over the first k years: ((1+g)^n / (1+a)^k)^(1/(n−k)) − 1.
 */
export function requiredAverage(goal: number, achieved: number, years: number, done: number) {
  if (done >= years) return invalidNumber("The period is over: no years are left.");
  if (goal <= -1 || achieved <= -1) return invalidNumber("A growth rate of −100% or less cannot compound.");
  return finite(Math.pow(Math.pow(1 + goal, years) / Math.pow(1 + achieved, done), 1 / (years - done)) - 1);
}

/** The average annual growth from level b to level a over n years: (a/b)^(1/n) − 1. */
export function growthFromLevels(base: number, actual: number, years: number): number | PlanError {
  if (years <= 0) return invalidNumber("Growth from levels needs a base year before the actual's year.");
  if (base <= 0 || actual <= 0)
    return invalidNumber(`Growth from levels needs positive levels (base ${base}, actual ${actual}).`);
  return finite(Math.pow(actual / base, 1 / years) - 1);
}

/** Better than `goal` in the goal's direction, by more than `tol`. */
function beyond(value: number, goal: number, dir: Direction, tol: number): boolean {
  return dir === "higher" ? value > goal + tol : value < goal - tol;
}

/** At least as good as `goal`, allowing `tol`. */
function meets(value: number, goal: number, dir: Direction, tol: number): boolean {
  return dir === "higher" ? value >= goal - tol : value <= goal + tol;
}

/**
 * Whether an actual meets the goal as the plan words it: a floor (以上, ≥) or ceiling (以内, ≤) exactly,
 * 突破/低于 strictly, a range inside its bounds (beyond it: "ahead"), about (左右) within the tolerance.
 */
export function meetsGoal(actual: number, goal: Goal): "met" | "beyond" | undefined {
  const t = goal.value;
  const eps = EPSILON * Math.max(1, Math.abs(t));
  if (goal.valueMax !== undefined) {
    const [lo, hi] = [Math.min(t, goal.valueMax), Math.max(t, goal.valueMax)];
    if (actual >= lo - eps && actual <= hi + eps) return "met";
    const outside = goal.direction === "higher" ? actual > hi : actual < lo;
    return outside ? "beyond" : undefined;
  }
  if (goal.qualifier === ">") return actual > t + eps ? "met" : undefined;
  if (goal.qualifier === "<") return actual < t - eps ? "met" : undefined;
  const tol = goal.qualifier === "~" ? tolerance(goal, t) : eps;
  return meets(actual, t, goal.direction, tol) ? "met" : undefined;
}

const NO_PATH = notAvailable("No planned path is known.");

/**
 * achieved: the goal is met (before the target year only for levels and totals: a period average met
 * halfway is on track, not done); ahead / on track / behind: against the planned value for the year,
 * within the tolerance band. `planned` is undefined when no path is known: then only achieved or behind
 * in the target year can be said, else a PlanError (the caller replaces it with the reason).
 */
export function status(
  actual: number,
  planned: number | undefined,
  goal: Goal,
  year: number,
): Status | PlanError {
  const final = year >= goal.year;
  const met = meetsGoal(actual, goal);
  const early = goal.kind === "level" || goal.kind === "total";
  if (met === "beyond" && !final && goal.kind !== "annual") return "ahead";
  if (met && (final || early || goal.kind === "annual")) return "achieved";
  if (final) return "behind";
  const reference = planned ?? (goal.kind === "growth" ? goal.value : undefined);
  if (reference === undefined) return NO_PATH; // the caller says why (no base, a year off the path)
  const tol = tolerance(goal, reference);
  if (beyond(actual, reference, goal.direction, tol)) return "ahead";
  return meets(actual, reference, goal.direction, tol) ? "on track" : "behind";
}

/**
 * A value plainly typed as a percentage number (90 against a target of 95%): #VALUE! that says what to
 * type. A rate's actual of 1 or more is suspect when it is over five times every reference.
 */
export function checkPercent(
  value: number,
  references: readonly number[],
  what: string,
): PlanError | undefined {
  if (Math.abs(value) < 1) return undefined;
  const largest = Math.max(0.01, ...references.filter(Number.isFinite).map(Math.abs));
  if (Math.abs(value) <= 5 * largest) return undefined;
  const shown = Number(value.toPrecision(12));
  return invalidValue(
    `The ${what} ${shown} looks like a percentage written as a number: type ${shown}% or ${Number((shown / 100).toPrecision(12))}.`,
  );
}

/** STATUS in the words of the 十四五 mid-term review (提前完成/已完成, 快于预期, 符合预期, 滞后于预期). */
export const STATUS_WORDS: Record<Status, { en: string; zh: string }> = {
  achieved: { en: "achieved", zh: "已完成" },
  ahead: { en: "ahead", zh: "快于预期" },
  "on track": { en: "on track", zh: "符合预期" },
  behind: { en: "behind", zh: "滞后于预期" },
  qualitative: { en: "qualitative", zh: "定性目标" },
};
/** Achieved before the target year. */
export const ACHIEVED_EARLY = { en: "achieved", zh: "提前完成" };

export function statusWord(code: Status, lang: Language, early: boolean): string {
  if (code === "achieved" && early) return ACHIEVED_EARLY[lang];
  return STATUS_WORDS[code][lang];
}
