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

test("exported records import back with the same region, indicator, kind, year, value, unit and passage", () => {
  const store = new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });
  const preview = previewCsv(recordsToCsv(dataset.records), store, { fileName: "export.csv" });
  expect(preview.missing).toEqual([]);
  expect(preview.fileErrors).toEqual([]);
  expect(preview.rows).toHaveLength(dataset.records.length);

  preview.rows.forEach((row, i) => {
    const original = dataset.records[i];
    if (!row.record) {
      // Only rows the import cannot take as figures are refused: qualitative targets, and a second
      // record of the same region/indicator/kind/year (a table row and a sentence stating it again).
      expect(row.errors.map((e) => e.message).join("; ")).toMatch(/value is empty|same region, indicator/);
      return;
    }
    const { region_id, indicator_id, kind, measure, year, value, unit, qualifier, quote } = original;
    expect(row.record).toMatchObject({
      region_id,
      indicator_id,
      kind,
      measure,
      year,
      value,
      unit,
      qualifier,
      quote,
    });
  });
  expect(preview.valid).toBeGreaterThan(dataset.records.length * 0.9);
});
