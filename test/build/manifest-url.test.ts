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

  test("ADDIN_BASE_URL with a path: URLs on that host, AppDomains without a path and not the own origin", () => {
    const xml = rewriteManifest(MANIFEST, "https://intranet.example/plan");
    const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]!.trim());
    for (const domain of domains) expect(domain).toBe(new URL(domain).origin);
    expect(domains).not.toContain("https://intranet.example");
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://intranet.example/plan/")).toBe(true);
  });

  test("an AppDomain naming the add-in's own origin is dropped, not given a path", () => {
    const withOwn = MANIFEST.replace(
      "  <Hosts>\n",
      "  <AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>\n  <Hosts>\n",
    );
    const xml = rewriteManifest(withOwn, "https://intranet.example/plan");
    expect(xml).not.toMatch(/<AppDomains?>/);
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
