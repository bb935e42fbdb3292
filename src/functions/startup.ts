/**
 * Start-up of the shared runtime inside Excel (call once from the runtime's entry, after Office.onReady):
 * loads the built-in indicators.json into the store the PLAN functions wait on, then keeps every PLAN
 * formula live across later data changes (reloads, imports) — see README.md, "Live updates".
 * The first load does not trigger a recalculation: formulas waiting on it resolve by themselves, and a
 * full recalculation at every workbook open would cost large workbooks for nothing.
 */
import { startLiveRecalculation, type LiveRecalcOptions } from "../excel/recalculate";
import { startBuiltinData } from "../model/load-builtin";

export interface StartupOptions extends LiveRecalcOptions {
  fetchImpl?: Parameters<typeof startBuiltinData>[0];
  url?: string;
  /** Where start-up problems are reported (the console by default). */
  report?: (message: string) => void;
}

/** Resolves with the function that stops live recalculation. Never rejects. */
export async function startPlanRuntime(options: StartupOptions = {}): Promise<() => void> {
  const report = options.report ?? ((message: string) => console.error(message));
  try {
    await startBuiltinData(options.fetchImpl, options.url);
  } catch (error) {
    report(`PLAN functions: ${(error as Error).message}`);
  }
  return startLiveRecalculation({
    ...options,
    onError: options.onError ?? ((error) => report(`PLAN functions could not recalculate: ${error.message}`)),
  });
}
