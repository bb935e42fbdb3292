/**
 * functions.json as custom-functions-metadata generates it from src/functions/functions.ts, and its zh-CN
 * version from the name table: every exported function is there with its parameters and descriptions.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as fns from "../../src/functions/functions";
import { PLAN_FUNCTIONS } from "../../src/functions/registry";
import table from "../../src/functions/names.zh-CN.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localize-metadata.cjs");

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { dimensionality?: string };
}
interface Metadata {
  functions: Fn[];
}

let metadata: Metadata;
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata("src/functions/functions.ts");
  errors = generated.errors;
  metadata = JSON.parse(generated.metadataJson);
}, 60_000);

/** Parameter names of a JS function, read from its source (wrappers are plain functions). */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const match = /^[^(]*\(([^)]*)\)/.exec(fn.toString());
  return (match?.[1] ?? "")
    .split(",")
    .map((p) => p.trim().split(/[\s=:?]/)[0])
    .filter(Boolean);
}

describe("generated metadata", () => {
  test("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  test("every exported function is in the metadata with its parameters, each described", () => {
    const exported = Object.entries(fns).filter(([, v]) => typeof v === "function");
    expect(exported.length).toBe(metadata.functions.length);
    for (const [name, fn] of exported) {
      const entry = metadata.functions.find((f) => f.id.toLowerCase() === name.toLowerCase());
      expect(entry).toBeDefined();
      expect(entry!.description).toBeTruthy();
      expect(entry!.parameters.map((p) => p.name)).toEqual(
        parameterNames(fn as (...args: never[]) => unknown),
      );
      for (const p of entry!.parameters) expect(p.description).toBeTruthy();
    }
  });

  test("the CLI registry has the same functions and parameters", () => {
    expect(Object.keys(PLAN_FUNCTIONS).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const f of metadata.functions) {
      const params = f.parameters.map((p) => p.name + (p.optional ? "?" : ""));
      expect(PLAN_FUNCTIONS[f.id].params).toEqual(params);
    }
  });

  test("REGIONS and INDICATORS spill (matrix results)", () => {
    const matrix = metadata.functions.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id);
    expect(matrix.sort()).toEqual(["INDICATORS", "REGIONS"]);
  });
});

describe("zh-CN metadata", () => {
  test("describes the same functions with the same parameters, all named in Chinese", () => {
    const zh: Metadata = localizeMetadata(metadata, table);
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const en = metadata.functions[i];
      expect(f.parameters.length).toBe(en.parameters.length);
      expect(f.parameters.map((p) => p.optional)).toEqual(en.parameters.map((p) => p.optional));
      expect(f.name).toMatch(/\p{Script=Han}/u);
      expect(f.name).not.toBe(en.name);
      for (const p of f.parameters) {
        expect(p.name).toMatch(/\p{Script=Han}/u);
        expect(p.description).toMatch(/\p{Script=Han}/u);
      }
    });
    const names = zh.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(table.namespace).toBe("规划");
    expect(zh.functions.find((f) => f.id === "TARGET")!.name).toBe("目标值");
  });

  test("a missing, invalid or stale name fails the build step with a clear message", () => {
    const missing = { ...table, functions: { ...table.functions, GAP: undefined } };
    expect(() => localizeMetadata(metadata, missing)).toThrow("no name for function GAP");
    const invalid = {
      ...table,
      functions: { ...table.functions, UNIT: { ...table.functions.UNIT, name: "单位" } },
    };
    expect(() => localizeMetadata(metadata, invalid)).toThrow("'单位' is not a valid function name");
    const stale = { ...table, functions: { ...table.functions, OLD: { name: "旧函数", parameters: {} } } };
    expect(() => localizeMetadata(metadata, stale)).toThrow("lists OLD, which is not a function");
  });
});
