/**
 * Checks a CSV for the import panel: a large file in a Web Worker with progress, so the pane stays
 * responsive (a 50 MB file no longer freezes it); a small one, or where there is no Worker, on the spot.
 * Cancelling (a newer file or mapping, or the panel closing) terminates the worker.
 */
import { previewCsv, type CsvOptions, type CsvPreview, type NameResolver } from "../../model/csv-import";
import type { Dataset } from "../../record";

/** Files longer than this (characters) are checked in the worker. */
export const LARGE_CSV = 1_000_000;

export interface CsvRunOptions {
  resolver: NameResolver;
  /** The data names resolve against, for the worker's own store; without it the check runs here. */
  dataset?: Dataset;
  options: Omit<CsvOptions, "onProgress">;
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
}

let requestId = 0;

export async function runCsvPreview(text: string, run: CsvRunOptions): Promise<CsvPreview> {
  if (text.length <= LARGE_CSV || !run.dataset || typeof Worker === "undefined") {
    return previewCsv(text, run.resolver, run.options);
  }
  let worker: Worker;
  try {
    worker = (await import("./csv-worker-factory")).createCsvWorker();
  } catch {
    return previewCsv(text, run.resolver, run.options); // workers blocked (CSP): check here
  }
  return new Promise<CsvPreview>((resolve, reject) => {
    const id = ++requestId;
    const stop = () => {
      worker.terminate();
      run.signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      stop();
      reject(new DOMException("The check was cancelled.", "AbortError"));
    };
    worker.onmessage = (
      event: MessageEvent<{ id: number; progress?: number; preview?: CsvPreview; error?: string }>,
    ) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.progress !== undefined) run.onProgress?.(m.progress);
      else if (m.preview) {
        stop();
        resolve(m.preview);
      } else {
        stop();
        reject(new Error(m.error ?? "the CSV check failed"));
      }
    };
    worker.onerror = () => {
      stop();
      resolve(previewCsv(text, run.resolver, run.options));
    };
    run.signal?.addEventListener("abort", abort);
    worker.postMessage({ id, text, dataset: run.dataset, options: run.options });
  });
}
