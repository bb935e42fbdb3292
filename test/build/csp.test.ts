/**
 * The pane's Content-Security-Policy (issue 11, point 7): only the add-in's own origin and Office's script
 * host may run scripts; no eval, no other hosts. Read from the page template (the build copies the meta).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const PAGE = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

function policy(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (!content) throw new Error("no Content-Security-Policy meta");
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test("scripts only from the add-in's origin and Office's script host", () => {
  const csp = policy(PAGE);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(csp.get("connect-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
});

test("no eval, no inline scripts, no wildcard anywhere", () => {
  const values = [...policy(PAGE).values()].flat();
  expect(values).not.toContain("'unsafe-eval'");
  expect(policy(PAGE).get("script-src")).not.toContain("'unsafe-inline'");
  expect(values.filter((v) => v.includes("*"))).toEqual([]);
});

test("the policy comes before the first script, so it covers Office.js too", () => {
  expect(PAGE.indexOf("Content-Security-Policy")).toBeLessThan(PAGE.indexOf("<script"));
});

test("every script the page loads is allowed by the policy", () => {
  const allowed = policy(PAGE).get("script-src")!;
  for (const [, src] of PAGE.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
    const origin = /^https?:/.test(src!) ? new URL(src!).origin : "'self'";
    expect(allowed).toContain(origin);
  }
});
