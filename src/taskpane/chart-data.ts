/**
 * The indicator chart's numbers, from the same registry the PLAN functions run: base, the planned path
 * year by year, the level target, and the actuals (the documents', plus any the workbook supplies).
 */
import { PLAN_FUNCTIONS } from "../functions/registry";
import { isPlanError } from "../model/errors";
import type { PlanStore } from "../model/store";
import { indicatorArg, regionArg } from "./formula";

export interface YearValue {
  year: number;
  value: number;
}

export interface ChartData {
  base: YearValue;
  target: YearValue;
  planned: YearValue[];
  actuals: YearValue[];
  unit: string;
}

function run(store: PlanStore, name: string, args: unknown[]): number | undefined {
  const fn = PLAN_FUNCTIONS[name];
  if (!fn) return undefined;
  const result = fn.run(store, args);
  return typeof result === "number" && Number.isFinite(result) && !isPlanError(result) ? result : undefined;
}

/** Undefined when the series has no base and level target to draw a path between. */
export function chartData(
  store: PlanStore,
  regionId: string,
  indicatorId: string,
  workbookActuals: readonly YearValue[] = [],
): ChartData | undefined {
  const r = regionArg(store, regionId);
  const i = indicatorArg(store, indicatorId);
  const baseName = "BASEVALUE" in PLAN_FUNCTIONS ? "BASEVALUE" : "BASE";
  const baseYear = run(store, "BASEYEAR", [r, i]);
  const base = run(store, baseName, [r, i]);
  const levelTargets = store.find({
    region: regionId,
    indicator: indicatorId,
    kind: "target",
    measure: "level",
  });
  const targetYear = Math.max(
    ...levelTargets.filter((t) => t.value !== null && !t.period_start).map((t) => t.year),
  );
  if (
    baseYear === undefined ||
    base === undefined ||
    !Number.isFinite(targetYear) ||
    targetYear <= baseYear
  ) {
    return undefined;
  }
  const target = run(store, "TARGET", [r, i, targetYear]);
  if (target === undefined) return undefined;
  const planned: YearValue[] = [];
  for (let year = baseYear; year <= targetYear; year++) {
    const value = year === baseYear ? base : run(store, "PLANNED", [r, i, year, "", targetYear]);
    if (value !== undefined) planned.push({ year, value });
  }
  const actuals = new Map<number, number>();
  for (const a of store.find({
    region: regionId,
    indicator: indicatorId,
    kind: "actual",
    measure: "level",
  })) {
    if (a.value !== null && !a.period_start) actuals.set(a.year, a.value);
  }
  for (const a of workbookActuals) actuals.set(a.year, a.value);
  return {
    base: { year: baseYear, value: base },
    target: { year: targetYear, value: target },
    planned,
    actuals: [...actuals].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year),
    unit: levelTargets[0]?.unit ?? "",
  };
}
