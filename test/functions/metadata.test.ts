/**
 * functions.json as custom-functions-metadata generates it from src/functions/functions.ts, and its zh-CN
 * version from the name table: every exported function is there with its parameters and descriptions.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as fns from "../../src/functions/functions";
import { PLAN_FUNCTIONS } from "../../src/functions/registry";
import table from "../../src/functions/names.zh-CN.json";
import { readFileSync } from "node:fs";
import { FUNCTION_SPECS, zhMetadataTable } from "../../src/model/function-specs";
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

describe("the spec table (src/model/function-specs.ts)", () => {
  test("the JSDoc says what the spec table says: ids, descriptions, parameters, optional, result", () => {
    expect(FUNCTION_SPECS.map((s) => s.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const spec of FUNCTION_SPECS) {
      const f = metadata.functions.find((m) => m.id === spec.id)!;
      expect(f.description).toBe(spec.en);
      expect(f.parameters.map((p) => [p.name, p.description, !!p.optional])).toEqual(
        spec.params.map((p) => [p.name, p.en, !!p.optional]),
      );
      expect(f.result.dimensionality === "matrix").toBe(spec.returns === "matrix");
    }
  });

  test("BASE and GROWTH (Excel built-in names) are gone: BASEVALUE and TARGETGROWTH", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).not.toContain("BASE");
    expect(ids).not.toContain("GROWTH");
    expect(ids).toEqual(expect.arrayContaining(["BASEVALUE", "TARGETGROWTH"]));
  });
});

describe("zh-CN metadata", () => {
  test("names.zh-CN.json is what the spec table derives (regenerate it from zhMetadataTable())", () => {
    expect(table).toEqual(zhMetadataTable());
  });

  test("the same ids and names as functions.json, Chinese descriptions and parameter help", () => {
    const zh: Metadata = localizeMetadata(metadata, table);
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(metadata.functions.map((f) => [f.id, f.name]));
    zh.functions.forEach((f, i) => {
      const en = metadata.functions[i];
      expect(f.parameters.map((p) => [p.name, p.optional])).toEqual(
        en.parameters.map((p) => [p.name, p.optional]),
      );
      expect(f.description).toMatch(/\p{Script=Han}/u);
      for (const p of f.parameters) expect(p.description).toMatch(/\p{Script=Han}/u);
    });
    expect(JSON.stringify(table)).not.toMatch(/规划\./u);
    expect(table).not.toHaveProperty("namespace");
  });

  test("a missing or stale entry fails the build step with a clear message", () => {
    const missing = { ...table, functions: { ...table.functions, GAP: undefined } };
    expect(() => localizeMetadata(metadata, missing)).toThrow("no description for function GAP");
    const stale = { ...table, functions: { ...table.functions, OLD: { description: "旧", parameters: {} } } };
    expect(() => localizeMetadata(metadata, stale)).toThrow("lists OLD, which is not a function");
  });

  test("the manifest has no localised namespace", () => {
    const manifest = readFileSync("manifest.xml", "utf8");
    const namespace = /<bt:String id="Functions.Namespace"[^>]*?(\/>|>[\s\S]*?<\/bt:String>)/u.exec(
      manifest,
    )!;
    expect(namespace[0]).not.toMatch(/Override/u);
    expect(manifest).not.toMatch(/规划\./u);
  });
});
