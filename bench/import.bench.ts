/**
 * Import of a 1 MB plan document (UTF-8 bytes), built by concatenating the seed documents, through the same
 * steps the task pane runs: decode the bytes, strip markup when HTML, extract. Timed in Node here; the
 * browser figure (headless Chromium, worker) is measured by the pane's browser test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { decodeDocument, extractDocument, parseCatalog } from "../src/extract";
import { prepareDocument } from "../src/taskpane/import/prepare";

const SEEDS = join(__dirname, "../seeds");
const TARGET_BYTES = 1024 * 1024;
const RUNS = 5;

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

export async function run(): Promise<void> {
  const bytes = buildDocument();
  const catalog = parseCatalog(JSON.parse(readFileSync(join(SEEDS, "catalog.json"), "utf8")));
  const times: number[] = [];
  let records = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const { text } = decodeDocument(bytes);
    const prepared = prepareDocument("big-plan.txt", text);
    const result = await extractDocument({ name: "big-plan.txt", text: prepared.text }, { catalog });
    times.push(performance.now() - t0);
    records = result.records.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `import of a ${(bytes.length / 1024 / 1024).toFixed(2)} MB document: ${records} records; ` +
      `median ${median.toFixed(0)} ms, best ${times[0].toFixed(0)} ms, worst ${times[times.length - 1].toFixed(0)} ms ` +
      `over ${RUNS} runs (first run includes warm-up)`,
  );
}
