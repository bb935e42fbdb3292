/**
 * startPlanRuntime: the built-in data reaches the functions, and later data changes recalculate the
 * workbook. Excel.run is a stand-in function here (no Excel runs in jest).
 */
import "./custom-functions-shim";
import { ExcelError } from "./custom-functions-shim";
import * as fns from "../../src/functions/functions";
import { startPlanRuntime } from "../../src/functions/startup";
import * as runtime from "../../src/model/runtime";
import { emptyUserData, type UserData } from "../../src/model/corrections";
import { resetUserDataSession, type UserDataStorage } from "../../src/model/user-data-session";
import { luoheDataset } from "../model/fixtures";

function fakeExcel() {
  const calculations: string[] = [];
  const context = {
    workbook: {
      application: {
        calculationMode: "Automatic",
        load: () => undefined,
        calculate: (type: string) => calculations.push(type),
      },
    },
    sync: async () => undefined,
  };
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
    batch(context as unknown as Excel.RequestContext);
  return { run, calculations };
}

const serve =
  (body: unknown, ok = true) =>
  async () => ({
    ok,
    status: ok ? 200 : 404,
    statusText: ok ? "OK" : "Not Found",
    json: async () => body,
  });

afterEach(() => {
  runtime.resetRuntime();
  resetUserDataSession();
  jest.useRealTimers();
});

test("loads the built-in data for waiting formulas; only later changes recalculate", async () => {
  jest.useFakeTimers();
  const excel = fakeExcel();
  const waiting = fns.target("Luohe", "GDP", 2025);
  const stop = await startPlanRuntime({
    fetchImpl: serve(JSON.parse(JSON.stringify(luoheDataset()))),
    run: excel.run,
  });
  await expect(waiting).resolves.toBe(500);
  await jest.advanceTimersByTimeAsync(500);
  expect(excel.calculations).toEqual([]);

  runtime.setDataset(luoheDataset()); // an import
  await jest.advanceTimersByTimeAsync(500);
  expect(excel.calculations).toEqual(["Full"]);
  stop();
});

test("a failed load is reported, waiting formulas answer #N/A, and an import still works", async () => {
  jest.useFakeTimers();
  const excel = fakeExcel();
  const reports: string[] = [];
  const waiting = fns.target("Luohe", "GDP", 2025);
  const stop = await startPlanRuntime({
    fetchImpl: serve(null, false),
    run: excel.run,
    report: (m) => reports.push(m),
  });
  expect(reports).toEqual([
    "PLAN functions: Could not load the built-in indicators from indicators.json: HTTP 404 Not Found",
  ]);
  const result = (await waiting) as InstanceType<typeof ExcelError>;
  expect(result).toBeInstanceOf(ExcelError);
  expect(result.code).toBe("#N/A");

  runtime.setDataset(luoheDataset());
  await jest.advanceTimersByTimeAsync(500);
  expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
  expect(excel.calculations).toEqual(["Full"]);
  stop();
});

test("the workbook's corrections reach the functions even when the pane is never opened", async () => {
  jest.useFakeTimers();
  const excel = fakeExcel();
  const dataset = luoheDataset();
  const targetRecord = dataset.records.find(
    (r) => r.indicator_id === "gdp" && r.kind === "target" && r.measure === "level" && r.year === 2025,
  );
  if (!targetRecord) throw new Error("fixture lacks the GDP 2025 target");
  const user: UserData = {
    ...emptyUserData(),
    corrections: [
      { id: targetRecord.id, at: "2026-01-01T00:00:00Z", action: "edit", fields: { value: 520 } },
    ],
  };
  const saved: UserData[] = [];
  const storage: UserDataStorage = {
    load: async () => ({ status: "ok", user, revision: 1 }),
    save: async (next) => {
      saved.push(next);
      return { stored: next };
    },
  };
  const stop = await startPlanRuntime({
    fetchImpl: serve(JSON.parse(JSON.stringify(dataset))),
    run: excel.run,
    storage,
  });
  await jest.advanceTimersByTimeAsync(500);
  expect(fns.target("Luohe", "GDP", 2025)).toBe(520);
  expect(excel.calculations).toEqual(["Full"]); // one recalculation brings the corrections to the cells
  expect(saved).toEqual([]); // reading the workbook writes nothing
  stop();
});

test("a workbook read that never resolves leaves every PLAN function answering from the built-in data", async () => {
  jest.useFakeTimers();
  const excel = fakeExcel();
  const reports: string[] = [];
  const storage: UserDataStorage = {
    load: () => new Promise(() => undefined), // context.sync hanging (office-js #6678)
    save: async (next) => ({ stored: next }),
  };
  const waiting = fns.target("Luohe", "GDP", 2025);
  const stop = await startPlanRuntime({
    fetchImpl: serve(JSON.parse(JSON.stringify(luoheDataset()))),
    run: excel.run,
    storage,
    readTimeoutMs: 5000,
    report: (m) => reports.push(m),
  });
  // No await on the workbook: the functions answer at once, waiting ones resolve too.
  await expect(waiting).resolves.toBe(500);
  expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
  expect(fns.targetGrowth("Luohe", "GDP")).not.toBeInstanceOf(Promise);
  await jest.advanceTimersByTimeAsync(6000);
  expect(reports).toEqual([
    expect.stringContaining("could not be read yet (Excel did not answer within 5 s)"),
  ]);
  expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
  expect(excel.calculations).toEqual([]); // nothing changed, so nothing recalculated
  stop();
});

test("corrections that arrive after the timeout are applied then, with one recalculation", async () => {
  jest.useFakeTimers();
  const excel = fakeExcel();
  const dataset = luoheDataset();
  const targetRecord = dataset.records.find(
    (r) => r.indicator_id === "gdp" && r.kind === "target" && r.measure === "level" && r.year === 2025,
  )!;
  let answer: (result: Awaited<ReturnType<UserDataStorage["load"]>>) => void = () => undefined;
  let reads = 0;
  const storage: UserDataStorage = {
    load: () => {
      reads++;
      return new Promise((resolve) => (answer = resolve));
    },
    save: async (next) => ({ stored: next }),
  };
  const stop = await startPlanRuntime({
    fetchImpl: serve(JSON.parse(JSON.stringify(dataset))),
    run: excel.run,
    storage,
    readTimeoutMs: 1000,
    report: () => undefined,
  });
  await jest.advanceTimersByTimeAsync(2000);
  expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
  answer({
    status: "ok",
    revision: 1,
    user: {
      ...emptyUserData(),
      corrections: [
        { id: targetRecord.id, at: "2026-01-01T00:00:00Z", action: "edit", fields: { value: 530 } },
      ],
    },
  });
  await jest.advanceTimersByTimeAsync(500);
  expect(fns.target("Luohe", "GDP", 2025)).toBe(530);
  expect(excel.calculations).toEqual(["Full"]);
  expect(reads).toBe(1); // the late answer is used, not read again
  stop();
});

test("the built-in data does not wait for Office.onReady; the workbook parts start only in Excel", async () => {
  jest.useFakeTimers();
  const excel = fakeExcel();
  let loads = 0;
  const storage: UserDataStorage = {
    load: async () => {
      loads++;
      return { status: "empty", user: emptyUserData(), revision: 0 };
    },
    save: async (next) => ({ stored: next }),
  };
  const started = startPlanRuntime({
    fetchImpl: serve(JSON.parse(JSON.stringify(luoheDataset()))),
    run: excel.run,
    storage,
    inExcel: new Promise(() => undefined), // Office has not answered (yet)
  });
  await jest.advanceTimersByTimeAsync(60_000);
  expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
  expect(loads).toBe(0);
  runtime.setDataset(luoheDataset());
  await jest.advanceTimersByTimeAsync(500);
  expect(excel.calculations).toEqual([]); // no recalculation before Office says this is Excel
  void started;

  runtime.resetRuntime();
  const outside = await startPlanRuntime({
    fetchImpl: serve(JSON.parse(JSON.stringify(luoheDataset()))),
    run: excel.run,
    storage,
    inExcel: Promise.resolve(false), // a browser tab: the pane keeps its own session
  });
  expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
  expect(loads).toBe(0);
  outside();
});

test("unreadable workbook data still leaves the functions the built-in data", async () => {
  const reports: string[] = [];
  const storage: UserDataStorage = {
    load: async () => {
      throw new Error("the workbook is busy");
    },
    save: async (next) => ({ stored: next }),
  };
  const stop = await startPlanRuntime({
    fetchImpl: serve(JSON.parse(JSON.stringify(luoheDataset()))),
    run: fakeExcel().run,
    storage,
    report: (m) => reports.push(m),
  });
  expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
  stop();
});
