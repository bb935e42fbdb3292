/**
 * What a PLAN function spec is (./function-specs.ts holds the table) and how its arguments are coerced:
 * once, by parameter type, before the implementation runs.
 */
import { numberArg, optionalNumberArg, optionalTextArg, yearArg } from "./args";
import { invalidValue, isPlanError, PlanError } from "./errors";
import type { Matrix } from "./queries";
import type { PlanStore } from "./store";

export type PlanResult = string | number | Matrix | PlanError;

export type ParamType =
  | "region"
  | "indicator"
  | "year"
  | "optionalYear"
  | "targetYear"
  | "baseYear"
  | "actual"
  | "optionalActual"
  | "base"
  | "method"
  | "language";

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional?: boolean;
  /** What an omitted optional argument means, for the help texts. */
  default?: string;
  en: string;
  zh: string;
}

/** Coerced arguments, by position (each spec's `run` names them: an object literal of constant shape). */
export type Args = readonly unknown[];

export interface FunctionSpec {
  id: string;
  returns: "number" | "string" | "matrix";
  en: string;
  zh: string;
  params: readonly ParamSpec[];
  run(store: PlanStore, args: Args): PlanResult;
  /** Filled on first use: the coercion of each parameter. */
  readonly coercers?: readonly ((value: unknown) => unknown)[];
}

/** Coercion by parameter type: the value, undefined (omitted optional), or a PlanError saying what to type. */
const COERCE: Record<ParamType, (value: unknown) => unknown> = {
  region: (v) => v,
  indicator: (v) => v,
  year: (v) => yearArg(v) ?? invalidValue("The year is missing."),
  optionalYear: (v) => yearArg(v, true),
  targetYear: (v) => optionalYear(v, "target year", 'the year of a target such as 2025 or "2025年"'),
  baseYear: (v) => optionalYear(v, "base year", "the year of the base value such as 2020"),
  actual: (v) => numberArg(v, "actual value"),
  optionalActual: (v) => optionalNumberArg(v, "actual value"),
  base: (v) => optionalNumberArg(v, "base value"),
  method: optionalTextArg,
  language: optionalTextArg,
};

function optionalYear(value: unknown, what: string, example: string): number | undefined | PlanError {
  const y = yearArg(value, true);
  if (!isPlanError(y)) return y;
  return invalidValue(`'${String(value)}' is not a ${what}: give ${example}, or leave it out.`);
}

/** The coerced arguments, or the first argument's error. */
export function coerceArgs(spec: FunctionSpec, raw: readonly unknown[]): Args | PlanError {
  const coercers = spec.coercers ?? coercersOf(spec);
  const args = new Array<unknown>(coercers.length);
  for (let i = 0; i < coercers.length; i++) {
    const value = coercers[i](raw[i]);
    if (typeof value === "object" && value instanceof PlanError) return value; // primitives skip the class check
    args[i] = value;
  }
  return args;
}

/** Each spec's coercion functions in parameter order, looked up once and kept on the spec. */
function coercersOf(spec: FunctionSpec): readonly Coercer[] {
  const coercers = spec.params.map((p) => COERCE[p.type]);
  (spec as { coercers?: readonly Coercer[] }).coercers = coercers;
  return coercers;
}

type Coercer = (value: unknown) => unknown;

/** Runs a function on raw arguments (Excel's, the CLI's strings): coerce once, then the implementation. */
export function runSpec(spec: FunctionSpec, store: PlanStore, raw: readonly unknown[]): PlanResult {
  const args = coerceArgs(spec, raw);
  return isPlanError(args) ? args : spec.run(store, args);
}
