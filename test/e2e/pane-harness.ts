/**
 * Shared by the real-browser test and `npm run bench`: a static server for dist/, headless Debian
 * Chromium through playwright-core (office.js answered with an empty script, as when Office is absent),
 * the size of the scripts the page loads before its first paint, and the pane's timings.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, type Page, chromium } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const DIST = resolve(process.env.PANE_DIST ?? join(ROOT, "dist"));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A static file server for `dir` that never serves outside it. */
export function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      ok({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per browser; only `origin` is reachable. */
export async function launch(
  origin: string,
  options: { locale: string; width: number; colorScheme?: "light" | "dark"; forcedColors?: boolean },
): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), "pane-e2e-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: options.locale,
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ? "active" : "none",
    viewport: { width: options.width, height: 800 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.includes("appsforoffice.microsoft.com")) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    }
    return route.abort();
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The page's own scripts, all loaded before the first paint (deferred scripts run before DOMContentLoaded). */
export function initialScripts(dist = DIST): { files: string[]; bytes: number; gzipBytes: number } {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
  const buffers = files.map((f) => readFileSync(join(dist, f)));
  return {
    files,
    bytes: buffers.reduce((n, b) => n + b.length, 0),
    gzipBytes: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

export interface Timings {
  /** First contentful paint, from the browser's paint timing. */
  firstPaintMs: number;
  /** From navigation until the first document's title is visible. */
  documentsVisibleMs: number;
}

/** Opens the pane and waits until `title` is visible; the page stays open for further checks. */
export async function openPane(page: Page, origin: string, title: string): Promise<Timings> {
  const started = Date.now();
  await page.goto(`${origin}/taskpane.html`);
  // The title also sits in the document filter (a hidden option): wait for the list item.
  await page.locator("li", { hasText: title }).first().waitFor({ timeout: 30_000 });
  const documentsVisibleMs = Date.now() - started;
  const firstPaintMs = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return paint ? paint.startTime : NaN;
  });
  return { firstPaintMs, documentsVisibleMs };
}

/** How far the page scrolls sideways (0 when it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
