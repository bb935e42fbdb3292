/** The Excel wrappers: sync answers once loaded, Promises while loading, CustomFunctions.Error on failure. */
import { ExcelError } from "./custom-functions-shim";
import * as fns from "../../src/functions/functions";
import { answer } from "../../src/functions/answer";
import * as runtime from "../../src/model/runtime";
import { luoheDataset, rec } from "../model/fixtures";

afterEach(() => runtime.resetRuntime());

describe("PLAN wrappers", () => {
  test("answer synchronously once the data is loaded", () => {
    runtime.setDataset(luoheDataset());
    expect(fns.target("Luohe", "GDP", 2025)).toBe(500);
    expect(fns.baseValue("漯河经开区", "经济总量")).toBe(239.5);
    expect(fns.status("Luohe", "GDP", "2023年", 400)).toBe("ahead");
  });

  test("return a Promise while the data loads, resolved when it arrives", async () => {
    const pending = fns.target("Luohe", "GDP", 2025);
    expect(pending).toBeInstanceOf(Promise);
    runtime.setDataset(luoheDataset());
    await expect(pending).resolves.toBe(500);
  });

  test("a failed load answers #N/A with the reason", async () => {
    const pending = fns.gap("Luohe", "GDP", 2023, 400);
    runtime.failLoading(new Error("HTTP 404 Not Found"));
    const result = (await pending) as InstanceType<typeof ExcelError>;
    expect(result).toBeInstanceOf(ExcelError);
    expect(result.code).toBe("#N/A");
    expect(result.message).toMatch(/could not be loaded: HTTP 404/);
  });

  test.each([
    [
      () => fns.target("Luohe", "GPD", 2025),
      "#N/A",
      "Unknown indicator 'GPD'. Did you mean GDP (地区生产总值)?",
    ],
    [() => fns.target("Luohe", "GDP", "soon"), "#VALUE!", "'soon' is not a year"],
    [() => fns.planned("Luohe", "FAI", 2023), "#NUM!", "positive base"],
    [() => fns.gap("Luohe", "GDP", 2023, "n/a"), "#VALUE!", "must be a number"],
    [() => fns.indicators("Atlantis"), "#N/A", "Unknown region 'Atlantis'"],
  ])("errors are returned, not thrown (%#)", (call, code, message) => {
    runtime.setDataset(luoheDataset());
    const result = call() as InstanceType<typeof ExcelError>;
    expect(result).toBeInstanceOf(ExcelError);
    expect(result.code).toBe(code);
    expect(result.message).toContain(message);
  });

  test("never throws on arbitrary arguments", () => {
    runtime.setDataset(luoheDataset());
    const junk: unknown[] = [
      undefined,
      null,
      "",
      " ",
      0,
      -1,
      NaN,
      Infinity,
      true,
      [],
      {},
      [[1]],
      "=1+1",
      "年",
    ];
    const calls = [
      fns.target,
      fns.actual,
      fns.gap,
      fns.gapPct,
      fns.required,
      fns.status,
      fns.planned,
      fns.source,
    ];
    for (const fn of calls) {
      for (const a of junk) {
        for (const b of junk) {
          const call = fn as (...args: unknown[]) => unknown;
          expect(() => call("Luohe", a, b, a)).not.toThrow();
          expect(() => call(a, "GDP", 2023, b)).not.toThrow();
          expect(() => call("Luohe", "GDP", 2023, a, b)).not.toThrow();
          expect(() => call("Luohe", "GDP", 2023, 400, a)).not.toThrow();
          expect(() => fns.progress("Luohe", "GDP", a as never, b as never)).not.toThrow();
        }
      }
    }
  });

  test("the gap functions take an optional target year; Excel's omitted argument (null) changes nothing", () => {
    const data = luoheDataset();
    data.records.push(rec({ indicator_id: "gdp", year: 2035, value: 1000 }));
    runtime.setDataset(data);
    // 2025 path: P(2023) = 372.481073; 2035 path: P(2023) = 239.5·(1000/239.5)^(3/15) = 318.745758
    expect(fns.gap("Luohe", "GDP", 2023, 400, null as never)).toBeCloseTo(27.518927, 5);
    expect(fns.gap("Luohe", "GDP", 2023, 400, "2035年")).toBeCloseTo(400 - 318.745758, 5);
    expect(fns.planned("Luohe", "GDP", 2023, undefined, 2035)).toBeCloseTo(318.745758, 5);
    expect(fns.status("Luohe", "GDP", 2023, 350, 2035)).toBe("ahead");
    expect(fns.status("Luohe", "GDP", 2023, 350, 2025)).toBe("behind");
    expect(fns.progress("Luohe", "GDP", 400, 2025)).toBeCloseTo(0.616123, 6);
    const missing = fns.required("Luohe", "GDP", 2023, 400, 2030) as InstanceType<typeof ExcelError>;
    expect(missing).toBeInstanceOf(ExcelError);
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toMatch(/no target for 2030\. Targets exist for 2025, 2035\.$/);
    const wrong = fns.gapPct("Luohe", "GDP", 2023, 400, "later") as InstanceType<typeof ExcelError>;
    expect(wrong.code).toBe("#VALUE!");
  });

  test("REGIONS and INDICATORS spill tables with headers", () => {
    runtime.setDataset(luoheDataset());
    const regions = fns.regions() as unknown[][];
    expect(regions[0]).toEqual(["id", "name", "English name", "aliases", "documents", "records"]);
    const indicators = fns.indicators("Luohe") as unknown[][];
    expect(indicators[0]).toEqual(["id", "name", "English name", "unit", "base", "target year", "target"]);
    expect(indicators.length).toBeGreaterThan(1);
  });

  test("VERSION", () => {
    expect(fns.version()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("an unexpected exception inside an implementation becomes #N/A, not a throw", () => {
    runtime.setDataset(luoheDataset());
    const result = answer(() => {
      throw new TypeError("boom");
    }) as InstanceType<typeof ExcelError>;
    expect(result).toBeInstanceOf(ExcelError);
    expect(result.code).toBe("#N/A");
    expect(result.message).toBe("Internal error: boom");
  });

  test("traditional Chinese names resolve once the converter has loaded (first call waits for it)", async () => {
    runtime.setDataset(luoheDataset());
    // A Promise if the converter still has to load (earlier tests in this file may have loaded it).
    await expect(Promise.resolve(fns.target("漯河經開區", "地區生產總值", 2025))).resolves.toBe(500);
    expect(fns.target("漯河經濟技術開發區", "經濟總量", "2025年")).toBe(500); // now synchronous
    const unknown = fns.target("漯河經開區", "不存在的指標", 2025) as InstanceType<typeof ExcelError>;
    expect(unknown).toBeInstanceOf(ExcelError);
    expect(unknown.message).toMatch(/^Unknown indicator '不存在的指標'/);
  });
});
