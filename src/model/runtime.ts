/**
 * The shared runtime's store: one PlanStore that the custom functions and the task pane both read.
 * The bootstrap loads the built-in dataset and calls setDataset; an import or reload calls it again, and
 * subscribers (the task pane, src/excel/recalculate.ts) hear about every change.
 * Until the first dataset arrives, whenReady() lets functions return a Promise instead of a wrong answer.
 */
import { INDICATORS, matchIndicator } from "../extract/lexicon";
import type { Dataset } from "../record";
import { PlanStore, type StoreOptions } from "./store";

export type StoreListener = (store: PlanStore) => void;

let current: PlanStore | undefined;
const DEFAULT_OPTIONS: StoreOptions = { lexicon: INDICATORS, matchIndicator };
let options: StoreOptions = DEFAULT_OPTIONS;
let ready: Promise<PlanStore>;
let resolveReady: (store: PlanStore) => void;
let rejectReady: (error: Error) => void;
const listeners = new Set<StoreListener>();

function resetReady(): void {
  ready = new Promise<PlanStore>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => undefined); // a load failure is reported to whoever awaits; never an unhandled rejection
}
resetReady();

/** Overrides the lexicon used for name resolution (tests); rebuilds the current store. */
export function setStoreOptions(next: StoreOptions): void {
  options = next;
  if (current) setDataset(current.dataset);
}

export function getStore(): PlanStore | undefined {
  return current;
}

/** Builds the indexes for `dataset`, makes it current and notifies subscribers. */
export function setDataset(dataset: Dataset): PlanStore {
  const store = new PlanStore(dataset, options);
  current = store;
  resolveReady(store);
  for (const listener of [...listeners]) {
    try {
      listener(store);
    } catch (error) {
      console.error("A PLAN data listener failed:", error);
    }
  }
  return store;
}

/** Resolves with the store once data is loaded; rejects if loading failed before any data arrived. */
export function whenReady(): Promise<PlanStore> {
  return current ? Promise.resolve(current) : ready;
}

/** Tells waiting functions that the built-in data could not be loaded (they answer #N/A with the reason). */
export function failLoading(error: Error): void {
  if (current) return;
  rejectReady(error);
  resetReady(); // a later successful setDataset still wakes new callers
}

/** Calls `listener` after every setDataset; returns the unsubscribe function. */
export function subscribe(listener: StoreListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test helper: forget the store, the listeners and any lexicon override. */
export function resetRuntime(): void {
  current = undefined;
  options = DEFAULT_OPTIONS;
  listeners.clear();
  resetReady();
}
