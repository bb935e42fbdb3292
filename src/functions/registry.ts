/**
 * The PLAN functions by their Excel id, for callers outside Excel (the CLI, scripts, the HyperFormula
 * tests): derived from the spec table (src/model/function-specs.ts), so they run exactly what the
 * custom-function wrappers run.
 */
import { FUNCTION_SPECS, runSpec, type PlanResult } from "../model/function-specs";
import type { PlanStore } from "../model/store";

export type { PlanResult } from "../model/function-specs";

export interface PlanFunction {
  /** Parameter names, optional ones marked with a trailing "?". */
  params: string[];
  run(store: PlanStore, args: unknown[]): PlanResult;
}

export const PLAN_FUNCTIONS: Record<string, PlanFunction> = Object.fromEntries(
  FUNCTION_SPECS.map((spec) => [
    spec.id,
    {
      params: spec.params.map((p) => p.name + (p.optional ? "?" : "")),
      run: (store: PlanStore, args: unknown[]) => runSpec(spec, store, args),
    },
  ]),
);
