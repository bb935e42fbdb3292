/**
 * Gap mathematics, defined once. Pure functions over numbers; the store supplies base, target and growth.
 *
 * Planned path between base (y0, b) and target (y1, t):
 *   compound (amounts):            P(y) = b · (t/b)^((y − y0)/(y1 − y0))
 *   linear (units % and 个百分点):  P(y) = b + (t − b) · (y − y0)/(y1 − y0)
 *   growth (only a rate g known):  P(y) = b · (1 + g)^(y − y0)
 * gap = actual − P(year); gap % = gap / P(year); progress = (actual − b)/(t − b);
 * required growth = (t/actual)^(1/(y1 − year)) − 1 (linear paths: the required change per year, t − actual
 * over the years left, in the indicator's unit); status is direction-aware (see `status`).
 */
import { invalidNumber, invalidValue, notAvailable, PlanError } from "./errors";
import { normalizeKey } from "./normalize";
import type { Qualifier } from "../record";

export type PathMethod = "compound" | "linear" | "growth";
export type Direction = "higher" | "lower";
export type Status = "achieved" | "on track" | "behind";

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

/** Units whose values are rates or shares: their paths are linear. */
const LINEAR_UNITS = new Set(["%", "个百分点", "百分点", "‰", "pp"]);

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

export function isLinearUnit(unit: string): boolean {
  return LINEAR_UNITS.has(unit.trim());
}

export function defaultMethod(unit: string, hasTarget: boolean): PathMethod {
  if (!hasTarget) return "growth";
  return isLinearUnit(unit) ? "linear" : "compound";
}

export function parseMethod(input: string): PathMethod | PlanError {
  const method = METHOD_WORDS[normalizeKey(input)];
  return method ?? invalidValue(`Unknown method '${input}'. Use "compound", "linear" or "growth".`);
}

const EPSILON = 1e-9;

/** Extreme inputs (an actual of 1e-300) can overflow; Excel gets #NUM! rather than an infinite number. */
function finite(value: number): number | PlanError {
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

function meets(value: number, goal: number, dir: Direction): boolean {
  const tolerance = EPSILON * Math.max(1, Math.abs(goal));
  return dir === "higher" ? value >= goal - tolerance : value <= goal + tolerance;
}

/** achieved: the target itself is met; on track: the planned value for the year is met; else behind. */
export function status(actual: number, planned: number, target: number, dir: Direction): Status {
  if (meets(actual, target, dir)) return "achieved";
  if (meets(actual, planned, dir)) return "on track";
  return "behind";
}
