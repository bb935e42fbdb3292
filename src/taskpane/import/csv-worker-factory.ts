/** Creates the CSV worker; alone in this module because jest's CommonJS runtime cannot load `import.meta.url`. */
export function createCsvWorker(): Worker {
  return new Worker(new URL("./csv.worker.ts", import.meta.url));
}
