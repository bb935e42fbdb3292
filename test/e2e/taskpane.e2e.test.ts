/**
 * Real-browser test of the built task pane: serves dist/ from 127.0.0.1, opens taskpane.html in headless
 * Debian Chromium through playwright-core, and checks that outside Excel the pane renders, says it runs
 * inside Excel, lists the shipped documents and can search indicators. office.js comes from Microsoft's
 * CDN, which is unreachable here: the request is answered with an empty script, as when Office is absent.
 * Writes test-results/taskpane.png and prints the page load time.
 *
 * Needs `npm run build` (dist/) and /usr/bin/chromium (`apt-get install -y chromium`); PANE_DIST and
 * CHROMIUM_PATH override the locations.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import type { Dataset } from "../../src/record";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(process.env.PANE_DIST ?? join(ROOT, "dist"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RESULTS = join(ROOT, "test-results");
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
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A static file server for `dir` that never serves outside it. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
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

jest.setTimeout(90_000);

describe("task pane in headless Chromium", () => {
  let server: Server | undefined;
  let origin = "";
  let context: BrowserContext | undefined;
  let profile = "";

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html"))) {
      throw new Error(
        `${join(DIST, "taskpane.html")} is missing: run \`npm run build\` before the e2e test.`,
      );
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
    }
    ({ server, origin } = await serve(DIST));
    ({ context, profile } = await launch("en-US"));
  });

  /** A fresh profile (--user-data-dir) per browser; only the local server is reachable. */
  async function launch(locale: string): Promise<{ context: BrowserContext; profile: string }> {
    const dir = mkdtempSync(join(tmpdir(), "pane-e2e-"));
    const browser = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      locale,
      viewport: { width: 420, height: 900 },
    });
    // office.js is answered with an empty script, as when Office is absent.
    await browser.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      if (url.includes("appsforoffice.microsoft.com")) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
      }
      return route.abort();
    });
    return { context: browser, profile: dir };
  }

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("renders outside Excel, lists the documents, searches, and records a screenshot", async () => {
    const dataset = JSON.parse(readFileSync(join(DIST, "indicators.json"), "utf8")) as Dataset;
    // Every seed document is in the shipped data, and so must be on the page.
    const seeds = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt"));
    expect(seeds.length).toBeGreaterThan(0);
    expect(dataset.documents.map((d) => d.doc).sort()).toEqual(
      expect.arrayContaining(seeds.map((f) => f.slice(0, -4))),
    );
    const page = await context!.newPage();
    // Uncaught errors from the pane's own bundles fail the test; others (e.g. the functions bundle, which
    // expects Excel's CustomFunctions runtime) are printed.
    const paneErrors: string[] = [];
    const otherErrors: string[] = [];
    page.on("pageerror", (e) =>
      (/functions\.js/.test(e.stack ?? "") ? otherErrors : paneErrors).push(e.message),
    );

    const started = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText(dataset.documents[0]!.title).first().waitFor({ timeout: 30_000 });
    const loadMs = Date.now() - started;
    const navigation = await page.evaluate(() => {
      const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd };
    });

    await expect(page.getByText("This add-in runs inside Excel").isVisible()).resolves.toBe(true);
    for (const doc of dataset.documents) {
      await expect(
        page
          .getByText(doc.title || doc.doc, { exact: true })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
    }
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, "taskpane.png"), fullPage: true });

    await page.getByRole("tab", { name: "Indicators" }).click();
    await page.getByRole("searchbox").fill("GDP");
    await page.getByRole("button", { name: /GDP/ }).first().waitFor();
    await page.getByRole("button", { name: /GDP/ }).first().click();
    await page.getByRole("heading", { level: 2 }).first().waitFor();
    await expect(page.locator("blockquote").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, "taskpane-indicator.png"), fullPage: true });

    // The pane's initial scripts (lazy chunks load only when loading sheets or exporting).
    const initial = ["runtime.js", "taskpane.js"].map((f) => readFileSync(join(DIST, f)));
    const bundle = {
      bytes: initial.reduce((n, b) => n + b.length, 0),
      gzipBytes: initial.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
    console.log(`Task pane initial bundle: ${bundle.bytes} bytes, ${bundle.gzipBytes} bytes gzipped`);
    const timing = { firstDocumentVisibleMs: loadMs, ...navigation, bundle };
    writeFileSync(join(RESULTS, "taskpane-e2e.json"), JSON.stringify(timing, null, 2));
    console.log(
      `Task pane in headless Chromium: documents visible ${loadMs} ms after navigation ` +
        `(DOMContentLoaded ${Math.round(navigation.domContentLoaded)} ms, load ${Math.round(navigation.load)} ms)`,
    );
    if (otherErrors.length > 0) console.warn(`Errors outside the pane's code: ${otherErrors.join("; ")}`);
    expect(paneErrors).toEqual([]);
  });

  it("speaks Chinese to a Chinese browser and switches to English on request", async () => {
    const zh = await launch("zh-CN");
    try {
      const page = await zh.context.newPage();
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole("tab", { name: "浏览" }).waitFor({ timeout: 30_000 });
      await expect(page.getByText("本加载项在 Excel 中运行").isVisible()).resolves.toBe(true);
      await page.getByRole("button", { name: /English/ }).click();
      await page.getByRole("tab", { name: "Browse" }).waitFor();
    } finally {
      await zh.context.close();
      rmSync(zh.profile, { recursive: true, force: true });
    }
  });
});
