/**
 * How the pane gets the shared store. In Excel the shared runtime's start-up (startPlanRuntime) loads the
 * built-in data for the PLAN functions and the pane reads the same store; where nothing has loaded it (a
 * plain browser tab, or no start-up wired) the pane loads indicators.json itself: at once outside Excel,
 * after a wait for the start-up inside it. The entry can replace all of this through App's
 * `services.loadStore` (e.g. to start the user-data session).
 */
import { startBuiltinData } from "../model/load-builtin";
import { getStore, whenReady } from "../model/runtime";
import type { PlanStore } from "../model/store";

const BOOTSTRAP_WAIT_MS = 2000;

let ownLoad: Promise<PlanStore> | undefined;

/** One load by the pane however often it is asked (React may run effects twice). */
function loadOnce(): Promise<PlanStore> {
  ownLoad ??= startBuiltinData().finally(() => {
    ownLoad = undefined;
  });
  return ownLoad;
}

export async function obtainStore(waitMs = BOOTSTRAP_WAIT_MS): Promise<PlanStore> {
  const current = getStore();
  if (current) return current;
  if (waitMs <= 0) return loadOnce();
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs));
  const ready = await Promise.race([whenReady().catch(() => undefined), timeout]);
  return ready ?? getStore() ?? loadOnce();
}
