/**
 * Registers the PLAN custom functions in HyperFormula (a real formula engine, GPL licence key, tests and
 * bench only) under their Excel names PLAN.TARGET …, calling the same public wrappers Excel calls.
 * Conversions at the boundary: HyperFormula's empty cell → null (as Excel passes an empty argument),
 * CustomFunctions.Error → CellError with the same code and message, a matrix → a spilled array.
 * HyperFormula sizes spilled arrays when it parses a formula, so REGIONS()/INDICATORS("…") spill when their
 * arguments are literals; Excel has no such limit.
 */
import "./custom-functions-shim";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import * as fns from "../../src/functions/functions";
import { PLAN_FUNCTIONS } from "../../src/functions/registry";
import { getStore } from "../../src/model/runtime";

type Wrapper = (...args: unknown[]) => unknown;
type Ast = { args: { type: string; value?: unknown }[] };

const ERROR_TYPES: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
};

/** The exported wrapper for an Excel id: TARGET → target, GAPPCT → gapPct. */
function wrapperFor(id: string): Wrapper {
  const entry = Object.entries(fns).find(([name]) => name.toLowerCase() === id.toLowerCase());
  if (!entry) throw new Error(`no wrapper exported for ${id}`);
  return entry[1] as Wrapper;
}

function toPlain(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val; // rich numbers
  return value;
}

function toEngine(result: unknown): unknown {
  if (result instanceof CustomFunctions.Error) {
    const e = result as CustomFunctions.Error;
    return new CellError(ERROR_TYPES[e.code] ?? ErrorType.NA, e.message);
  }
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as (string | number)[][]);
  if (result instanceof Promise) return new CellError(ErrorType.NA, "The indicator data is still loading.");
  return result;
}

/** The spill size, computed by running the function when all its arguments are literals. */
function literalSize(id: string, ast: Ast): ArraySize {
  const store = getStore();
  if (!store || !ast.args.every((a) => a.type === "STRING" || a.type === "NUMBER")) return ArraySize.error();
  const result = PLAN_FUNCTIONS[id].run(
    store,
    ast.args.map((a) => a.value),
  );
  return Array.isArray(result) ? new ArraySize(result[0].length, result.length) : ArraySize.scalar();
}

class PlanPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

const translations: Record<string, string> = {};
const methods = PlanPlugin.prototype as unknown as Record<string, unknown>;

for (const [id, spec] of Object.entries(PLAN_FUNCTIONS)) {
  const name = `PLAN.${id}`;
  const wrapper = wrapperFor(id);
  const spills = id === "REGIONS" || id === "INDICATORS";
  PlanPlugin.implementedFunctions[name] = {
    method: `plan_${id}`,
    parameters: spec.params.map((p) => ({
      argumentType: FunctionArgumentType.SCALAR,
      optionalArg: p.endsWith("?"),
    })),
    ...(spills ? { sizeOfResultArrayMethod: `size_${id}`, vectorizationForbidden: true } : {}),
  };
  methods[`plan_${id}`] = function (this: PlanPlugin, ast: Ast, state: unknown) {
    const run = this as unknown as {
      runFunction(args: unknown, state: unknown, meta: unknown, fn: (...a: unknown[]) => unknown): unknown;
      metadata(name: string): unknown;
    };
    return run.runFunction(ast.args, state, run.metadata(name), (...args: unknown[]) =>
      toEngine(wrapper(...args.map(toPlain))),
    );
  };
  if (spills) methods[`size_${id}`] = (ast: Ast) => literalSize(id, ast);
  translations[name] = name;
}

let registered = false;

/** Registers PLAN.* once per test file; returns a new engine with the given sheets. */
export function planEngine(sheets: Record<string, (string | number | null)[][]>): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(PlanPlugin, { enGB: translations, enUS: translations });
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}

export function unregisterPlan(): void {
  if (registered) HyperFormula.unregisterFunctionPlugin(PlanPlugin);
  registered = false;
}
