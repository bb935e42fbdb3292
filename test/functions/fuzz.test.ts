/** No argument of any shape makes a PLAN wrapper throw (fast-check). */
import { ExcelError } from "./custom-functions-shim";
import fc from "fast-check";
import * as fns from "../../src/functions/functions";
import * as runtime from "../../src/model/runtime";
import { luoheDataset } from "../model/fixtures";

beforeAll(() => runtime.setDataset(luoheDataset()));
afterAll(() => runtime.resetRuntime());

const wrappers = Object.entries(fns).filter(([, f]) => typeof f === "function") as [
  string,
  (...a: unknown[]) => unknown,
][];

const plausible = fc.oneof(
  fc.constantFrom("Luohe", "漯河经开区", "GDP", "经济总量", "2025", "2025年", "linear", "", " "),
  fc.integer({ min: 1900, max: 2200 }),
  fc.double(),
  fc.string(),
  fc.anything(),
);

test("every wrapper answers any arguments with a value or an Excel error (a Promise of one while loading)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(plausible, { maxLength: 5 }), async (args) => {
      for (const [name, fn] of wrappers) {
        let result: unknown;
        expect(() => (result = fn(...args))).not.toThrow();
        result = await result; // a Promise only while something loads (the traditional-Chinese converter)
        const ok =
          typeof result === "string" ||
          (typeof result === "number" && Number.isFinite(result)) ||
          Array.isArray(result) ||
          result instanceof ExcelError;
        if (!ok) throw new Error(`${name}(${JSON.stringify(args)}) returned ${String(result)}`);
      }
    }),
    { numRuns: 300 },
  );
});
