/**
 * Bridges the model to Excel: waits for the shared store (a Promise while the data loads), runs the
 * implementation, and turns a PlanError into the CustomFunctions.Error Excel shows with its message.
 * Never throws: even an unexpected exception becomes #N/A with its message.
 */
import { notAvailable, PlanError, type PlanErrorCode } from "../model/errors";
import { runSpec, type FunctionSpec, type PlanResult } from "../model/function-specs";
import { getStore, whenReady } from "../model/runtime";
import type { PlanStore } from "../model/store";

/** Looked up at call time: the CustomFunctions global exists only inside Excel (or a test shim). */
function errorCode(code: PlanErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
    default:
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

export type Answer<T> = T | CustomFunctions.Error;

/** One Excel error per model error: memoised answers return the same PlanError again and again. */
const converted = new WeakMap<PlanError, CustomFunctions.Error>();

export function toExcelError(error: PlanError): CustomFunctions.Error {
  let excelError = converted.get(error);
  if (!excelError)
    converted.set(error, (excelError = new CustomFunctions.Error(errorCode(error.code), error.message)));
  return excelError;
}

function attempt<T>(compute: (store: PlanStore) => T | PlanError, store: PlanStore): T | PlanError {
  try {
    return compute(store);
  } catch (error) {
    return notAvailable(`Internal error: ${(error as Error)?.message ?? String(error)}`);
  }
}

function settle<T>(
  compute: (store: PlanStore) => T | PlanError,
  store: PlanStore,
): Answer<T> | Promise<Answer<T>> {
  const result = attempt(compute, store);
  if (!(result instanceof PlanError)) return result;
  if (!result.retry) return toExcelError(result);
  // Something the answer needs is loading (the traditional-Chinese converter): ask again once it is there.
  const { retry } = result;
  return retry().then(
    () => {
      const again = attempt(compute, store);
      return again instanceof PlanError ? toExcelError(again) : again;
    },
    () => toExcelError(result),
  );
}

/** The answer now when the data is loaded (no Promise on the hot path), else once it arrives. */
export function answer<T>(compute: (store: PlanStore) => T | PlanError): Answer<T> | Promise<Answer<T>> {
  const store = getStore();
  if (store) return settle(compute, store);
  return whenReady().then(
    (loaded) => settle(compute, loaded),
    (error: Error) => toExcelError(notAvailable(`The indicator data could not be loaded: ${error.message}`)),
  );
}

/** A PLAN function called from Excel: the spec table coerces the arguments and runs the implementation. */
export function call(spec: FunctionSpec, ...args: unknown[]) {
  const store = getStore();
  // The hot path (data loaded, a plain answer) without a closure; everything else through answer().
  if (store) {
    try {
      const result = runSpec(spec, store, args);
      if (typeof result !== "object" || !(result instanceof PlanError)) return result;
      if (!result.retry) return toExcelError(result);
    } catch {
      // answer() below reports it as #N/A with its message
    }
  }
  return answer<Exclude<PlanResult, PlanError>>((s) => runSpec(spec, s, args));
}
