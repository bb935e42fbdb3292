/**
 * Runs the import pipeline in a Web Worker when the browser has one, else on the main thread yielding to
 * the event loop between stages. Cancelling (AbortSignal: the user pressed Cancel or the panel unmounted)
 * terminates the worker or stops the fallback at the next stage; nothing is returned then, so nothing can
 * be added to the data.
 */
import type { Catalog } from "../../extract";
import { runImportPipeline, type ImportInput, type ImportOutput, type ImportStage } from "./pipeline";

export interface RunImportOptions {
  catalog: Catalog;
  onStage?: (stage: ImportStage) => void;
  signal?: AbortSignal;
  /** Force the main-thread path (tests, hosts whose CSP forbids workers). */
  noWorker?: boolean;
}

export type RunImport = (input: ImportInput, options: RunImportOptions) => Promise<ImportOutput>;

/** The worker itself could not run (script blocked or failed to load): the main thread takes over. */
class WorkerFailed extends Error {}

export class ImportCancelled extends Error {
  override name = "ImportCancelled";
  constructor() {
    super("The import was cancelled.");
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function onMainThread(input: ImportInput, { catalog, onStage, signal }: RunImportOptions) {
  const pause = async () => {
    await nextTask();
    if (signal?.aborted) throw new ImportCancelled();
  };
  await pause();
  return runImportPipeline(input, catalog, (stage) => onStage?.(stage), pause);
}

let requestId = 0;

function inWorker(worker: Worker, input: ImportInput, { catalog, onStage, signal }: RunImportOptions) {
  return new Promise<ImportOutput>((resolve, reject) => {
    const id = ++requestId;
    const finish = () => {
      signal?.removeEventListener("abort", abort);
      worker.terminate();
    };
    const abort = () => {
      finish();
      reject(new ImportCancelled());
    };
    signal?.addEventListener("abort", abort);
    worker.onmessage = (
      event: MessageEvent<{ id: number; stage?: ImportStage; output?: ImportOutput; error?: string }>,
    ) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.stage) onStage?.(m.stage);
      if (m.output) {
        finish();
        resolve(m.output);
      } else if (m.error !== undefined) {
        finish();
        reject(new Error(m.error));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new WorkerFailed(event.message || "the extraction worker failed"));
    };
    worker.postMessage({ id, input, catalog });
  });
}

export const runImport: RunImport = async (input, options) => {
  if (options.signal?.aborted) throw new ImportCancelled();
  if (!options.noWorker && typeof Worker !== "undefined") {
    let worker: Worker | undefined;
    try {
      worker = (await import("./worker-factory")).createExtractWorker();
    } catch {
      worker = undefined; // e.g. a content security policy without worker-src: fall back below
    }
    if (worker) {
      try {
        return await inWorker(worker, input, options);
      } catch (error) {
        if (!(error instanceof WorkerFailed)) throw error;
      }
    }
  }
  return onMainThread(input, options);
};
