/**
 * The records CSV the add-in exports (pane and CLI share src/excel/csv-export.ts) imports back through
 * the CSV import with the same figures: a team can pass data around as CSV without losing anything.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { recordsToCsv } from "../../src/excel/csv-export";
import { buildDataset, parseCatalog } from "../../src/extract";
import { INDICATORS, matchIndicator } from "../../src/extract/lexicon";
import { previewCsv } from "../../src/model/csv-import";
import type { Dataset } from "../../src/record";
import { PlanStore } from "../../src/model/store";

const SEEDS = join(__dirname, "../../seeds");
let dataset: Dataset;

beforeAll(async () => {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .map((name) => ({ name, text: readFileSync(join(SEEDS, name), "utf8") }));
  dataset = await buildDataset(
    files,
    parseCatalog(JSON.parse(readFileSync(join(SEEDS, "catalog.json"), "utf8"))),
  );
});

test("the whole built-in data exported and imported back gives the same records: ids, wordings, passages", () => {
  const store = new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });
  const preview = previewCsv(recordsToCsv(dataset.records), store, { fileName: "export.csv" });
  expect(preview.exported).toBe(true);
  expect(preview.missing).toEqual([]);
  expect(preview.undecided).toEqual([]);
  expect(preview.fileErrors).toEqual([]);
  expect(preview.invalid).toBe(0);
  expect(preview.rows.map((r) => r.record)).toEqual(dataset.records);
});

test("a text cell the export guarded with an apostrophe reads back as written", () => {
  const store = new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });
  const record = { ...dataset.records[0], quote: "=1+1 不是公式", indicator: "-负增长指标" };
  const preview = previewCsv(recordsToCsv([record]), store, { fileName: "export.csv" });
  expect(preview.rows[0].record).toEqual(record);
});
