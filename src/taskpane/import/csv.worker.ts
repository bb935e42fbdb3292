/**
 * Web Worker: checks a large CSV off the pane's thread. Messages: in { id, text, dataset, options };
 * out { id, progress } (0..1) … then { id, preview } or { id, error }. Names resolve against a store built
 * here from the same dataset and lexicon as the pane's.
 */
import { INDICATORS, matchIndicator } from "../../extract/lexicon";
import { previewCsv, type CsvOptions } from "../../model/csv-import";
import { PlanStore } from "../../model/store";
import type { Dataset } from "../../record";

export interface CsvWorkerRequest {
  id: number;
  text: string;
  dataset: Dataset;
  options: Omit<CsvOptions, "onProgress">;
}

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<CsvWorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, text, dataset, options } = event.data;
  try {
    const store = new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });
    const preview = previewCsv(text, store, {
      ...options,
      onProgress: (done, total) => scope.postMessage({ id, progress: total ? done / total : 1 }),
    });
    scope.postMessage({ id, preview });
  } catch (error) {
    scope.postMessage({ id, error: (error as Error)?.message ?? String(error) });
  }
};
