/**
 * The PLAN lookup functions (TARGET, BASEVALUE, ACTUAL, TARGETGROWTH, UNIT, QUALIFIER, SOURCE, REGIONS,
 * INDICATORS). Arguments arrive coerced by the spec table (src/model/function-specs.ts): years are
 * numbers; region and indicator are resolved here. Values come out in Excel units (95% → 0.95). None
 * throws on bad input.
 */
import {
  contextOf,
  excelValue,
  formatValue,
  numeric,
  qualitative,
  regionIdOf,
  yearsHint,
  type Matrix,
} from "./context";
import { isPlanError, notAvailable, type PlanError } from "./errors";
import { describeBase, impliedGrowth, planFor, type Plan } from "./plan";
import { decidingRule } from "./precedence";
import type { IndicatorRecord } from "../record";
import type { PlanStore, Series } from "./store";

export type { Cell, Matrix } from "./context";

/** Region and indicator, as typed: resolved (and memoised) by contextOf. */
export interface NameArgs {
  region: unknown;
  indicator: unknown;
}

export interface YearArgs extends NameArgs {
  year: number;
}

export function target(store: PlanStore, a: YearArgs): number | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (isPlanError(ctx)) return ctx;
  const levels = ctx.series.candidates("target", "level", a.year);
  const hit = numeric(levels);
  if (hit) return excelValue(hit) as number;
  if (levels.length > 0) return qualitative(levels[0], ctx.label, `${a.year} target`);
  const growth = ctx.series.pick("target", "growth", a.year);
  if (growth) {
    return notAvailable(
      `${ctx.label} has no level target for ${a.year}, only a growth target (${formatValue(growth)}): ` +
        `use PLAN.TARGETGROWTH(region, indicator, ${a.year}).`,
    );
  }
  const years = yearsHint(ctx.series.years("target", "level"), "Targets");
  return notAvailable(`No ${a.year} target for ${ctx.label}.${years}`);
}

function basePlan(store: PlanStore, a: NameArgs): Plan | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (isPlanError(ctx)) return ctx;
  const plan = planFor(store, ctx.series);
  if (plan.base) return plan;
  const y = plan.defaultBaseYear;
  const detail = y !== undefined ? ` (an actual or estimate of ${y})` : "";
  return notAvailable(`No base value${detail} is recorded for ${ctx.label}.`);
}

export function baseValue(store: PlanStore, a: NameArgs): number | PlanError {
  const plan = basePlan(store, a);
  return isPlanError(plan) ? plan : plan.base!.value;
}

export function baseYear(store: PlanStore, a: NameArgs): number | PlanError {
  const plan = basePlan(store, a);
  return isPlanError(plan) ? plan : plan.base!.year;
}

export function actual(store: PlanStore, a: YearArgs): number | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (isPlanError(ctx)) return ctx;
  const hit =
    numeric(ctx.series.candidates("actual", "level", a.year)) ??
    numeric(ctx.series.candidates("estimate", "level", a.year));
  if (hit) return excelValue(hit) as number;
  const growth = ctx.series.pick("actual", "growth", a.year);
  if (growth) {
    return notAvailable(
      `Only the ${a.year} growth of ${ctx.label} is recorded (${formatValue(growth)}), not its level.`,
    );
  }
  const years = yearsHint(ctx.series.years("actual", "level"), "Actuals");
  return notAvailable(`No ${a.year} actual for ${ctx.label}.${years}`);
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

function lastGrowthRecord(series: Series): IndicatorRecord | undefined {
  const years = series.years("target", "growth");
  return years.length > 0 ? series.pick("target", "growth", years[years.length - 1]) : undefined;
}

/** PLAN.TARGETGROWTH: the written growth target, else the growth implied by base and level target. */
export function targetGrowth(store: PlanStore, a: NameArgs & { year?: number }): number | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (isPlanError(ctx)) return ctx;
  const y = a.year;
  const explicit = y !== undefined ? growthRecordFor(ctx.series, y) : lastGrowthRecord(ctx.series);
  const plan = planFor(store, ctx.series, y);
  const goal = plan.goal;
  const implied =
    plan.base && goal?.kind === "level" && (y === undefined || y <= goal.year)
      ? impliedGrowth(plan.base, goal)
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
  if (goal?.kind === "growth" && goal.trend) return goal.value;
  return notAvailable(`No planned growth for ${ctx.label}${y !== undefined ? ` in ${y}` : ""}.`);
}

export function unit(store: PlanStore, a: NameArgs): string | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (isPlanError(ctx)) return ctx;
  return planFor(store, ctx.series).unit || (ctx.series.records[0]?.unit ?? "");
}

export function qualifier(store: PlanStore, a: YearArgs): string | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (isPlanError(ctx)) return ctx;
  const r = ctx.series.pick("target", "level", a.year) ?? ctx.series.pick("target", "growth", a.year);
  return r ? r.qualifier : notAvailable(`No ${a.year} target for ${ctx.label}.`);
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
    ["estimate", "growth"],
  ];
  for (const [kind, measure] of slots) {
    const found = series.candidates(kind, measure, year);
    if (found.length > 0) return found;
  }
  return [];
}

/** What the gap functions follow for the year: the trend they continue, and the base with its origin. */
function planNote(store: PlanStore, series: Series, year: number): string {
  const plan = planFor(store, series, year);
  const notes: string[] = [];
  const goal = plan.goal;
  if (goal?.kind === "growth" && goal.trend) {
    notes.push(
      `no target is set: the gap functions continue the ${goal.record.period_start ?? goal.record.year}–` +
        `${goal.record.year} growth of ${formatValue(goal.record)} to ${goal.year}`,
    );
  }
  if (plan.base) notes.push(`base ${plan.base.value} (${describeBase(store, plan.base)})`);
  return notes.length > 0 ? ` [${notes.join("; ")}]` : "";
}

export function source(store: PlanStore, a: YearArgs): string | PlanError {
  const ctx = contextOf(store, a.region, a.indicator);
  if (isPlanError(ctx)) return ctx;
  const [chosen, ...others] = answeringSlot(ctx.series, a.year);
  if (!chosen) return notAvailable(`No ${a.year} record for ${ctx.label}.`);
  const doc = store.documents.get(chosen.doc);
  const title = doc?.title ? `《${doc.title}》` : chosen.doc;
  let text = `${title} (${chosen.doc}, ${chosen.source}): “${chosen.quote}”`;
  if (others.length > 0) {
    const rule = decidingRule(chosen, others[0], (d) => store.documents.get(d)) ?? "the earlier passage";
    const n = others.length;
    text += ` [chosen over ${n} other record${n > 1 ? "s" : ""} by the rule: ${rule}]`;
  }
  return text + planNote(store, ctx.series, a.year);
}

/** A numeric level target even when it is off the path (a 累计 total): INDICATORS still shows it. */
function latestLevelTarget(series: Series): { year: number; value: number } | undefined {
  const years = series.years("target", "level");
  for (let i = years.length - 1; i >= 0; i--) {
    const hit = numeric(series.candidates("target", "level", years[i]));
    if (hit) return { year: hit.year, value: excelValue(hit) as number };
  }
  return undefined;
}

export const REGION_HEADER = ["id", "name", "English name", "aliases", "documents", "records"];
export const INDICATOR_HEADER = ["id", "name", "English name", "unit", "base", "target year", "target"];

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

export function indicators(store: PlanStore, a: { region: unknown }): Matrix | PlanError {
  const regionId = regionIdOf(store, a.region);
  if (isPlanError(regionId)) return regionId;
  const rows: Matrix = [INDICATOR_HEADER];
  for (const s of store.seriesOf(regionId)) {
    const info = store.indicators.get(s.indicatorId);
    const plan = planFor(store, s);
    const target = plan.goal?.kind === "level" ? plan.goal : latestLevelTarget(s);
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
