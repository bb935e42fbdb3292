/** `npm run extract`: all of seeds/ → data/indicators.json (the Dataset) and data/indicators.csv. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildDataset } from "../extract";
import { recordsToCsv } from "../excel/csv-export";
import { loadCatalog, readDocumentFile, REPO_ROOT, seedFiles } from "./node-io";

async function main(): Promise<number> {
  const catalog = await loadCatalog();
  const files = await Promise.all((await seedFiles()).map(readDocumentFile));
  const dataset = await buildDataset(files, catalog);
  const outDir = path.join(REPO_ROOT, "data");
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, "indicators.json"), JSON.stringify(dataset, null, 2) + "\n");
  await writeFile(path.join(outDir, "indicators.csv"), recordsToCsv(dataset.records));
  for (const d of dataset.documents) {
    const kinds = ["target", "actual", "estimate"].map(
      (k) => `${dataset.records.filter((r) => r.doc === d.doc && r.kind === k).length} ${k}`,
    );
    const period = d.period_start !== undefined ? `${d.period_start}–${d.period_end}` : "period ?";
    console.log(
      `${d.doc}: ${d.region || "region ?"} · ${d.plan_type} ${period} · ${d.records} records (${kinds.join(", ")}) · ${d.warnings.length} warnings`,
    );
  }
  console.log(`wrote data/indicators.json and data/indicators.csv: ${dataset.records.length} records`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
