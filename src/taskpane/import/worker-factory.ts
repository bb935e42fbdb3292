/**
 * Creates the extraction worker. Kept alone in this module because `import.meta.url` (which webpack 5
 * rewrites to bundle the worker) cannot be loaded by jest's CommonJS runtime: callers import it lazily,
 * only where `Worker` exists.
 */
export function createExtractWorker(): Worker {
  return new Worker(new URL("./extract.worker.ts", import.meta.url));
}
