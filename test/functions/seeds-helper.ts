/** Builds the Dataset from the real seed documents (seeds/*.txt and seeds/catalog.json) with the extractor. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildDataset, parseCatalog } from "../../src/extract";
import type { Dataset } from "../../src/record";

const SEEDS = path.join(__dirname, "../../seeds");

let cached: Promise<Dataset> | undefined;

export function seedDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const files = readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), "utf8") }));
    const catalog = parseCatalog(JSON.parse(readFileSync(path.join(SEEDS, "catalog.json"), "utf8")));
    return buildDataset(files, catalog);
  })();
  return cached;
}
