/**
 * Runs the import pipeline in a Web Worker when the browser has one, else on the main thread yielding to
 * the event loop between stages. Cancelling (AbortSignal: the user pressed Cancel or the panel unmounted)
 * terminates the worker or stops the fallback at the next stage; nothing is returned then, so nothing can
 * be added to the data.
 */
import type { Catalog } from "../../extract";
import type { ImportInput, ImportOutput, ImportStage } from "./pipeline";

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
  // Loaded on demand: where the worker runs, the extractor stays out of the pane's own bundle.
  const { runImportPipeline } = await import("./pipeline");
  await pause();
  return runImportPipeline(input, catalog, (stage) => onStage?.(stage), pause);
}

let requestId = 0;
/** One worker for the session: its loaded code and warmed-up JIT make the next import faster. */
let shared: Worker | undefined;

function dropWorker(worker: Worker): void {
  worker.terminate();
  if (shared === worker) shared = undefined;
}

async function obtainWorker(): Promise<Worker | undefined> {
  if (shared) return shared;
  try {
    shared = (await import("./worker-factory")).createExtractWorker();
  } catch {
    shared = undefined; // e.g. a content security policy without worker-src: the caller falls back
  }
  return shared;
}

/**
 * A few sentences in the shape of a plan (one traditional, so the converter loads), run once so that the
 * worker's code, the converter and its dictionary are loaded before the user's import.
 */
const WARM_UP_TEXT = [
  "某市国民经济和社会发展第十四个五年规划纲要",
  "表1 主要指标",
  "指标\t2020年\t2025年\t年均增长\t属性",
  "地区生产总值（亿元）\t1000\t1500\t8%\t预期性",
  "到2025年，全市地区生产总值达到1500亿元左右，年均增长8%以上；城镇调查失业率控制在5.5%以内。",
  "2023年，一般公共预算收入完成120.5亿元，增长6.1%；預計社會消費品零售總額突破600億元。",
].join("\n");
/**
 * Starts the worker ahead of the first import (call when the import panel opens) and runs a small
 * extraction in it, so that the user's import does not pay for loading and compiling. No-op without Worker.
 */
export function warmUpImport(): void {
  if (typeof Worker === "undefined") return;
  void obtainWorker().then((worker) =>
    worker?.postMessage({
      id: 0,
      input: { name: "warm-up", text: WARM_UP_TEXT },
      catalog: { regions: [], documents: {} },
    }),
  );
}

function inWorker(worker: Worker, input: ImportInput, { catalog, onStage, signal }: RunImportOptions) {
  return new Promise<ImportOutput>((resolve, reject) => {
    const id = ++requestId;
    const cleanUp = () => {
      signal?.removeEventListener("abort", abort);
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
    const abort = () => {
      cleanUp();
      dropWorker(worker); // the only way to stop a running extraction
      reject(new ImportCancelled());
    };
    const onMessage = (
      event: MessageEvent<{
        id: number;
        stage?: ImportStage;
        output?: ImportOutput;
        error?: string;
        code?: string;
      }>,
    ) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.stage) onStage?.(m.stage);
      if (m.output) {
        cleanUp();
        resolve(m.output);
      } else if (m.error !== undefined) {
        cleanUp();
        reject(Object.assign(new Error(m.error), { code: m.code }));
      }
    };
    const onError = (event: ErrorEvent) => {
      cleanUp();
      dropWorker(worker);
      reject(new WorkerFailed(event.message || "the extraction worker failed"));
    };
    signal?.addEventListener("abort", abort);
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    worker.postMessage({ id, input, catalog });
  });
}

export const runImport: RunImport = async (input, options) => {
  if (options.signal?.aborted) throw new ImportCancelled();
  if (!options.noWorker && typeof Worker !== "undefined") {
    const worker = await obtainWorker();
    if (worker) {
      try {
        return await inWorker(worker, input, options);
      } catch (error) {
        if (!(error instanceof WorkerFailed)) throw error;
        console.warn(`Extraction worker unavailable (${error.message}); extracting on the main thread.`);
      }
    }
  }
  return onMainThread(input, options);
};
