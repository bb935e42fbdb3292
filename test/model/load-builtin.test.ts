import { loadBuiltinDataset, startBuiltinData } from "../../src/model/load-builtin";
import * as runtime from "../../src/model/runtime";
import { validateDataset } from "../../src/model/dataset";
import { luoheDataset } from "./fixtures";

const respond =
  (body: unknown, ok = true, status = 200, statusText = "OK") =>
  async () => ({
    ok,
    status,
    statusText,
    json: async () => (body instanceof Error ? Promise.reject(body) : body),
  });

describe("loadBuiltinDataset", () => {
  test("returns the validated dataset", async () => {
    const ds = JSON.parse(JSON.stringify(luoheDataset()));
    const urls: string[] = [];
    const fetchImpl = async (url: string) => {
      urls.push(url);
      return respond(ds)();
    };
    await expect(loadBuiltinDataset(fetchImpl)).resolves.toEqual(ds);
    expect(urls).toEqual(["indicators.json"]);
  });

  test("network failure, HTTP error, bad JSON and bad shape each say what went wrong", async () => {
    const offline = async () => {
      throw new Error("Failed to fetch");
    };
    await expect(loadBuiltinDataset(offline, "data.json")).rejects.toThrow(
      "Could not load the built-in indicators from data.json: Failed to fetch",
    );
    await expect(loadBuiltinDataset(respond(null, false, 404, "Not Found"))).rejects.toThrow(
      "HTTP 404 Not Found",
    );
    await expect(loadBuiltinDataset(respond(new SyntaxError("x")))).rejects.toThrow("is not valid JSON");
    const broken = JSON.parse(JSON.stringify(luoheDataset()));
    broken.records[3].year = "2020";
    await expect(loadBuiltinDataset(respond(broken))).rejects.toThrow("records[3].year should be a number");
  });
});

describe("validateDataset", () => {
  test.each([
    [[], "must be a JSON object"],
    [{ documents: [], regions: [] }, 'no "records" list'],
    [
      { documents: [], regions: [{ id: "a", name: "b" }], records: [] },
      "regions[0].aliases should be a list",
    ],
  ])("%p is rejected", (json, message) => {
    expect(() => validateDataset(json)).toThrow(message);
  });
});

describe("startBuiltinData", () => {
  afterEach(() => runtime.resetRuntime());

  test("puts the dataset into the shared runtime", async () => {
    const waiting = runtime.whenReady();
    const store = await startBuiltinData(respond(JSON.parse(JSON.stringify(luoheDataset()))));
    await expect(waiting).resolves.toBe(store);
    expect(runtime.getStore()).toBe(store);
  });

  test("a failed load wakes waiting functions with the reason and is rethrown", async () => {
    const waiting = runtime.whenReady();
    await expect(startBuiltinData(respond(null, false, 500, "Server Error"))).rejects.toThrow("HTTP 500");
    await expect(waiting).rejects.toThrow("HTTP 500 Server Error");
  });
});
