/**
 * Checks the production build in dist/ (npm test runs `npm run build` before jest): every file the
 * manifest and the shared runtime need is there, the manifest validates, and the metadata is complete.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateManifest } from "../../src/cli/manifest/validate";

const DIST = join(__dirname, "../../dist");
const read = (file: string) => readFileSync(join(DIST, file), "utf8");

beforeAll(() => {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run `npm run build` first.");
});

describe("the production build", () => {
  test("contains the page, the bundles, metadata, data, assets and manifest", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "runtime.js",
      "functions.json",
      "functions.zh-CN.json",
      "indicators.json",
      "manifest.xml",
      "help.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(existsSync(join(DIST, file))).toBe(true);
    }
  });

  test("the page loads Office.js and the shared runtime's bundles", () => {
    const html = read("taskpane.html");
    expect(html).toMatch(/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    for (const script of ["runtime.js", "taskpane.js", "functions.js"]) expect(html).toContain(script);
  });

  test("the scripts before the first paint leave out what only later work needs", () => {
    // The workbook store (and its XML parser) loads when the functions read the workbook, the import and
    // review strings with their panels, the extraction vocabulary with the extractor (120 KB budget:
    // test/e2e/taskpane.e2e.test.ts).
    const initial = [...read("taskpane.html").matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)]
      .map((m) => m[1]!)
      .filter((src) => !/^https?:/.test(src));
    const sources = initial.flatMap((js) => (JSON.parse(read(`${js}.map`)) as { sources: string[] }).sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const late of [
      "@xmldom/xmldom",
      "src/excel/user-data-store.ts",
      "src/model/user-data-session.ts",
      "src/taskpane/import/strings-data.ts",
      "src/extract/vocabulary/index.ts",
    ]) {
      expect(sources.filter((s) => s.includes(late))).toEqual([]);
    }
  });

  test("the page keeps its Content-Security-Policy", () => {
    expect(read("taskpane.html")).toMatch(
      /http-equiv="?Content-Security-Policy"?[\s\S]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/,
    );
  });

  test("bundles are minified with separate source maps", () => {
    for (const js of readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
      const code = read(js);
      expect(code).toMatch(/\/\/# sourceMappingURL=\S+\.js\.map\s*$/);
      expect(existsSync(join(DIST, `${js}.map`))).toBe(true);
      expect(code.split("\n").length).toBeLessThan(20);
    }
  });

  test("the built manifest validates against the built assets", () => {
    expect(validateManifest(read("manifest.xml"), { assetsRoot: DIST })).toEqual([]);
  });

  test("functions.json is generated from the JSDoc and includes PLAN.VERSION", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; description?: string }[];
    };
    const version = metadata.functions.find((f) => f.id === "VERSION");
    expect(version?.description).toMatch(/version/i);
  });

  test("the built-in data is a dataset", () => {
    const data = JSON.parse(read("indicators.json")) as { version: number; records: unknown[] };
    expect(data.version).toBe(1);
    expect(Array.isArray(data.records)).toBe(true);
  });
});
