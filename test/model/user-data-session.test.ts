/**
 * The session against the real workbook store, with Excel's customXmlParts replaced by an in-memory fake
 * (test/excel/fake-custom-xml.ts): what a user does survives a reload, and a failed save changes nothing.
 */
import { WorkbookUserDataStore, type RunExcel } from "../../src/excel/user-data-store";
import {
  emptyUserData,
  serializeUserData,
  setCorrection,
  USER_DATA_FORMAT,
  type UserData,
} from "../../src/model/corrections";
import type { Dataset, IndicatorRecord } from "../../src/record";
import { getStore, resetRuntime } from "../../src/model/runtime";
import {
  currentUserDataSession,
  resetUserDataSession,
  startUserDataSession,
  UserDataSession,
} from "../../src/model/user-data-session";
import { FakeParts } from "../excel/fake-custom-xml";
import { makeRecord } from "../fixtures/record";

function record(id: string, value: number): IndicatorRecord {
  return makeRecord(id, { value, confidence: 0.5 });
}

const BUILTIN: Dataset = {
  version: 1,
  documents: [],
  regions: [],
  records: [record("a", 100), record("b", 200)],
};
const AT = "2026-01-01T00:00:00.000Z";

function open(parts: FakeParts, published: Dataset[] = []) {
  const run: RunExcel = (batch) => batch(parts.context());
  const session = new UserDataSession(BUILTIN, (ds) => published.push(ds), new WorkbookUserDataStore(run));
  return { session, published };
}

const values = (ds: Dataset) => Object.fromEntries(ds.records.map((r) => [r.id, r.value]));

test("a correction is saved to the workbook, published, and still there after a reload", async () => {
  const parts = new FakeParts();
  const first = open(parts);
  await first.session.start();
  await first.session.update((u) =>
    setCorrection(u, { id: "a", at: AT, action: "edit", fields: { value: 150 } }),
  );
  expect(values(first.published.at(-1)!)).toEqual({ a: 150, b: 200 });

  const reopened = open(parts);
  const state = await reopened.session.start();
  expect(state.status).toBe("ok");
  expect(values(reopened.published.at(-1)!)).toEqual({ a: 150, b: 200 });
});

test("a failed save changes nothing: not the workbook, not the state, not the published data", async () => {
  const parts = new FakeParts();
  const { session, published } = open(parts);
  await session.start();
  await session.update((u) => setCorrection(u, { id: "a", at: AT, action: "reject" }));
  const before = {
    state: session.getState(),
    publishedCount: published.length,
    xml: parts.parts.map((p) => p.xml),
  };
  parts.failAtSync = parts.syncs + 3;
  await expect(
    session.update((u) => setCorrection(u, { id: "b", at: AT, action: "edit", fields: { value: 1 } })),
  ).rejects.toThrow(/connection was lost/);
  expect(session.getState()).toBe(before.state);
  expect(published).toHaveLength(before.publishedCount);
  expect(parts.parts.map((p) => p.xml)).toEqual(before.xml);
  // and the session keeps working afterwards
  await session.update((u) => setCorrection(u, { id: "b", at: AT, action: "accept" }));
  expect(session.getState().user.corrections.map((c) => c.id)).toEqual(["a", "b"]);
});

test("a new built-in dataset (re-extraction) keeps the corrections", async () => {
  const { session, published } = open(new FakeParts());
  await session.start();
  await session.update((u) => setCorrection(u, { id: "b", at: AT, action: "edit", fields: { value: 250 } }));
  session.setBuiltin({ ...BUILTIN, records: [record("b", 210), record("c", 5)] });
  expect(values(published.at(-1)!)).toEqual({ b: 250, c: 5 });
});

test("team file: export, then import into another workbook (merge) — a bad file changes nothing", async () => {
  const a = open(new FakeParts());
  await a.session.start();
  await a.session.update((u) => setCorrection(u, { id: "a", at: AT, action: "edit", fields: { value: 99 } }));
  const file = a.session.exportFile();

  const b = open(new FakeParts());
  await b.session.start();
  await b.session.update((u) => setCorrection(u, { id: "b", at: AT, action: "reject" }));
  await expect(b.session.importFile("{not json", "merge")).rejects.toThrow(/not valid JSON/);
  await expect(
    b.session.importFile(JSON.stringify({ format: USER_DATA_FORMAT, formatVersion: 9 }), "merge"),
  ).rejects.toThrow(/newer version/);
  expect(b.session.getState().user.corrections.map((c) => c.id)).toEqual(["b"]);
  await b.session.importFile(file, "merge");
  expect(values(b.published.at(-1)!)).toEqual({ a: 99 });
  await b.session.importFile(serializeUserData(emptyUserData()), "replace");
  expect(values(b.published.at(-1)!)).toEqual({ a: 100, b: 200 });
});

test("outside Excel there is no storage: changes live in memory only and start reports it", async () => {
  const published: Dataset[] = [];
  const session = new UserDataSession(BUILTIN, (ds) => published.push(ds));
  expect((await session.start()).status).toBe("no-workbook");
  await session.update((u) => setCorrection(u, { id: "a", at: AT, action: "reject" }));
  expect(values(published.at(-1)!)).toEqual({ b: 200 });
});

test("a workbook holding data of a newer add-in: the built-in data is used, saving is refused", async () => {
  const parts = new FakeParts();
  parts.seed(
    `<userData xmlns="urn:plan-indicators:user-data" revision="1">${JSON.stringify({ format: USER_DATA_FORMAT, formatVersion: 7 })}</userData>`,
  );
  const { session, published } = open(parts);
  const state = await session.start();
  expect(state).toMatchObject({ status: "newer", message: expect.stringMatching(/newer version/) });
  expect(values(published.at(-1)!)).toEqual({ a: 100, b: 200 });
  await expect(
    session.update((u) => setCorrection(u, { id: "a", at: AT, action: "reject" })),
  ).rejects.toThrow();
  expect(parts.parts).toHaveLength(1);
});

describe("the shared session", () => {
  afterEach(() => {
    resetUserDataSession();
    resetRuntime();
  });

  test("outside Excel: publishes to the shared store; a second start re-applies to the new built-in data", async () => {
    const session = await startUserDataSession(BUILTIN);
    expect(currentUserDataSession()).toBe(session);
    expect(session.getState().status).toBe("no-workbook");
    await session.update((u) => setCorrection(u, { id: "a", at: AT, action: "edit", fields: { value: 1 } }));
    expect(getStore()?.dataset.records.find((r) => r.id === "a")?.value).toBe(1);
    const again = await startUserDataSession({ ...BUILTIN, records: [record("a", 7), record("z", 3)] });
    expect(again).toBe(session);
    expect(values(getStore()!.dataset)).toEqual({ a: 1, z: 3 });
  });

  test("with storage given, the stored corrections are applied before anything is published", async () => {
    const parts = new FakeParts();
    const run: RunExcel = (batch) => batch(parts.context());
    await new WorkbookUserDataStore(run).save(
      setCorrection(emptyUserData(), { id: "b", at: AT, action: "reject" }),
    );
    const published: Dataset[] = [];
    await startUserDataSession(BUILTIN, {
      storage: new WorkbookUserDataStore(run),
      publish: (d) => published.push(d),
    });
    expect(published.map(values)).toEqual([{ a: 100 }]);
  });
});

test("a change requested before the stored data is read waits for it (nothing is saved over unread data)", async () => {
  const parts = new FakeParts();
  const run: RunExcel = (batch) => batch(parts.context());
  await new WorkbookUserDataStore(run).save(
    setCorrection(emptyUserData(), { id: "a", at: AT, action: "reject" }),
  );
  const { session } = open(parts);
  const started = session.start();
  const updated = session.update((u) => setCorrection(u, { id: "b", at: AT, action: "accept" }));
  await Promise.all([started, updated]);
  expect(session.getState().user.corrections.map((c) => c.id)).toEqual(["a", "b"]);
});

test("if the stored data cannot be read, changes are refused rather than saved over it", async () => {
  const parts = new FakeParts();
  const run: RunExcel = (batch) => batch(parts.context());
  await new WorkbookUserDataStore(run).save(
    setCorrection(emptyUserData(), { id: "a", at: AT, action: "reject" }),
  );
  const before = parts.parts.map((p) => p.xml);
  const broken: RunExcel = () => Promise.reject(new Error("Excel is busy"));
  const session = new UserDataSession(BUILTIN, () => undefined, new WorkbookUserDataStore(broken));
  expect(await session.start()).toMatchObject({ status: "not-loaded", message: "Excel is busy" });
  await expect(
    session.update((u) => setCorrection(u, { id: "b", at: AT, action: "accept" })),
  ).rejects.toThrow(/could not be read, so nothing was changed/);
  // coded, so that the pane words it in its language
  await expect(session.update((u) => u)).rejects.toMatchObject({ code: "not-loaded" });
  expect(parts.parts.map((p) => p.xml)).toEqual(before);
});

test("what the store keeps becomes the session's data, with a message when full texts were left out", async () => {
  const storage = {
    load: async () => ({ status: "empty" as const, user: emptyUserData(), revision: 0 }),
    save: async (user: UserData) => ({ stored: { ...user, corrections: [] }, textsDropped: ["big-plan"] }),
  };
  const session = new UserDataSession(BUILTIN, () => undefined, storage);
  await session.start();
  await session.update((u) => setCorrection(u, { id: "a", at: AT, action: "reject" }));
  expect(session.getState().user.corrections).toEqual([]);
  expect(session.getState().message).toMatch(/full text of big-plan was not kept/);
  expect(session.getState().notice).toMatchObject({ code: "texts-dropped", values: { names: "big-plan" } });
});

test("a correction saved through the session recalculates the workbook once (live PLAN formulas)", async () => {
  // Excel is faked: the workbook's customXmlParts (FakeParts) and its application's calculate().
  const { startLiveRecalculation } = await import("../../src/excel/recalculate");
  const parts = new FakeParts();
  const calculations: string[] = [];
  const run: RunExcel = async (batch) => {
    const context = parts.context() as unknown as { workbook: Record<string, unknown> };
    context.workbook.application = {
      calculationMode: "Automatic",
      load: () => undefined,
      calculate: (kind: string) => calculations.push(kind),
    };
    return batch(context as unknown as Excel.RequestContext);
  };
  const stop = startLiveRecalculation({ run, debounceMs: 0 });
  try {
    const session = await startUserDataSession(BUILTIN, { storage: new WorkbookUserDataStore(run) });
    await new Promise((r) => setTimeout(r, 20));
    calculations.length = 0; // the start-up publication; what matters is the change below
    await session.update((u) => setCorrection(u, { id: "a", at: AT, action: "edit", fields: { value: 5 } }));
    await waitFor(() => calculations.length > 0);
    expect(calculations).toEqual(["Full"]);
    expect(getStore()!.dataset.records.find((r) => r.id === "a")?.value).toBe(5);
  } finally {
    stop();
    resetUserDataSession();
    resetRuntime();
  }
});

async function waitFor(condition: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}
