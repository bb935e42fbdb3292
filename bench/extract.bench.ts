/**
 * Extraction throughput: the seeds one by one, then concatenations of 2.5, 5 and 10 MB to show that
 * time grows linearly. Bar (issue 3): ≥ 5 MB/s on one core.
 */
import { readFile } from "node:fs/promises";
import { extractDocument } from "../src/extract";
import { loadCatalog, seedFiles } from "../src/cli/node-io";

const MB = 1024 * 1024;

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

async function timeIt(text: string, name: string, catalog: Awaited<ReturnType<typeof loadCatalog>>) {
  const t0 = performance.now();
  const result = await extractDocument({ name, text }, { catalog });
  const ms = performance.now() - t0;
  return { ms, records: result.records.length };
}

export async function run(): Promise<void> {
  const catalog = await loadCatalog();
  const seeds = await Promise.all(
    (await seedFiles()).map(async (f) => ({ name: f.replace(/.*\//, ""), text: await readFile(f, "utf8") })),
  );
  // warm-up (JIT, lazy opencc load)
  for (const s of seeds) await extractDocument(s, { catalog });
  console.log("extract: seeds");
  for (const s of seeds) {
    const { ms, records } = await timeIt(s.text, s.name, catalog);
    const mb = utf8Bytes(s.text) / MB;
    console.log(
      `  ${s.name}: ${(mb * 1024).toFixed(0)} KB in ${ms.toFixed(1)} ms = ${(mb / (ms / 1000)).toFixed(1)} MB/s, ${records} records`,
    );
  }
  const all = seeds.map((s) => s.text).join("\n");
  const allBytes = utf8Bytes(all);
  console.log("extract: concatenated seeds (linearity)");
  for (const targetMb of [2.5, 5, 10]) {
    const copies = Math.max(1, Math.round((targetMb * MB) / allBytes));
    const text = Array.from({ length: copies }, () => all).join("\n");
    const { ms, records } = await timeIt(text, "concat.txt", catalog);
    const mb = utf8Bytes(text) / MB;
    console.log(
      `  ${mb.toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s = ${(mb / (ms / 1000)).toFixed(1)} MB/s, ${records} records`,
    );
  }
}
