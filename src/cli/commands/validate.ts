/**
 * `plan-indicators validate FILE.csv [--kind target|actual|estimate] [--data indicators.json]`: checks a CSV
 * of records or actuals exactly as the task pane's import does and prints every bad row with its line
 * number and reason (two columns of one name, an unclosed quote and the rows after it included). A .json file is checked as a team file of corrections (the pane's export).
 * Exit 0 when every row is valid, 1 when any is not, 2 on a usage or read error.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { INDICATORS, matchIndicator } from "../../extract/lexicon";
import { validateDataset } from "../../model/dataset";
import { parseUserData } from "../../model/corrections";
import { describeErrors, previewCsv } from "../../model/csv-import";
import type { Dataset, Kind, RegionInfo } from "../../record";
import { PlanStore } from "../../model/store";
import { loadCatalog, readDocumentFile, REPO_ROOT } from "../node-io";

export const usage =
  "validate FILE.csv [--kind target|actual|estimate] [--data indicators.json] | validate CORRECTIONS.json";

const KINDS: Kind[] = ["target", "actual", "estimate"];
const DELIMITER_NAMES = { ",": "comma", "\t": "tab", ";": "semicolon" } as const;

/** The regions and indicators names resolve against: the built data plus the region catalogue. */
async function loadNames(dataFile: string): Promise<PlanStore> {
  let dataset: Dataset = { version: 0, documents: [], regions: [], records: [] };
  try {
    dataset = validateDataset(JSON.parse(await readFile(dataFile, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new Error(`${dataFile}: ${(error as Error).message}`);
  }
  const regions = new Map<string, RegionInfo>(dataset.regions.map((r) => [r.id, r]));
  for (const r of (await loadCatalog()).regions) if (!regions.has(r.id)) regions.set(r.id, r);
  return new PlanStore(
    { ...dataset, regions: [...regions.values()] },
    { lexicon: INDICATORS, matchIndicator },
  );
}

function parseArgs(args: string[]): { file?: string; kind: Kind; data: string; error?: string } {
  const out: { file?: string; kind: Kind; data: string; error?: string } = {
    kind: "actual",
    data: path.join(REPO_ROOT, "data/indicators.json"),
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--kind") {
      const k = args[++i] as Kind;
      if (!KINDS.includes(k)) out.error = `--kind must be one of ${KINDS.join(", ")}`;
      out.kind = k;
    } else if (a === "--data") out.data = args[++i] ?? "";
    else if (a.startsWith("--")) out.error = `unknown option ${a}`;
    else if (out.file) out.error = "give one CSV file";
    else out.file = a;
  }
  if (!out.file && !out.error) out.error = "give a CSV file";
  return out;
}

export async function run(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if (opts.error || !opts.file) {
    process.stderr.write(`${opts.error}\nusage: plan-indicators ${usage}\n`);
    return 2;
  }
  if (opts.file.toLowerCase().endsWith(".json")) return validateTeamFile(opts.file);
  let text: string;
  let store: PlanStore;
  try {
    text = (await readDocumentFile(opts.file)).text;
    store = await loadNames(opts.data);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const preview = previewCsv(text, store, { fileName: opts.file, defaultKind: opts.kind });
  const problems = describeErrors(preview);
  const delimiter = DELIMITER_NAMES[preview.delimiter];
  const mapped = Object.entries(preview.mapping)
    .map(([field, i]) => `${field}=${preview.headers[i!]}`)
    .join(", ");
  process.stdout.write(`${opts.file}: ${delimiter}-separated; columns: ${mapped || "none recognised"}\n`);
  for (const p of problems) process.stdout.write(`${path.basename(opts.file)}: ${p}\n`);
  process.stdout.write(`${preview.valid} valid row(s), ${preview.invalid} with errors\n`);
  return problems.length > 0 ? 1 : 0;
}

/** A team file: readable by this version (older formats are migrated), every entry valid. */
async function validateTeamFile(file: string): Promise<number> {
  let text: string;
  try {
    text = (await readDocumentFile(file)).text;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  try {
    const { user, migratedFrom } = parseUserData(text);
    const migrated = migratedFrom ? ` (format ${migratedFrom}, readable: it is migrated on import)` : "";
    process.stdout.write(
      `${file}: valid${migrated}: ${user.corrections.length} correction(s), ` +
        `${user.importedDocuments.length} imported document(s), ${user.importedRecords.length} CSV record(s)\n`,
    );
    return 0;
  } catch (error) {
    process.stdout.write(`${path.basename(file)}: ${(error as Error).message}\n`);
    return 1;
  }
}
