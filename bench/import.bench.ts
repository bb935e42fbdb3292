/**
 * Import of a 1 MB plan document (UTF-8 bytes), built by concatenating the seed documents, through the same
 * steps the task pane runs: decode the bytes, strip markup when HTML, extract.
 *   1. in Node (the pipeline alone);
 *   0. adversarial HTML and CSV (160 KB of `<!--`, of `(` in a header …): time at 160 KB and at twice that;
 *      a ratio near 2 is linear, near 4 quadratic;
 *   2. in headless Chromium when it is installed (/usr/bin/chromium or $CHROMIUM): a page bundled by
 *      webpack from src/taskpane/import/run-import.ts, so the import runs in the real Web Worker, and a
 *      10 ms timer on the main thread measures how long the page ever stops responding.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { decodeDocument, extractDocument, parseCatalog } from "../src/extract";
import { htmlToText } from "../src/documents/html";
import { autoMapping } from "../src/model/csv-import";
import { parseCsv } from "../src/model/csv-parse";
import { prepareDocument } from "../src/taskpane/import/prepare";

const ROOT = resolve(__dirname, "..");
const SEEDS = join(ROOT, "seeds");
const TARGET_BYTES = 1024 * 1024;
const NODE_RUNS = 5;
const BROWSER_RUNS = 3;

function buildDocument(): Uint8Array {
  const texts = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), "utf8"));
  const encoder = new TextEncoder();
  let text = "";
  for (let i = 0; encoder.encode(text).length < TARGET_BYTES; i++) text += texts[i % texts.length] + "\n\n";
  const bytes = encoder.encode(text);
  return bytes.subarray(0, TARGET_BYTES - (TARGET_BYTES % 3)); // may cut one character; decoding copes
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function inNode(bytes: Uint8Array, catalogText: string): Promise<void> {
  const catalog = parseCatalog(JSON.parse(catalogText));
  const times: number[] = [];
  let records = 0;
  for (let i = 0; i < NODE_RUNS; i++) {
    const t0 = performance.now();
    const { text } = decodeDocument(bytes);
    const prepared = prepareDocument("big-plan.txt", text);
    const result = await extractDocument({ name: "big-plan.txt", text: prepared.text }, { catalog });
    times.push(performance.now() - t0);
    records = result.records.length;
  }
  console.log(
    `node: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${records} records; first ${times[0].toFixed(0)} ms, ` +
      `median ${median(times).toFixed(0)} ms over ${NODE_RUNS} runs`,
  );
}

/** The page's script: warm the worker as the panel does on opening, then import and time. */
const PAGE_ENTRY = (runImportPath: string) => `
import { runImport, warmUpImport } from ${JSON.stringify(runImportPath)};
(window as any).warm = () => warmUpImport();
(window as any).runBench = async (noWorker: boolean) => {
  const [bytes, catalog] = await Promise.all([
    fetch("big.txt").then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b)),
    fetch("catalog.json").then((r) => r.json()),
  ]);
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; }, 10);
  const t0 = performance.now();
  const out = await runImport({ name: "big-plan.txt", bytes }, { catalog, noWorker });
  const ms = performance.now() - t0;
  clearInterval(tick);
  return { ms, records: out.extraction.records.length, longestGap: longest };
};
(window as any).runPdf = async () => {
  const [bytes, catalog] = await Promise.all([
    fetch("county.pdf").then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b)),
    fetch("catalog.json").then((r) => r.json()),
  ]);
  const t0 = performance.now();
  const out = await runImport({ name: "county.pdf", bytes }, { catalog });
  const rows = out.extraction.records.filter((r) => r.source === "table").length;
  return { ms: performance.now() - t0, records: out.extraction.records.length, rows, region: out.extraction.document.region };
};
`;

/** The task pane itself (App with the import and review tabs), as index.tsx will mount it. */
const PANE_ENTRY = `
import { createRoot } from "react-dom/client";
import { App } from ${JSON.stringify(join(ROOT, "src/taskpane/App"))};
import { importTabs } from ${JSON.stringify(join(ROOT, "src/taskpane/import/tabs"))};
createRoot(document.getElementById("root")!).render(
  <App host={{ inExcel: false, language: "en-US" }} extraTabs={importTabs()} />,
);
`;

async function bundlePage(dir: string, entrySource: string, entryFile: string): Promise<void> {
  const webpack = (await import("webpack")).default;
  writeFileSync(join(dir, entryFile), entrySource);
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: `./${entryFile}`,
    output: { path: join(dir, "dist"), filename: "main.js", publicPath: "" },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"], modules: [join(ROOT, "node_modules")] },
    resolveLoader: { modules: [join(ROOT, "node_modules")] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: join(ROOT, "tsconfig.json"),
              compilerOptions: { noEmit: false },
            },
          },
        },
      ],
    },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((error, stats) =>
      error || stats?.hasErrors() ? fail(error ?? new Error(stats?.toString())) : done(),
    ),
  );
}

type Served = { url: string; close(): void };

function serve(dist: string): Served {
  const types: Record<string, string> = {
    ".js": "text/javascript",
    ".json": "application/json",
    ".txt": "text/plain",
  };
  const server = createServer((req, res) => {
    const file = join(dist, req.url === "/" ? "index.html" : (req.url ?? "").slice(1));
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "text/html" }).end(readFileSync(file));
  }).listen(0);
  return {
    url: `http://localhost:${(server.address() as { port: number }).port}/`,
    close: () => server.close(),
  };
}

async function page(
  dir: string,
  entrySource: string,
  entryFile: string,
  files: Record<string, string | Uint8Array>,
) {
  await bundlePage(dir, entrySource, entryFile);
  const dist = join(dir, "dist");
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, name), content);
  writeFileSync(
    join(dist, "index.html"),
    '<!doctype html><meta charset="utf-8"><div id="root"></div><script src="main.js"></script>',
  );
  return { dist, served: serve(dist) };
}

async function inChromium(bytes: Uint8Array, catalogText: string): Promise<void> {
  const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    console.log(`chromium: not installed at ${executablePath}; browser figures skipped`);
    return;
  }
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  const pipeline = await page(
    mkdtempSync(join(tmpdir(), "import-bench-")),
    PAGE_ENTRY(join(ROOT, "src/taskpane/import/run-import")),
    "entry.ts",
    {
      "big.txt": bytes,
      "catalog.json": catalogText,
      "county.pdf": readFileSync(join(ROOT, "test/fixtures/documents/county_plan_printed.pdf")),
    },
  );
  try {
    const tab = await browser.newPage();
    await tab.goto(pipeline.served.url);
    await tab.evaluate(() => (window as unknown as { warm(): void }).warm());
    await tab.waitForTimeout(1500); // the user picks a file meanwhile
    type Run = { ms: number; records: number; longestGap: number };
    const bench = (noWorker: boolean) =>
      tab.evaluate(
        (nw) => (window as unknown as { runBench(nw: boolean): Promise<Run> }).runBench(nw),
        noWorker,
      );
    type PdfRun = { ms: number; records: number; rows: number; region: string };
    const pdf = await tab.evaluate(() => (window as unknown as { runPdf(): Promise<PdfRun> }).runPdf());
    console.log(
      `chromium, worker: PDF county plan (pdfjs in the worker) → ${pdf.records} records, ${pdf.rows} from ` +
        `its table, region ${pdf.region}, in ${pdf.ms.toFixed(0)} ms`,
    );
    const worker: Run[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) worker.push(await bench(false));
    const main = await bench(true);
    const fmt = (r: Run) =>
      `${r.ms.toFixed(0)} ms (main thread never blocked over ${r.longestGap.toFixed(0)} ms)`;
    console.log(`chromium, worker: ${worker[0].records} records; first import ${fmt(worker[0])}`);
    console.log(`chromium, worker: later imports ${worker.slice(1).map(fmt).join("; ")}`);
    console.log(`chromium, main-thread fallback: ${fmt(main)}`);
  } finally {
    pipeline.served.close();
  }

  // The task pane: choose the file in the Import tab, press Extract, wait for the preview.
  const dataFile = join(ROOT, "data/indicators.json");
  const pane = await page(mkdtempSync(join(tmpdir(), "import-pane-bench-")), PANE_ENTRY, "entry.tsx", {
    "big.txt": bytes,
    "indicators.json": existsSync(dataFile)
      ? readFileSync(dataFile)
      : '{"version":1,"documents":[],"regions":[],"records":[]}',
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(pane.served.url);
    await tab.getByRole("tab", { name: "Import" }).click();
    await tab.getByLabel("Document name").waitFor();
    await tab.waitForTimeout(1500);
    await tab.evaluate(() => {
      const w = window as unknown as { gap: number };
      w.gap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.gap = Math.max(w.gap, now - last);
        last = now;
      }, 10);
    });
    await tab.locator("input[type=file]").first().setInputFiles(join(pane.dist, "big.txt"));
    await tab.waitForTimeout(300);
    // In-page clock: from the click to the preview's first paint of its text (what the user waits for).
    await tab.evaluate(() => {
      const w = window as unknown as { clickedAt?: number; shownAt?: number };
      document.addEventListener("click", () => (w.clickedAt ??= performance.now()), { capture: true });
      new MutationObserver(() => {
        if (
          w.clickedAt !== undefined &&
          w.shownAt === undefined &&
          document.body.innerText.includes("records found")
        ) {
          w.shownAt = performance.now();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await tab.getByRole("button", { name: "Extract indicators" }).click();
    await tab.getByText(/records found in/).waitFor({ timeout: 60_000 });
    const { ms, gap } = await tab.evaluate(() => {
      const w = window as unknown as { clickedAt: number; shownAt: number; gap: number };
      return { ms: w.shownAt - w.clickedAt, gap: w.gap };
    });
    console.log(
      `chromium, task pane: 1 MB file → preview of the records in ${ms.toFixed(0)} ms ` +
        `(main thread never blocked over ${gap.toFixed(0)} ms)`,
    );
  } finally {
    pane.served.close();
    await browser.close();
  }
}

const ADVERSARIAL: { name: string; run: (kb: number) => void }[] = [
  { name: "htmlToText, <!-- repeated", run: (kb) => htmlToText("<!--".repeat(kb * 256)) },
  { name: "htmlToText, <a repeated", run: (kb) => htmlToText("<a".repeat(kb * 512)) },
  { name: "htmlToText, <script> unclosed", run: (kb) => htmlToText("<script>".repeat(kb * 128)) },
  { name: "htmlToText, &a… entities", run: (kb) => htmlToText("&aaaaaaa".repeat(kb * 128)) },
  { name: "htmlToText, table cells", run: (kb) => htmlToText("<tr><td>1<td>2".repeat(kb * 73)) },
  { name: "CSV autoMapping, ( header", run: (kb) => autoMapping(["(".repeat(kb * 1024), "地区"]) },
  { name: "CSV autoMapping, （ header", run: (kb) => autoMapping(["（".repeat(kb * 1024)]) },
  { name: 'CSV parse, a stray " per line', run: (kb) => parseCsv('a,"b\n'.repeat(kb * 205), ",") },
  { name: 'CSV parse, "" repeated', run: (kb) => parseCsv('"'.repeat(kb * 1024), ",") },
];

/** Milliseconds per call: calls repeated for at least 50 ms (small inputs are timed over many calls), median of 3. */
function timeIt(f: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    let calls = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 50) {
      f();
      calls++;
    }
    runs.push((performance.now() - t0) / calls);
  }
  return median(runs);
}

/** Each adversarial input at 160 KB and 320 KB: time and the doubling ratio (≈2 linear, ≈4 quadratic). */
export function adversarial(): { name: string; ms160: number; ms320: number; ratio: number }[] {
  return ADVERSARIAL.map(({ name, run }) => {
    run(16); // warm up
    const ms160 = timeIt(() => run(160));
    const ms320 = timeIt(() => run(320));
    return { name, ms160, ms320, ratio: ms320 / Math.max(ms160, 0.01) };
  });
}

export async function run(): Promise<void> {
  for (const r of adversarial()) {
    console.log(
      `${r.name}: 160 KB ${r.ms160.toFixed(1)} ms, 320 KB ${r.ms320.toFixed(1)} ms, ratio ${r.ratio.toFixed(2)}`,
    );
  }
  if (process.env.BENCH_IMPORT_ADVERSARIAL_ONLY) return;
  const bytes = buildDocument();
  const catalogText = readFileSync(join(SEEDS, "catalog.json"), "utf8");
  await inNode(bytes, catalogText);
  await inChromium(bytes, catalogText);
}
