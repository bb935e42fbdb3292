/**
 * Web Worker: runs the import pipeline off the main thread so that the pane stays responsive while a large
 * document is read. Messages: in { id, input, catalog }; out { id, stage } … then { id, output } or
 * { id, error, code? } (code: a DocumentReadError's, for a message in the pane's language).
 */
import type { Catalog } from "../../extract";
import { runImportPipeline, type ImportInput } from "./pipeline";

export interface WorkerRequest {
  id: number;
  input: ImportInput;
  catalog: Catalog;
}

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, input, catalog } = event.data;
  runImportPipeline(input, catalog, (stage) => scope.postMessage({ id, stage })).then(
    (output) => scope.postMessage({ id, output }),
    (error: unknown) =>
      scope.postMessage({
        id,
        error: (error as Error)?.message ?? String(error),
        code: (error as { code?: string })?.code,
      }),
  );
};
