/**
 * Start-up of the shared runtime inside Excel (call once from the runtime's entry, after Office.onReady):
 * loads the built-in indicators.json into the store the PLAN functions wait on, then keeps every PLAN
 * formula live across later data changes (reloads, imports) — see README.md, "Live updates".
 * The first load does not trigger a recalculation: formulas waiting on it resolve by themselves, and a
 * full recalculation at every workbook open would cost large workbooks for nothing.
 */
import { startLiveRecalculation, type LiveRecalcOptions } from "../excel/recalculate";
import { canStoreInWorkbook, WorkbookUserDataStore } from "../excel/user-data-store";
import { loadBuiltinDataset } from "../model/load-builtin";
import { failLoading, getStore, setDataset } from "../model/runtime";
import { startUserDataSession, type UserDataStorage } from "../model/user-data-session";

export interface StartupOptions extends LiveRecalcOptions {
  fetchImpl?: Parameters<typeof loadBuiltinDataset>[0];
  url?: string;
  /** Where the user's corrections and imports live; by default the workbook, where the host allows it. */
  storage?: UserDataStorage;
  /** Where start-up problems are reported (the console by default). */
  report?: (message: string) => void;
}

/** Resolves with the function that stops live recalculation. Never rejects. */
export async function startPlanRuntime(options: StartupOptions = {}): Promise<() => void> {
  const report = options.report ?? ((message: string) => console.error(message));
  try {
    const builtin = await loadBuiltinDataset(options.fetchImpl, options.url);
    // The user data session publishes the built-in data with the workbook's corrections and imports, so
    // the functions answer with corrected values even when the pane is never opened.
    const storage = options.storage ?? (canStoreInWorkbook() ? new WorkbookUserDataStore() : undefined);
    await startUserDataSession(builtin, { storage }).catch((error: Error) => {
      report(
        `PLAN functions: the workbook's corrections could not be read (${error.message}); using the built-in data.`,
      );
      if (!getStore()) setDataset(builtin);
    });
  } catch (error) {
    failLoading(error as Error);
    report(`PLAN functions: ${(error as Error).message}`);
  }
  return startLiveRecalculation({
    ...options,
    onError: options.onError ?? ((error) => report(`PLAN functions could not recalculate: ${error.message}`)),
  });
}
