/**
 * How the pane gets the shared store. In Excel the shared runtime's bootstrap loads the built-in data for
 * the PLAN functions and the pane reads the same store; where nothing has loaded it (a plain browser tab,
 * or a bootstrap that failed) the pane loads indicators.json itself: at once outside Excel, after a short
 * wait for the bootstrap inside it.
 */
import { loadBuiltinDataset } from "../model/load-builtin";
import { getStore, setDataset, whenReady } from "../model/runtime";
import type { PlanStore } from "../model/store";

const BOOTSTRAP_WAIT_MS = 500;

export async function obtainStore(waitMs = BOOTSTRAP_WAIT_MS): Promise<PlanStore> {
  const current = getStore();
  if (current) return current;
  if (waitMs <= 0) return setDataset(await loadBuiltinDataset());
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs));
  const ready = await Promise.race([whenReady().catch(() => undefined), timeout]);
  return ready ?? getStore() ?? setDataset(await loadBuiltinDataset());
}
