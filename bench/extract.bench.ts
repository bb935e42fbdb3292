/**
 * Extraction throughput: the seeds and the corpus reports one by one, then concatenations of 2.5, 5 and
 * 10 MB and one long sentence without full stops at 0.5, 1 and 2 MB, to show that time grows linearly.
 * Bars (issue 9): ≥ 10 MB/s on one core over the corpus; doubling the input at most ×2.3 the time. Both
 * wall time and this process's CPU time are shown: on a busy machine the CPU figure measures the code.
 */
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractDocument } from "../src/extract";
import type { Catalog } from "../src/extract/catalog";
import { loadCatalog, seedFiles } from "../src/cli/node-io";
import { CORPUS_DIR } from "../src/cli/eval";

const MB = 1024 * 1024;

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

/** Times at sizes s, 2s, 4s …: prints each and the ratio of each time to the one before. */
async function doubling(label: string, make: (bytes: number) => string, sizesMb: number[], catalog: Catalog) {
  let prev: number | undefined;
  const ratios: number[] = [];
  for (const mb of sizesMb) {
    const text = make(mb * MB);
    const t = await timeIt(text, `${label}.txt`, catalog, 3);
    const ratio = prev === undefined ? "" : ` · ×${(t.cpuMs / prev).toFixed(2)} for ×2`;
    if (prev !== undefined) ratios.push(t.cpuMs / prev);
    console.log(line(`${mb} MB`, utf8Bytes(text), t) + ratio);
    prev = t.cpuMs;
  }
  const worst = Math.max(...ratios);
  console.log(
    `  doubling ratio (cpu): worst ×${worst.toFixed(2)} (bar ≤ ×${MAX_DOUBLING}) ${worst <= MAX_DOUBLING ? "ok" : "FAIL"}`,
  );
}

export async function run(): Promise<void> {
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
