/**
 * Extraction throughput: the seeds one by one, then concatenations of 2.5, 5 and 10 MB to show that
 * time grows linearly. Bar (issue 3): ≥ 5 MB/s on one core. Both wall time and this process's CPU time
 * are shown: on a busy machine the CPU figure is the one that measures the code.
 */
import { readFile } from "node:fs/promises";
import { extractDocument } from "../src/extract";
import type { Catalog } from "../src/extract/catalog";
import { loadCatalog, seedFiles } from "../src/cli/node-io";

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
  const all = seeds.map((s) => s.text).join("\n");
  const allBytes = utf8Bytes(all);
  console.log("extract: concatenated seeds (time should double with size)");
  for (const targetMb of [2.5, 5, 10]) {
    const copies = Math.max(1, Math.round((targetMb * MB) / allBytes));
    const text = Array.from({ length: copies }, () => all).join("\n");
    console.log(line(`${targetMb} MB`, utf8Bytes(text), await timeIt(text, "concat.txt", catalog, 3)));
  }
}
