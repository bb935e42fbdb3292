/**
 * Live updates: when the indicator data changes (a reload, an import), every PLAN formula in the workbook
 * must show the new values without the user doing anything.
 *
 * Mechanism (see README.md, "Live updates"): the PLAN functions are ordinary non-volatile functions, so Excel
 * recalculates them only when their arguments change. On a data change the shared runtime notifies this
 * module, which asks Excel for ONE full recalculation (Application.calculate("Full"), ExcelApi 1.1) —
 * debounced so that a burst of changes (an import of several files) costs one recalculation, and issued
 * from the data subscription, never from inside a custom function (Microsoft's guidance: functions must
 * not change the workbook or trigger calculation). A workbook in manual calculation mode is left alone:
 * the user recalculates with F9 as they chose.
 */
import { subscribe } from "../model/runtime";

export type RecalcOutcome = "recalculated" | "manual";

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface LiveRecalcOptions {
  /** Excel.run, injectable for tests. */
  run?: ExcelRun;
  /** Quiet period after the last change before recalculating. */
  debounceMs?: number;
  /** Attempts when Excel refuses (e.g. while the user is editing a cell). */
  attempts?: number;
  retryDelayMs?: number;
  onRecalculated?: (outcome: RecalcOutcome) => void;
  onError?: (error: Error) => void;
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** One full recalculation of the workbook, unless the user set calculation to manual. Two syncs. */
export async function recalculateWorkbook(run: ExcelRun = defaultRun): Promise<RecalcOutcome> {
  return run(async (context) => {
    const application = context.workbook.application;
    application.load("calculationMode");
    await context.sync();
    if (application.calculationMode === "Manual") return "manual";
    application.calculate("Full");
    await context.sync();
    return "recalculated";
  });
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Recalculates the workbook after every data change; returns a function that stops listening.
 * Call once when the shared runtime starts inside Excel.
 */
export function startLiveRecalculation(options: LiveRecalcOptions = {}): () => void {
  const { run = defaultRun, debounceMs = 200, attempts = 3, retryDelayMs = 1000 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let pendingAgain = false;

  const attempt = async (): Promise<void> => {
    for (let i = 1; ; i++) {
      try {
        const outcome = await recalculateWorkbook(run); // not inside `?.(…)`: that would skip the call
        options.onRecalculated?.(outcome);
        return;
      } catch (error) {
        if (i >= attempts) {
          options.onError?.(error as Error);
          return;
        }
        await wait(retryDelayMs * i);
      }
    }
  };

  const fire = () => {
    timer = undefined;
    if (running) {
      pendingAgain = true; // a change arrived mid-recalculation: run once more afterwards
      return;
    }
    running = attempt().finally(() => {
      running = undefined;
      if (pendingAgain) {
        pendingAgain = false;
        fire();
      }
    });
  };

  const unsubscribe = subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
