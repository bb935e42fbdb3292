/**
 * The worker path of runImport. jsdom and Node have no Web Worker, so a fake stands in for one: it runs the
 * real pipeline in-process and answers with the same messages the real worker posts.
 */
import { runImportPipeline, type ImportInput } from "../../../src/taskpane/import/pipeline";

type Listener = (event: { data: unknown; message?: string }) => void;

class FakeWorker {
  static created: FakeWorker[] = [];
  static failToLoad = false;
  terminated = false;
  private listeners: Record<string, Listener[]> = { message: [], error: [] };
  constructor() {
    FakeWorker.created.push(this);
  }
  addEventListener(type: string, l: Listener) {
    this.listeners[type].push(l);
  }
  removeEventListener(type: string, l: Listener) {
    this.listeners[type] = this.listeners[type].filter((x) => x !== l);
  }
  private emit(type: string, event: { data: unknown; message?: string }) {
    if (!this.terminated) for (const l of [...this.listeners[type]]) l(event);
  }
  postMessage(message: { id: number; input: ImportInput; catalog: never }) {
    setTimeout(() => {
      if (FakeWorker.failToLoad) return this.emit("error", { data: undefined, message: "script blocked" });
      runImportPipeline(message.input, message.catalog, (stage) =>
        this.emit("message", { data: { id: message.id, stage } }),
      ).then(
        (output) => this.emit("message", { data: { id: message.id, output } }),
        (error: Error) => this.emit("message", { data: { id: message.id, error: error.message } }),
      );
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

jest.mock("../../../src/taskpane/import/worker-factory", () => ({
  createExtractWorker: () => new FakeWorker(),
}));

const TEXT = "许昌市2024年政府工作报告\n\n2024年主要预期目标是：地区生产总值增长6%左右。";
const catalog = { regions: [], documents: {} };

let runImport: typeof import("../../../src/taskpane/import/run-import").runImport;
let ImportCancelled: typeof import("../../../src/taskpane/import/run-import").ImportCancelled;

beforeEach(() => {
  jest.resetModules(); // a fresh module: no worker left over from another test
  ({ runImport, ImportCancelled } = jest.requireActual("../../../src/taskpane/import/run-import"));
  FakeWorker.created = [];
  FakeWorker.failToLoad = false;
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});

afterAll(() => delete (globalThis as { Worker?: unknown }).Worker);

test("runs in the worker, reports each stage, and reuses the worker for the next import", async () => {
  const stages: string[] = [];
  const out = await runImport({ name: "a.txt", text: TEXT }, { catalog, onStage: (s) => stages.push(s) });
  expect(stages).toEqual(["decode", "prepare", "extract", "done"]);
  expect(out.extraction.records[0]).toMatchObject({ indicator_id: "gdp", value: 6 });
  await runImport({ name: "b.txt", text: TEXT }, { catalog });
  expect(FakeWorker.created).toHaveLength(1);
});

test("cancelling terminates the worker and rejects; the next import gets a new worker", async () => {
  const controller = new AbortController();
  const pending = runImport({ name: "a.txt", text: TEXT }, { catalog, signal: controller.signal });
  await new Promise((r) => setTimeout(r, 0));
  controller.abort();
  await expect(pending).rejects.toBeInstanceOf(ImportCancelled);
  expect(FakeWorker.created[0].terminated).toBe(true);
  await runImport({ name: "b.txt", text: TEXT }, { catalog });
  expect(FakeWorker.created).toHaveLength(2);
});

test("a worker that cannot run hands the import to the main thread", async () => {
  FakeWorker.failToLoad = true;
  const out = await runImport({ name: "a.txt", text: TEXT }, { catalog });
  expect(out.extraction.records).toHaveLength(1);
  expect(FakeWorker.created[0].terminated).toBe(true);
});
