/**
 * A large CSV is checked off the pane's thread with progress. jest has no Web Worker: a stand-in runs the
 * check in-process and answers with the messages csv.worker.ts posts.
 */
import { INDICATORS, matchIndicator } from "../../../src/extract/lexicon";
import { previewCsv } from "../../../src/model/csv-import";
import { PlanStore } from "../../../src/model/store";
import type { Dataset } from "../../../src/record";
import type { CsvWorkerRequest } from "../../../src/taskpane/import/csv.worker";

class FakeWorker {
  static created: FakeWorker[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage({ id, text, dataset, options }: CsvWorkerRequest) {
    setTimeout(() => {
      const store = new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });
      const send = (data: unknown) => !this.terminated && this.onmessage?.({ data });
      const preview = previewCsv(text, store, {
        ...options,
        onProgress: (done, total) => send({ id, progress: done / total }),
      });
      send({ id, preview: JSON.parse(JSON.stringify(preview)) }); // structured clone, roughly
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

jest.mock("../../../src/taskpane/import/csv-worker-factory", () => ({
  createCsvWorker: () => new FakeWorker(),
}));

const dataset: Dataset = {
  version: 1,
  documents: [],
  regions: [{ id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["Luohe", "漯河"] }],
  records: [],
};
const store = new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });

function bigCsv(rows: number): string {
  const lines = ["region,indicator,year,value,note"];
  for (let i = 0; i < rows; i++) lines.push(`漯河,GDP,${1950 + (i % 150)},${i},${"备注".repeat(20)}`);
  return lines.join("\n");
}

let runCsvPreview: typeof import("../../../src/taskpane/import/csv-preview-run").runCsvPreview;

beforeEach(() => {
  jest.resetModules();
  ({ runCsvPreview } = jest.requireActual("../../../src/taskpane/import/csv-preview-run"));
  FakeWorker.created = [];
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});

afterAll(() => delete (globalThis as { Worker?: unknown }).Worker);

test("a large file is checked in the worker, with progress, and gives the same preview", async () => {
  const text = bigCsv(20_000); // over 1 MB
  expect(text.length).toBeGreaterThan(1_000_000);
  const progress: number[] = [];
  const preview = await runCsvPreview(text, {
    resolver: store,
    dataset,
    options: { fileName: "big.csv" },
    onProgress: (p) => progress.push(p),
  });
  expect(FakeWorker.created).toHaveLength(1);
  expect(FakeWorker.created[0].terminated).toBe(true);
  expect(progress.length).toBeGreaterThanOrEqual(2);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  const here = previewCsv(text, store, { fileName: "big.csv" });
  expect(preview.valid).toBe(here.valid);
  expect(preview.invalid).toBe(here.invalid);
  expect(preview.rows.slice(0, 3)).toEqual(JSON.parse(JSON.stringify(here.rows.slice(0, 3))));
});

test("a small file is checked on the spot; cancelling a large check terminates its worker", async () => {
  await runCsvPreview("region,indicator,year,value\n漯河,GDP,2023,1\n", {
    resolver: store,
    dataset,
    options: {},
  });
  expect(FakeWorker.created).toHaveLength(0);
  const controller = new AbortController();
  const pending = runCsvPreview(bigCsv(20_000), {
    resolver: store,
    dataset,
    options: {},
    signal: controller.signal,
  });
  await new Promise((r) => setTimeout(r, 0));
  controller.abort();
  await expect(pending).rejects.toThrow(/cancelled/);
  expect(FakeWorker.created[0].terminated).toBe(true);
});
