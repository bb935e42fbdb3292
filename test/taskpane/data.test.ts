import { getStore, resetRuntime, setDataset } from "../../src/model/runtime";
import { obtainStore } from "../../src/taskpane/data";
import { sampleDataset } from "../excel/fixtures";

/** Stands in for the page's fetch of indicators.json, answering with the sample dataset. */
function serveSampleDataset() {
  globalThis.fetch = jest.fn(async () => ({
    ok: true,
    status: 200,
    statusText: "OK",
    json: async () => sampleDataset(),
  })) as unknown as typeof fetch;
}

describe("obtainStore", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    resetRuntime();
  });

  it("uses the shared runtime's store when the bootstrap has loaded it", async () => {
    const store = setDataset(sampleDataset());
    globalThis.fetch = jest.fn();
    await expect(obtainStore(10)).resolves.toBe(store);
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });

  it("waits for a bootstrap that is still loading", async () => {
    setTimeout(() => setDataset(sampleDataset()), 5);
    globalThis.fetch = jest.fn();
    const store = await obtainStore(1000);
    expect(store.dataset.records).toHaveLength(sampleDataset().records.length);
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });

  it("loads indicators.json itself when nothing else does, and shares the store", async () => {
    serveSampleDataset();
    const store = await obtainStore(5);
    expect(globalThis.fetch).toHaveBeenCalledWith("indicators.json");
    expect(getStore()).toBe(store);
  });

  it("does not wait when told there is no bootstrap (outside Excel)", async () => {
    serveSampleDataset();
    const started = Date.now();
    await obtainStore(0);
    expect(Date.now() - started).toBeLessThan(500);
    expect(globalThis.fetch).toHaveBeenCalledTimes(1);
  });

  it("loads once when asked twice at the same time", async () => {
    serveSampleDataset();
    const [a, b] = await Promise.all([obtainStore(0), obtainStore(0)]);
    expect(a).toBe(b);
    expect(globalThis.fetch).toHaveBeenCalledTimes(1);
  });

  it("passes on a clear error when the data cannot be fetched", async () => {
    globalThis.fetch = jest.fn(async () => ({
      ok: false,
      status: 404,
      statusText: "Not Found",
    })) as unknown as typeof fetch;
    await expect(obtainStore(5)).rejects.toThrow(/HTTP 404 Not Found/);
  });
});
