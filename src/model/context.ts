/**
 * Resolving a formula's region and indicator to a Series (memoised per store), and the small text helpers
 * the query modules share for their messages.
 */
import { textArg } from "./args";
import { isPlanError, notAvailable, PlanError } from "./errors";
import type { IndicatorRecord, Qualifier } from "../record";
import type { Resolution } from "./name-index";
import type { PlanStore, Series } from "./store";
import { hasHan, loadSimplifier, toSimplified } from "./traditional";
import { toExcel } from "./units";

export type Cell = string | number;
export type Matrix = Cell[][];

export interface Context {
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

export function listOr(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

export function resolutionError(
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
export function resolveName(resolve: (text: string) => Resolution, text: string): Resolution | "load" {
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

export const regionIdOf = (store: PlanStore, region: unknown) => idOf(store, region, REGION_NAMES);
export const indicatorIdOf = (store: PlanStore, indicator: unknown) =>
  idOf(store, indicator, INDICATOR_NAMES);

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

export function contextOf(store: PlanStore, region: unknown, indicator: unknown): Context | PlanError {
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

export const numeric = (records: readonly IndicatorRecord[]) => records.find((r) => r.value !== null);

/** A record's value in Excel units (0.95 for 95%). */
export function excelValue(r: IndicatorRecord): number | null {
  return r.value === null ? null : toExcel(r.value, r.unit);
}

export function formatValue(r: IndicatorRecord): string {
  const range = r.value_max !== undefined ? `${r.value}–${r.value_max}` : String(r.value);
  return `${QUALIFIER_WORDS[r.qualifier]}${range}${r.unit}`;
}

export function qualitative(r: IndicatorRecord, label: string, what: string): PlanError {
  return notAvailable(`The ${what} for ${label} is qualitative: “${r.text ?? r.quote}”.`);
}

export function yearsHint(years: readonly number[], what: string): string {
  return years.length > 0 ? ` ${what} exist for ${years.join(", ")}.` : "";
}
