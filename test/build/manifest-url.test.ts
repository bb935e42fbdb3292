import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rewriteManifest, resolveBaseUrl } from "../../scripts/manifest-url.cjs";
import { validateManifest } from "../../src/cli/manifest/validate";

const ROOT = join(__dirname, "../..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("pointing the manifest at a deployment host", () => {
  test("every development URL moves to the given host", () => {
    const xml = rewriteManifest(MANIFEST, "https://intranet.example/plan/");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('<SourceLocation DefaultValue="https://intranet.example/plan/taskpane.html"/>');
    expect(xml).toContain("https://intranet.example/plan/functions.zh-CN.json");
    expect(validateManifest(xml, { assetsRoot: ROOT, baseUrl: "https://intranet.example/plan" })).toEqual([]);
  });

  test("the default is the development host", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000");
    expect(rewriteManifest(MANIFEST, "")).toBe(MANIFEST);
  });

  test.each(["http://intranet.example", "intranet.example", "ftp://x"])("refuses %s (HTTPS only)", (url) => {
    expect(() => rewriteManifest(MANIFEST, url)).toThrow(/ADDIN_BASE_URL/);
  });
});
