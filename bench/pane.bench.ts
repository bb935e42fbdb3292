/**
 * The task pane's first paint: the gzipped size of the scripts the page loads before it paints, and, in
 * headless Chromium, the first contentful paint and the time until the documents are visible (best of
 * five, outside Excel). Needs `npm run build`; the timings need /usr/bin/chromium. Targets: 120 KB, 500 ms.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../src/record";
import {
  CHROMIUM,
  DIST,
  type Timings,
  initialScripts,
  launch,
  openPane,
  serve,
} from "../test/e2e/pane-harness";

const RUNS = 5;

export async function run(): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    console.log("task pane: dist/ is missing, run `npm run build` first");
    return;
  }
  const scripts = initialScripts();
  console.log(
    `task pane initial script: ${scripts.files.length} files, ${(scripts.bytes / 1024).toFixed(1)} KB, ` +
      `${(scripts.gzipBytes / 1024).toFixed(1)} KB gzipped (target ≤ 120 KB)`,
  );
  if (!existsSync(CHROMIUM)) {
    console.log(`task pane first paint: Chromium missing at ${CHROMIUM}`);
    return;
  }
  const title = (JSON.parse(readFileSync(join(DIST, "indicators.json"), "utf8")) as Dataset).documents[0]!
    .title;
  const { server, origin } = await serve(DIST);
  const runs: Timings[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const browser = await launch(origin, { locale: "en-US", width: 320 });
      try {
        runs.push(await openPane(await browser.context.newPage(), origin, title));
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  const stats = (key: keyof Timings) => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return `best ${Math.round(sorted[0]!)} ms, median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms`;
  };
  console.log(`task pane first paint: ${stats("firstPaintMs")} (target ≤ 500 ms)`);
  console.log(`task pane documents visible: ${stats("documentsVisibleMs")} (target ≤ 500 ms)`);
}
