/**
 * The PLAN functions by their Excel id, for callers outside Excel (the CLI, scripts): the same model
 * implementations the custom-function wrappers call. A test keeps this table and functions.ts in step.
 */
import type { PlanError } from "../model/errors";
import * as q from "../model/queries";
import type { PlanStore } from "../model/store";
import { ADDIN_VERSION } from "../model/version";

export type PlanResult = string | number | q.Matrix | PlanError;

export interface PlanFunction {
  /** Parameter names, optional ones marked with a trailing "?". */
  params: string[];
  run(store: PlanStore, args: unknown[]): PlanResult;
}

const R = "region";
const I = "indicator";
/** The gap functions' optional last parameter: the level target to follow (a sheet row's own year). */
const TY = "targetYear?";

export const PLAN_FUNCTIONS: Record<string, PlanFunction> = {
  VERSION: { params: [], run: () => ADDIN_VERSION },
  TARGET: { params: [R, I, "year"], run: (s, a) => q.target(s, a[0], a[1], a[2]) },
  BASE: { params: [R, I], run: (s, a) => q.base(s, a[0], a[1]) },
  BASEYEAR: { params: [R, I], run: (s, a) => q.baseYear(s, a[0], a[1]) },
  ACTUAL: { params: [R, I, "year"], run: (s, a) => q.actual(s, a[0], a[1], a[2]) },
  GROWTH: { params: [R, I, "year?"], run: (s, a) => q.growth(s, a[0], a[1], a[2]) },
  PLANNED: {
    params: [R, I, "year", "method?", TY],
    run: (s, a) => q.planned(s, a[0], a[1], a[2], a[3], a[4]),
  },
  GAP: { params: [R, I, "year", "actual", TY], run: (s, a) => q.gap(s, a[0], a[1], a[2], a[3], a[4]) },
  GAPPCT: { params: [R, I, "year", "actual", TY], run: (s, a) => q.gapPct(s, a[0], a[1], a[2], a[3], a[4]) },
  PROGRESS: { params: [R, I, "actual", TY], run: (s, a) => q.progress(s, a[0], a[1], a[2], a[3]) },
  REQUIRED: {
    params: [R, I, "year", "actual", TY],
    run: (s, a) => q.required(s, a[0], a[1], a[2], a[3], a[4]),
  },
  STATUS: { params: [R, I, "year", "actual", TY], run: (s, a) => q.status(s, a[0], a[1], a[2], a[3], a[4]) },
  UNIT: { params: [R, I], run: (s, a) => q.unit(s, a[0], a[1]) },
  QUALIFIER: { params: [R, I, "year"], run: (s, a) => q.qualifier(s, a[0], a[1], a[2]) },
  SOURCE: { params: [R, I, "year"], run: (s, a) => q.source(s, a[0], a[1], a[2]) },
  REGIONS: { params: [], run: (s) => q.regions(s) },
  INDICATORS: { params: [R], run: (s, a) => q.indicators(s, a[0]) },
};
