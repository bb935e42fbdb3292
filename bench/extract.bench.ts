/**
 * Extraction throughput: the seeds and the corpus reports one by one, then concatenations of 2.5, 5 and
 * 10 MB and one long sentence without full stops at 0.5, 1 and 2 MB, to show that time grows linearly.
 * Bars (issue 9): ≥ 10 MB/s on one core over the corpus; doubling the input at most ×2.3 the time. Both
 * wall time and this process's CPU time are shown: on a busy machine the CPU figure measures the code.
 *
 * The extractor is timed as it ships: src/extract bundled into one scope (esbuild here, webpack's module
 * concatenation in the add-in), not as tsx runs the sources. tsx turns every file into CommonJS, so each
 * use of an imported word list or helper goes through a getter, and it wraps every named closure to keep
 * its name; together that cost about 15 % of the time, which no user pays. `--sources` times the
 * sources under tsx instead.
 */
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { build } from "esbuild";
import * as sources from "../src/extract";
import type { Catalog } from "../src/extract/catalog";
import { loadCatalog, seedFiles } from "../src/cli/node-io";
import { CORPUS_DIR } from "../src/cli/eval";

const MB = 1024 * 1024;

let extractDocument: typeof sources.extractDocument = sources.extractDocument;

/** src/extract bundled as the add-in bundles it (one scope, no name-keeping wrappers), then loaded. */
async function shippedExtractor(): Promise<typeof sources> {
  const out = await build({
    entryPoints: [path.join(__dirname, "../src/extract/index.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "es2022",
    write: false,
    logLevel: "warning",
  });
  const dir = mkdtempSync(path.join(tmpdir(), "plan-bench-"));
  const file = path.join(dir, "extract.cjs");
  writeFileSync(file, out.outputFiles[0].text);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as typeof sources;
  } finally {
    rmSync(dir, { recursive: true, force: true }); // loaded: the file is no longer needed
  }
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

/**
 * Median of timed extractions: at least `runs`, and more until `minMs` of work has been timed, so that a
 * document of a few milliseconds is not measured by one GC pause or one busy moment of the machine.
 */
async function timeIt(text: string, name: string, catalog: Catalog, runs = 5, minMs = 300) {
  const samples: { wallMs: number; cpuMs: number; records: number }[] = [];
  let total = 0;
  for (let i = 0; i < runs || (total < minMs && i < 200); i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await extractDocument({ name, text }, { catalog });
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    samples.push({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, records: result.records.length });
    total += wallMs;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    records: samples[0].records,
  };
}

function line(label: string, bytes: number, t: { wallMs: number; cpuMs: number; records: number }): string {
  const mb = bytes / MB;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1);
  return `  ${label}: ${mb.toFixed(2)} MB · wall ${t.wallMs.toFixed(0)} ms (${rate(t.wallMs)} MB/s) · cpu ${t.cpuMs.toFixed(0)} ms (${rate(t.cpuMs)} MB/s) · ${t.records} records`;
}

/** Bars of issue 9. */
const MIN_MB_PER_S = 10;
const MAX_DOUBLING = 2.3;

async function corpus(): Promise<{ name: string; text: string }[]> {
  if (!existsSync(CORPUS_DIR)) return [];
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return Promise.all(
    files.map(async (f) => ({ name: f, text: await readFile(path.join(CORPUS_DIR, f), "utf8") })),
  );
}

/** One sentence of about `bytes` UTF-8 bytes: real clauses joined by commas, no full stop, no line end. */
function longSentence(source: string, bytes: number): string {
  const clauses = source.replace(/[。;；!?！？\r\n]+/g, "，");
  let out = "";
  while (utf8Bytes(out) < bytes) out += clauses;
  return out.slice(0, Math.floor((out.length * bytes) / utf8Bytes(out)));
}

/**
 * Times at sizes s, 2s, 4s …: prints each and the ratio of each time to the one before. The sizes are
 * timed in interleaved rounds (s, 2s, 4s, s, 2s, 4s …) after one warm-up round and each keeps its best
 * round, so that JIT warm-up and a busy moment of the machine do not fall on one size only.
 */
async function doubling(label: string, make: (bytes: number) => string, sizesMb: number[], catalog: Catalog) {
  const texts = sizesMb.map((mb) => make(mb * MB));
  const name = `${label}.txt`;
  for (const text of texts) await extractDocument({ name, text }, { catalog });
  const best = texts.map(() => ({ wallMs: Infinity, cpuMs: Infinity, records: 0 }));
  for (let round = 0; round < 3; round++) {
    for (const [k, text] of texts.entries()) {
      const t = await timeIt(text, name, catalog, 1, 0);
      if (t.cpuMs < best[k].cpuMs) best[k] = t;
    }
  }
  const ratios: number[] = [];
  for (const [k, mb] of sizesMb.entries()) {
    const ratio = k === 0 ? "" : ` · ×${(best[k].cpuMs / best[k - 1].cpuMs).toFixed(2)} for ×2`;
    if (k > 0) ratios.push(best[k].cpuMs / best[k - 1].cpuMs);
    console.log(line(`${mb} MB`, utf8Bytes(texts[k]), best[k]) + ratio);
  }
  const worst = Math.max(...ratios);
  console.log(
    `  doubling ratio (cpu, best of 3): worst ×${worst.toFixed(2)} (bar ≤ ×${MAX_DOUBLING}) ${worst <= MAX_DOUBLING ? "ok" : "FAIL"}`,
  );
}

export async function run(): Promise<void> {
  const fromSources = process.argv.includes("--sources");
  if (!fromSources) extractDocument = (await shippedExtractor()).extractDocument;
  console.log(`extract: timing ${fromSources ? "the sources under tsx" : "src/extract bundled as shipped"}`);
  const catalog = await loadCatalog();
  const seeds = await Promise.all(
    (await seedFiles()).map(async (f) => ({ name: f.replace(/.*\//, ""), text: await readFile(f, "utf8") })),
  );
  // the first, cold run of each seed (JIT not warm, lazy opencc load, GBK tables), then warm-up rounds
  console.log("extract: seeds, first run (cold)");
  for (const s of seeds)
    console.log(line(s.name, utf8Bytes(s.text), await timeIt(s.text, s.name, catalog, 1, 0)));
  for (let round = 0; round < 5; round++) for (const s of seeds) await extractDocument(s, { catalog });
  console.log("extract: seeds, warm (median)");
  for (const s of seeds) console.log(line(s.name, utf8Bytes(s.text), await timeIt(s.text, s.name, catalog)));
  const reports = await corpus();
  if (reports.length) {
    for (let round = 0; round < 2; round++) for (const r of reports) await extractDocument(r, { catalog });
    console.log(`extract: ${reports.length} corpus reports, warm (median)`);
    let bytes = 0;
    let cpuMs = 0;
    let wallMs = 0;
    for (const r of reports) {
      const t = await timeIt(r.text, r.name, catalog);
      const b = utf8Bytes(r.text);
      console.log(line(r.name, b, t));
      bytes += b;
      cpuMs += t.cpuMs;
      wallMs += t.wallMs;
    }
    const rate = bytes / MB / (cpuMs / 1000);
    console.log(
      `  corpus total: ${(bytes / MB).toFixed(2)} MB · wall ${wallMs.toFixed(0)} ms · cpu ${cpuMs.toFixed(0)} ms · ${rate.toFixed(1)} MB/s (bar ≥ ${MIN_MB_PER_S}) ${rate >= MIN_MB_PER_S ? "ok" : "FAIL"}`,
    );
  }
  const all = [...seeds, ...reports].map((s) => s.text).join("\n");
  console.log("extract: concatenated seeds and reports (time should double with size)");
  // whole copies, so that each size is exactly twice the one before
  const unit = Math.max(1, Math.round((2.5 * MB) / utf8Bytes(all)));
  await doubling(
    "concat",
    (bytes) => Array.from({ length: unit * Math.round(bytes / (2.5 * MB)) }, () => all).join("\n"),
    [2.5, 5, 10],
    catalog,
  );
  console.log("extract: one long sentence without full stops");
  // real clauses of the reports (the seeds hold tables, which are not sentences)
  const prose = (reports.length ? reports : seeds).map((s) => s.text).join("\n");
  await doubling("sentence", (bytes) => longSentence(prose, bytes), [0.5, 1, 2], catalog);
}
