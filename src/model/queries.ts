/**
 * The PLAN function implementations, shared by the Excel wrappers (src/functions), the CLI and the
 * HyperFormula tests. Each takes the store and the raw arguments and returns a value or a PlanError;
 * none throws on bad input.
 */
import { numberArg, optionalTextArg, textArg, yearArg } from "./args";
import { invalidValue, isPlanError, notAvailable, PlanError } from "./errors";
import * as gapMath from "./gap";
import { impliedGrowth, levelTargetYears, pathFor, planFor, type Plan } from "./plan";
import { decidingRule } from "./precedence";
import type { IndicatorRecord, Qualifier } from "../record";
import type { Resolution } from "./name-index";
import type { PlanStore, Series } from "./store";
import { hasHan, loadSimplifier, toSimplified } from "./traditional";

export type Cell = string | number;
export type Matrix = Cell[][];

interface Context {
  series: Series;
  /** "GDP (地区生产总值) in 漯河经济技术开发区" for messages. */
  label: string;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  "=": "",
  "~": "about ",
  ">=": "at least ",
  ">": "more than ",
  "<=": "at most ",
  "<": "less than ",
};

function listOr(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function resolutionError(
  res: Exclude<Resolution, { ok: true }>,
  kind: "region" | "indicator",
  input: string,
  describe: (id: string) => string,
  listHint: string,
): PlanError {
  const names = res.candidates.map(describe);
  if (res.reason === "ambiguous") {
    return notAvailable(`The ${kind} '${input}' is ambiguous: it could be ${listOr(names)}. Use its id.`);
  }
  const hint = names.length > 0 ? ` Did you mean ${listOr(names)}?` : ` ${listHint}`;
  return notAvailable(`Unknown ${kind} '${input}'.${hint}`);
}

/**
 * Resolves a name; an unknown name with Chinese characters is tried again in simplified form (地區 → 地区).
 * "load" means the converter must be loaded first.
 */
function resolveName(resolve: (text: string) => Resolution, text: string): Resolution | "load" {
  const res = resolve(text);
  if (res.ok || res.reason !== "unknown" || !hasHan(text)) return res;
  const simplified = toSimplified(text);
  if (simplified === undefined) return "load";
  if (simplified === text) return res;
  const again = resolve(simplified);
  return again.ok || again.candidates.length > 0 ? again : res;
}

function waitForSimplifier(kind: string, text: string): PlanError {
  return new PlanError("#N/A", `Unknown ${kind} '${text}'.`, loadSimplifier);
}

/** What resolving a region or an indicator name needs, as data: one resolver serves both. */
interface NameKind {
  kind: "region" | "indicator";
  example: string;
  resolve: (store: PlanStore, text: string) => ReturnType<PlanStore["resolveRegion"]>;
  describe: (store: PlanStore, id: string) => string;
  listHint: string;
}

const REGION_NAMES: NameKind = {
  kind: "region",
  example: '"Luohe" or 漯河经开区',
  resolve: (store, text) => store.resolveRegion(text),
  describe: (store, id) => store.describeRegion(id),
  listHint: "PLAN.REGIONS() lists the regions.",
};

const INDICATOR_NAMES: NameKind = {
  kind: "indicator",
  example: '"GDP" or 地区生产总值',
  resolve: (store, text) => store.resolveIndicator(text),
  describe: (store, id) => store.describeIndicator(id),
  listHint: "PLAN.INDICATORS(region) lists a region's indicators.",
};

function idOf(store: PlanStore, value: unknown, names: NameKind): string | PlanError {
  const text = textArg(value, names.kind, names.example);
  if (isPlanError(text)) return text;
  const res = resolveName((t) => names.resolve(store, t), text);
  if (res === "load") return waitForSimplifier(names.kind, text);
  if (res.ok) return res.id;
  return resolutionError(res, names.kind, text, (id) => names.describe(store, id), names.listHint);
}

const regionIdOf = (store: PlanStore, region: unknown) => idOf(store, region, REGION_NAMES);
const indicatorIdOf = (store: PlanStore, indicator: unknown) => idOf(store, indicator, INDICATOR_NAMES);

function resolveContext(store: PlanStore, region: unknown, indicator: unknown): Context | PlanError {
  const regionId = regionIdOf(store, region);
  if (isPlanError(regionId)) return regionId;
  const indicatorId = indicatorIdOf(store, indicator);
  if (isPlanError(indicatorId)) return indicatorId;
  const label = `${store.describeIndicator(indicatorId)} in ${store.regions.get(regionId)?.name ?? regionId}`;
  const series = store.getSeries(regionId, indicatorId);
  if (!series) {
    return notAvailable(
      `No records for ${label}. PLAN.INDICATORS("${regionId}") lists the indicators it has.`,
    );
  }
  return { series, label };
}

/** Contexts memoised per store on the (region, indicator) text pair: formulas repeat the same few pairs. */
const MAX_MEMO = 10_000;

function contextOf(store: PlanStore, region: unknown, indicator: unknown): Context | PlanError {
  if (typeof region !== "string" || typeof indicator !== "string")
    return resolveContext(store, region, indicator);
  const memo = store.contextMemo;
  let byIndicator = memo.get(region);
  if (!byIndicator) {
    if (memo.size >= MAX_MEMO) memo.clear(); // bounded: garbage input cannot grow memory
    memo.set(region, (byIndicator = new Map()));
  }
  let hit = byIndicator.get(indicator) as Context | PlanError | undefined;
  if (hit === undefined) {
    hit = resolveContext(store, region, indicator);
    const final = !(hit instanceof PlanError && hit.retry); // an answer that waits for a load is asked again
    if (final && byIndicator.size < MAX_MEMO) byIndicator.set(indicator, hit);
  }
  return hit;
}

const numeric = (records: readonly IndicatorRecord[]) => records.find((r) => r.value !== null);

function formatValue(r: IndicatorRecord): string {
  const range = r.value_max !== undefined ? `${r.value}–${r.value_max}` : String(r.value);
  return `${QUALIFIER_WORDS[r.qualifier]}${range}${r.unit}`;
}

function qualitative(r: IndicatorRecord, label: string, what: string): PlanError {
  return notAvailable(`The ${what} for ${label} is qualitative: “${r.text ?? r.quote}”.`);
}

function yearsHint(years: readonly number[], what: string): string {
  return years.length > 0 ? ` ${what} exist for ${years.join(", ")}.` : "";
}

export function target(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
): number | PlanError {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const y = yearArg(year);
  if (isPlanError(y) || y === undefined) return y ?? invalidValue("The year is missing.");
  const levels = ctx.series.candidates("target", "level", y);
  const hit = numeric(levels);
  if (hit && hit.value !== null) return hit.value;
  if (levels.length > 0) return qualitative(levels[0], ctx.label, `${y} target`);
  const growth = ctx.series.pick("target", "growth", y);
  if (growth) {
    return notAvailable(
      `${ctx.label} has no level target for ${y}, only a growth target (${formatValue(growth)}): ` +
        `use PLAN.GROWTH(region, indicator, ${y}).`,
    );
  }
  return notAvailable(
    `No ${y} target for ${ctx.label}.${yearsHint(ctx.series.years("target", "level"), "Targets")}`,
  );
}

function basePoint(store: PlanStore, region: unknown, indicator: unknown) {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const plan = planFor(store, ctx.series);
  if (plan.base) return plan.base;
  const anchor = plan.target ?? plan.growth;
  const detail = anchor ? ` before the plan for ${anchor.record.year}` : "";
  return notAvailable(`No base value (an actual${detail}) is recorded for ${ctx.label}.`);
}

export function base(store: PlanStore, region: unknown, indicator: unknown): number | PlanError {
  const point = basePoint(store, region, indicator);
  return isPlanError(point) ? point : point.value;
}

export function baseYear(store: PlanStore, region: unknown, indicator: unknown): number | PlanError {
  const point = basePoint(store, region, indicator);
  return isPlanError(point) ? point : point.year;
}

export function actual(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
): number | PlanError {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const y = yearArg(year);
  if (isPlanError(y) || y === undefined) return y ?? invalidValue("The year is missing.");
  const hit =
    numeric(ctx.series.candidates("actual", "level", y)) ??
    numeric(ctx.series.candidates("estimate", "level", y));
  if (hit && hit.value !== null) return hit.value;
  const growth = ctx.series.pick("actual", "growth", y);
  if (growth) {
    return notAvailable(
      `Only the ${y} growth of ${ctx.label} is recorded (${formatValue(growth)}), not its level.`,
    );
  }
  return notAvailable(
    `No ${y} actual for ${ctx.label}.${yearsHint(ctx.series.years("actual", "level"), "Actuals")}`,
  );
}

/** Growth targets in %, the one for exactly `year` first, else a period average covering it. */
function growthRecordFor(series: Series, year: number): IndicatorRecord | undefined {
  const exact = series.candidates("target", "growth", year);
  if (exact.length > 0) return numeric(exact) ?? exact[0];
  for (const y of series.years("target", "growth")) {
    const r = series.pick("target", "growth", y);
    if (r && (r.period_start ?? y) <= year && year <= y) return r;
  }
  return undefined;
}

function rateOf(r: IndicatorRecord, label: string): number | PlanError {
  if (r.value === null) return qualitative(r, label, `${r.year} growth target`);
  if (r.unit.trim() !== "%") return notAvailable(`The growth target for ${label} is in ${r.unit}, not %.`);
  return r.value / 100;
}

export function growth(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
): number | PlanError {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const y = yearArg(year, true);
  if (isPlanError(y)) return y;
  const plan = planFor(store, ctx.series, y);
  const explicit =
    y !== undefined ? growthRecordFor(ctx.series, y) : (plan.growth?.record ?? lastGrowthRecord(ctx.series));
  const implied =
    plan.base && plan.target && (y === undefined || y <= plan.target.year)
      ? impliedGrowth(plan.base, plan.target)
      : undefined;
  if (explicit) {
    const rate = rateOf(explicit, ctx.label);
    if (isPlanError(rate) && explicit.value === null && implied !== undefined) {
      const percent = (implied * 100).toFixed(2);
      return notAvailable(`${rate.message} Its base and target imply ${percent}% a year.`);
    }
    return rate;
  }
  if (implied !== undefined) return implied;
  return notAvailable(`No planned growth for ${ctx.label}${y !== undefined ? ` in ${y}` : ""}.`);
}

function lastGrowthRecord(series: Series): IndicatorRecord | undefined {
  const years = series.years("target", "growth");
  return years.length > 0 ? series.pick("target", "growth", years[years.length - 1]) : undefined;
}

/** The optional target year of the gap functions (a sheet row's own target); undefined when omitted. */
function targetYearArg(value: unknown): number | undefined | PlanError {
  const y = yearArg(value, true);
  if (!isPlanError(y)) return y;
  return invalidValue(
    `'${String(value)}' is not a target year: give the year of a level target such as 2035 or "2035年", ` +
      "or leave it out.",
  );
}

/** Answers for a target year that has no level target, per plan: a sheet asks the same row again and again. */
const missingTargets = new WeakMap<Plan, PlanError>();

/**
 * The plan the gap functions follow for a year: the target at or after it, or, given a target year, the
 * level target of exactly that year (an indicator with 2025 and 2035 targets has two paths).
 */
function planAt(
  store: PlanStore,
  ctx: Context,
  year: number | undefined,
  targetYear: number | undefined,
): Plan | PlanError {
  const plan = planFor(store, ctx.series, year, targetYear);
  if (targetYear === undefined || plan.target) return plan;
  let error = missingTargets.get(plan);
  if (!error) missingTargets.set(plan, (error = noTargetIn(ctx, targetYear)));
  return error;
}

/** Why a target year has no path to follow, naming the years that have one. */
function noTargetIn(ctx: Context, targetYear: number): PlanError {
  const hint = yearsHint(levelTargetYears(ctx.series), "Level targets");
  const levels = ctx.series.candidates("target", "level", targetYear);
  const total = levels.find((r) => r.value !== null);
  if (total) {
    return notAvailable(
      `The ${targetYear} target for ${ctx.label} is a total over ${total.period_start ?? "the period"}–` +
        `${targetYear} (${formatValue(total)}), not a level a path can reach.${hint}`,
    );
  }
  if (levels.length > 0)
    return notAvailable(`${qualitative(levels[0], ctx.label, `${targetYear} target`).message}${hint}`);
  const growth = ctx.series.pick("target", "growth", targetYear);
  if (growth) {
    return notAvailable(
      `${ctx.label} has no level target for ${targetYear}, only a growth target (${formatValue(growth)}): ` +
        `leave the target year out to follow the growth path.${hint}`,
    );
  }
  return notAvailable(`${ctx.label} has no level target for ${targetYear}.${hint}`);
}

interface PlannedAt {
  plan: Plan;
  path: gapMath.Path;
  planned: number;
}

function plannedAt(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
  method: unknown,
  targetYear: unknown,
): PlannedAt | PlanError {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const y = yearArg(year);
  if (isPlanError(y) || y === undefined) return y ?? invalidValue("The year is missing.");
  const ty = targetYearArg(targetYear);
  if (isPlanError(ty)) return ty;
  const methodText = optionalTextArg(method);
  const plan = planAt(store, ctx, y, ty);
  if (isPlanError(plan)) return plan;
  // The plan belongs to this year, so its answer per method is fixed: memoised, errors included.
  const key = methodText ?? "";
  let at = plan.planned.get(key) as PlannedAt | PlanError | undefined;
  if (at === undefined) {
    at = computePlannedAt(plan, ctx.label, y, methodText);
    plan.planned.set(key, at);
  }
  return at;
}

function computePlannedAt(
  plan: Plan,
  label: string,
  year: number,
  methodText?: string,
): PlannedAt | PlanError {
  const chosen = methodText === undefined ? undefined : gapMath.parseMethod(methodText);
  if (isPlanError(chosen)) return chosen;
  const path = pathFor(plan, label, chosen);
  if (isPlanError(path)) return path;
  const planned = gapMath.plannedValue(path, year);
  if (isPlanError(planned)) return planned;
  return { plan, path, planned };
}

export function planned(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
  method?: unknown,
  targetYear?: unknown,
): number | PlanError {
  const at = plannedAt(store, region, indicator, year, method, targetYear);
  return isPlanError(at) ? at : at.planned;
}

/** GAP, GAPPCT and STATUS: the actual against the planned value for its year. */
function againstPlanned<T>(
  compare: (actual: number, at: PlannedAt) => T | PlanError,
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
  actualValue: unknown,
  targetYear?: unknown,
) {
  const at = plannedAt(store, region, indicator, year, undefined, targetYear);
  if (isPlanError(at)) return at;
  const a = numberArg(actualValue, "actual value");
  return isPlanError(a) ? a : compare(a, at);
}

export function gap(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
  actualValue: unknown,
  targetYear?: unknown,
) {
  return againstPlanned(
    (a, at) => gapMath.gap(a, at.planned),
    store,
    region,
    indicator,
    year,
    actualValue,
    targetYear,
  );
}

export function gapPct(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
  actualValue: unknown,
  targetYear?: unknown,
) {
  return againstPlanned(
    (a, at) => gapMath.gapPercent(a, at.planned),
    store,
    region,
    indicator,
    year,
    actualValue,
    targetYear,
  );
}

export function progress(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  actualValue: unknown,
  targetYear?: unknown,
) {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const ty = targetYearArg(targetYear);
  if (isPlanError(ty)) return ty;
  const plan = planAt(store, ctx, undefined, ty);
  if (isPlanError(plan)) return plan;
  if (!plan.target) return notAvailable(`No level target is recorded for ${ctx.label}.`);
  if (!plan.base) return notAvailable(`No base value is recorded for ${ctx.label}.`);
  const a = numberArg(actualValue, "actual value");
  return isPlanError(a) ? a : gapMath.progress(a, plan.base.value, plan.target.value);
}

/** The value the path reaches in its last year: the target, or the growth path's end. */
function endValue(path: gapMath.Path): number | PlanError {
  return path.target ?? gapMath.plannedValue(path, path.targetYear);
}

export function required(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
  actualValue: unknown,
  targetYear?: unknown,
) {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const y = yearArg(year);
  if (isPlanError(y) || y === undefined) return y ?? invalidValue("The year is missing.");
  const ty = targetYearArg(targetYear);
  if (isPlanError(ty)) return ty;
  const a = numberArg(actualValue, "actual value");
  if (isPlanError(a)) return a;
  const plan = planAt(store, ctx, y, ty);
  if (isPlanError(plan)) return plan;
  const path = pathFor(plan, ctx.label);
  if (isPlanError(path)) return path;
  const goal = endValue(path);
  if (isPlanError(goal)) return goal;
  return gapMath.requiredGrowth(a, goal, y, path.targetYear, path.method);
}

export function status(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
  actualValue: unknown,
  targetYear?: unknown,
) {
  return againstPlanned(
    (a, at) => {
      const goal = endValue(at.path);
      return isPlanError(goal) ? goal : gapMath.status(a, at.planned, goal, at.plan.direction);
    },
    store,
    region,
    indicator,
    year,
    actualValue,
    targetYear,
  );
}

export function unit(store: PlanStore, region: unknown, indicator: unknown): string | PlanError {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  return planFor(store, ctx.series).unit || (ctx.series.records[0]?.unit ?? "");
}

export function qualifier(store: PlanStore, region: unknown, indicator: unknown, year: unknown) {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const y = yearArg(year);
  if (isPlanError(y) || y === undefined) return y ?? invalidValue("The year is missing.");
  const r = ctx.series.pick("target", "level", y) ?? ctx.series.pick("target", "growth", y);
  return r ? r.qualifier : notAvailable(`No ${y} target for ${ctx.label}.`);
}

/** The record that answers for a year: level target, growth target, actual, estimate. */
function answeringSlot(series: Series, year: number): readonly IndicatorRecord[] {
  const slots: [IndicatorRecord["kind"], IndicatorRecord["measure"]][] = [
    ["target", "level"],
    ["target", "growth"],
    ["target", "change"],
    ["actual", "level"],
    ["estimate", "level"],
    ["actual", "growth"],
  ];
  for (const [kind, measure] of slots) {
    const found = series.candidates(kind, measure, year);
    if (found.length > 0) return found;
  }
  return [];
}

export function source(
  store: PlanStore,
  region: unknown,
  indicator: unknown,
  year: unknown,
): string | PlanError {
  const ctx = contextOf(store, region, indicator);
  if (isPlanError(ctx)) return ctx;
  const y = yearArg(year);
  if (isPlanError(y) || y === undefined) return y ?? invalidValue("The year is missing.");
  const [chosen, ...others] = answeringSlot(ctx.series, y);
  if (!chosen) return notAvailable(`No ${y} record for ${ctx.label}.`);
  const doc = store.documents.get(chosen.doc);
  const title = doc?.title ? `《${doc.title}》` : chosen.doc;
  let text = `${title} (${chosen.doc}, ${chosen.source}): “${chosen.quote}”`;
  if (others.length > 0) {
    const rule = decidingRule(chosen, others[0], (d) => store.documents.get(d)) ?? "the earlier passage";
    const n = others.length;
    text += ` [chosen over ${n} other record${n > 1 ? "s" : ""} by the rule: ${rule}]`;
  }
  return text;
}

/** A numeric level target even when it is off the path (a 累计 total): INDICATORS still shows it. */
function latestLevelTarget(series: Series): { year: number; value: number } | undefined {
  const years = series.years("target", "level");
  for (let i = years.length - 1; i >= 0; i--) {
    const hit = numeric(series.candidates("target", "level", years[i]));
    if (hit && hit.value !== null) return { year: hit.year, value: hit.value };
  }
  return undefined;
}

export const REGION_HEADER: Cell[] = ["id", "name", "English name", "aliases", "documents", "records"];
export const INDICATOR_HEADER: Cell[] = [
  "id",
  "name",
  "English name",
  "unit",
  "base",
  "target year",
  "target",
];

export function regions(store: PlanStore): Matrix {
  const rows: Matrix = [REGION_HEADER];
  for (const r of store.regions.values()) {
    rows.push([
      r.id,
      r.name,
      r.name_en,
      r.aliases.join(", "),
      store.documentCount(r.id),
      store.recordCount(r.id),
    ]);
  }
  return rows;
}

export function indicators(store: PlanStore, region: unknown): Matrix | PlanError {
  const regionId = regionIdOf(store, region);
  if (isPlanError(regionId)) return regionId;
  const rows: Matrix = [INDICATOR_HEADER];
  for (const s of store.seriesOf(regionId)) {
    const info = store.indicators.get(s.indicatorId);
    const plan = planFor(store, s);
    const target = plan.target ?? latestLevelTarget(s);
    rows.push([
      s.indicatorId,
      info?.name_zh ?? s.records[0].indicator,
      info?.name_en ?? "",
      plan.unit,
      plan.base?.value ?? "",
      target?.year ?? "",
      target?.value ?? "",
    ]);
  }
  return rows;
}
