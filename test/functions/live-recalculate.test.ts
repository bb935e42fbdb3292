/**
 * src/excel/recalculate.ts: a data change triggers one full recalculation. Excel itself is replaced by
 * office-addin-mock (the mocks stand in for Excel's workbook.application; no Excel runs here).
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum of its office-addin-manifest dependency, whose own
// dependency chain is ESM-only and cannot load in jest's CommonJS runtime.
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { recalculateWorkbook, startLiveRecalculation } from "../../src/excel/recalculate";
import * as runtime from "../../src/model/runtime";
import { luoheDataset } from "../model/fixtures";

function excelMock(calculationMode = "Automatic", failures = 0) {
  let failuresLeft = failures;
  const calculations: string[] = [];
  const data = {
    context: {
      workbook: {
        application: {
          calculationMode,
          calculate(type: string) {
            calculations.push(type);
          },
        },
      },
    },
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error("InvalidOperation: the user is editing a cell");
      }
      return batch(this.context as unknown as Excel.RequestContext);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as typeof data;
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => mock.run(batch);
  return { run, calculations: () => calculations };
}

afterEach(() => {
  runtime.resetRuntime();
  jest.useRealTimers();
});

describe("recalculateWorkbook", () => {
  test("asks Excel for one full recalculation", async () => {
    const excel = excelMock();
    await expect(recalculateWorkbook(excel.run)).resolves.toBe("recalculated");
    expect(excel.calculations()).toEqual(["Full"]);
  });

  test("leaves a workbook in manual calculation mode alone", async () => {
    const excel = excelMock("Manual");
    await expect(recalculateWorkbook(excel.run)).resolves.toBe("manual");
    expect(excel.calculations()).toEqual([]);
  });
});

describe("startLiveRecalculation", () => {
  test("a burst of data changes costs one recalculation", async () => {
    jest.useFakeTimers();
    const excel = excelMock();
    const outcomes: string[] = [];
    const stop = startLiveRecalculation({
      run: excel.run,
      debounceMs: 100,
      onRecalculated: (o) => outcomes.push(o),
    });
    runtime.setDataset(luoheDataset());
    runtime.setDataset(luoheDataset());
    runtime.setDataset(luoheDataset());
    expect(excel.calculations()).toEqual([]);
    await jest.advanceTimersByTimeAsync(150);
    expect(excel.calculations()).toEqual(["Full"]);
    expect(outcomes).toEqual(["recalculated"]);

    runtime.setDataset(luoheDataset());
    await jest.advanceTimersByTimeAsync(150);
    expect(excel.calculations()).toEqual(["Full", "Full"]);

    stop();
    runtime.setDataset(luoheDataset());
    await jest.advanceTimersByTimeAsync(150);
    expect(excel.calculations()).toHaveLength(2);
  });

  test("retries when Excel is busy, then reports the error", async () => {
    jest.useFakeTimers();
    const busyOnce = excelMock("Automatic", 1);
    const stop = startLiveRecalculation({ run: busyOnce.run, debounceMs: 10, retryDelayMs: 50 });
    runtime.setDataset(luoheDataset());
    await jest.advanceTimersByTimeAsync(100);
    expect(busyOnce.calculations()).toEqual(["Full"]);
    stop();

    const alwaysBusy = excelMock("Automatic", 99);
    const errors: string[] = [];
    const stop2 = startLiveRecalculation({
      run: alwaysBusy.run,
      debounceMs: 10,
      retryDelayMs: 50,
      attempts: 3,
      onError: (e) => errors.push(e.message),
    });
    runtime.setDataset(luoheDataset());
    await jest.advanceTimersByTimeAsync(1000);
    expect(errors).toEqual(["InvalidOperation: the user is editing a cell"]);
    expect(alwaysBusy.calculations()).toEqual([]);
    stop2();
  });

  test("a change during a recalculation causes exactly one more", async () => {
    jest.useFakeTimers();
    const calculations: string[] = [];
    let release: () => void = () => undefined;
    const slowRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      await new Promise<void>((resolve) => (release = resolve));
      const context = {
        workbook: {
          application: {
            calculationMode: "Automatic",
            load: () => undefined,
            calculate: (t: string) => calculations.push(t),
          },
        },
        sync: async () => undefined,
      };
      return batch(context as unknown as Excel.RequestContext);
    };
    const stop = startLiveRecalculation({ run: slowRun, debounceMs: 10 });
    runtime.setDataset(luoheDataset());
    await jest.advanceTimersByTimeAsync(20); // first recalculation starts and waits inside Excel
    runtime.setDataset(luoheDataset());
    runtime.setDataset(luoheDataset());
    await jest.advanceTimersByTimeAsync(20);
    release();
    await jest.advanceTimersByTimeAsync(20);
    release();
    await jest.advanceTimersByTimeAsync(20);
    expect(calculations).toEqual(["Full", "Full"]);
    stop();
  });
});
