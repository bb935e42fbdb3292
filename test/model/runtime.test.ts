import * as runtime from "../../src/model/runtime";
import { luoheDataset } from "./fixtures";

afterEach(() => runtime.resetRuntime());

describe("runtime store", () => {
  test("whenReady waits for the first dataset; subscribers hear every change", async () => {
    expect(runtime.getStore()).toBeUndefined();
    const seen: number[] = [];
    const unsubscribe = runtime.subscribe((store) => seen.push(store.dataset.records.length));
    const waiting = runtime.whenReady();
    const first = runtime.setDataset(luoheDataset());
    await expect(waiting).resolves.toBe(first);
    expect(runtime.getStore()).toBe(first);

    const smaller = { ...luoheDataset(), records: luoheDataset().records.slice(0, 2) };
    runtime.setDataset(smaller);
    unsubscribe();
    runtime.setDataset(luoheDataset());
    expect(seen).toEqual([14, 2]);
  });

  test("uses the real lexicon by default (GDP resolves without the test lexicon)", () => {
    const store = runtime.setDataset(luoheDataset());
    expect(store.resolveIndicator("经济总量")).toEqual({ ok: true, id: "gdp" });
    expect(store.resolveIndicator("全市地区生产总值")).toEqual({ ok: true, id: "gdp" }); // lexicon matcher fallback
  });

  test("failLoading rejects waiting callers; a later dataset still wakes new ones", async () => {
    const waiting = runtime.whenReady();
    runtime.failLoading(new Error("HTTP 404"));
    await expect(waiting).rejects.toThrow("HTTP 404");
    const again = runtime.whenReady();
    runtime.setDataset(luoheDataset());
    await expect(again).resolves.toBeDefined();
  });

  test("a failing listener does not stop the others", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const seen: string[] = [];
    runtime.subscribe(() => {
      throw new Error("boom");
    });
    runtime.subscribe(() => seen.push("second"));
    runtime.setDataset(luoheDataset());
    expect(seen).toEqual(["second"]);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
