/**
 * Live updates: when the indicator data changes (a reload, an import), every PLAN formula in the workbook
 * must show the new values without the user doing anything.
 *
 * Mechanism (see README.md, "Live updates"): the PLAN functions are ordinary non-volatile functions, so Excel
 * recalculates them only when their arguments change. On a data change the shared runtime notifies this
 * module, which recalculates the cells of THIS workbook that use PLAN functions: it finds them with
 * Worksheet.findAllOrNullObject (ExcelApi 1.9) and calculates just those (RangeAreas.calculate). Hosts
 * without 1.9 recalculate each sheet's used range (Range.calculate, 1.6), still this workbook only; only
 * hosts older than that fall back to Application.calculate("Full"), which recalculates every open
 * workbook. Requests are debounced so that a burst of changes (an import of several files) costs one
 * recalculation, and are issued from the data subscription, never from inside a custom function
 * (Microsoft's guidance: functions must not change the workbook or trigger calculation). A workbook in
 * manual calculation mode is left alone: the user recalculates with F9 as they chose.
 */
import { subscribe } from "../model/runtime";
import { officeIsSetSupported, type IsSetSupported } from "./requirements";

export type RecalcOutcome = "recalculated" | "manual";
/** What was recalculated: the PLAN cells, each sheet's used range, or (old hosts) every open workbook. */
export type RecalcScope = "plan-cells" | "used-ranges" | "all-workbooks";

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface LiveRecalcOptions {
  /** Excel.run, injectable for tests. */
  run?: ExcelRun;
  /** Office's requirement-set check, injectable for tests. */
  isSetSupported?: IsSetSupported;
  /** Quiet period after the last change before recalculating. */
  debounceMs?: number;
  /** Attempts when Excel refuses (e.g. while the user is editing a cell). */
  attempts?: number;
  retryDelayMs?: number;
  onRecalculated?: (outcome: RecalcOutcome, scope?: RecalcScope) => void;
  onError?: (error: Error) => void;
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** What a cell using the add-in's functions contains (one set of names in every language: issue 11). */
export const PLAN_FORMULA_TEXT = "PLAN.";

/** The best scope this host offers. */
export function recalcScope(isSupported: IsSetSupported): RecalcScope {
  const has = (version: string) => {
    try {
      return isSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  if (has("1.9")) return "plan-cells";
  if (has("1.6")) return "used-ranges";
  return "all-workbooks";
}

/**
 * Recalculates this workbook's PLAN cells (or the best the host allows), unless calculation is manual.
 * Three syncs for "plan-cells" whatever the number of sheets: list, find, calculate.
 *
 * Two guards keep the search from missing cells: Worksheet.findAll finds nothing on a hidden sheet in
 * current builds (OfficeDev/office-js #6349), so hidden sheets are recalculated by used range; and if the
 * search finds no PLAN cell anywhere (a workbook without them, or a host whose search looks at values
 * rather than formulas) the used ranges of this workbook are recalculated instead — never other workbooks.
 */
export async function recalculatePlanCells(
  run: ExcelRun = defaultRun,
  isSupported: IsSetSupported = officeIsSetSupported(),
): Promise<{ outcome: RecalcOutcome; scope: RecalcScope }> {
  const best = recalcScope(isSupported);
  return run(async (context) => {
    const application = context.workbook.application;
    application.load("calculationMode");
    const sheets = best === "all-workbooks" ? undefined : context.workbook.worksheets;
    sheets?.load("items/name,items/visibility");
    await context.sync();
    if (application.calculationMode === "Manual") return { outcome: "manual", scope: best };
    let scope = best;
    const byUsedRange = (list: Excel.Worksheet[]) => {
      for (const sheet of list) sheet.getUsedRange(true).calculate();
    };
    if (!sheets) {
      application.calculate("Full");
    } else if (scope === "used-ranges") {
      byUsedRange(sheets.items);
    } else {
      const visible = sheets.items.filter((sheet) => sheet.visibility === "Visible");
      const hidden = sheets.items.filter((sheet) => sheet.visibility !== "Visible");
      const found = visible.map((sheet) =>
        sheet.findAllOrNullObject(PLAN_FORMULA_TEXT, { completeMatch: false, matchCase: false }),
      );
      for (const areas of found) areas.load("isNullObject");
      await context.sync();
      if (found.every((areas) => areas.isNullObject)) {
        scope = "used-ranges";
        byUsedRange(sheets.items);
      } else {
        for (const areas of found) if (!areas.isNullObject) areas.calculate();
        byUsedRange(hidden);
      }
    }
    await context.sync();
    return { outcome: "recalculated", scope };
  });
}

/** recalculatePlanCells, answering only whether it ran. */
export async function recalculateWorkbook(
  run: ExcelRun = defaultRun,
  isSupported?: IsSetSupported,
): Promise<RecalcOutcome> {
  return (await recalculatePlanCells(run, isSupported)).outcome;
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
        // not inside `?.(…)`: that would skip the call
        const { outcome, scope } = await recalculatePlanCells(run, options.isSetSupported);
        options.onRecalculated?.(outcome, scope);
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
