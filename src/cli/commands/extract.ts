/** `plan-indicators extract FILE… [--format json|jsonl|csv]`: records to stdout, warnings to stderr. */
import type { IndicatorRecord } from "../../record";
import { extractDocument } from "../../extract";
import { recordsToCsv } from "../../excel/csv-export";
import { loadCatalog, readDocumentFile } from "../node-io";

export const usage =
  "extract FILE… [--format json|jsonl|csv]   extract indicator records from plan documents";

const FORMATS = ["json", "jsonl", "csv"] as const;
type Format = (typeof FORMATS)[number];

export function formatRecords(records: IndicatorRecord[], format: Format): string {
  if (format === "json") return JSON.stringify(records, null, 2) + "\n";
  if (format === "jsonl")
    return records.map((r) => JSON.stringify(r)).join("\n") + (records.length ? "\n" : "");
  return recordsToCsv(records);
}

export async function run(
  args: string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let format: Format = "jsonl";
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--format" || a.startsWith("--format=")) {
      const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      if (!FORMATS.includes(value as Format)) {
        io.err.write(`extract: --format must be one of ${FORMATS.join(", ")}\n`);
        return 2;
      }
      format = value as Format;
    } else if (a === "-h" || a === "--help") {
      io.out.write(`usage: plan-indicators ${usage}\n`);
      return 0;
    } else {
      files.push(a);
    }
  }
  if (!files.length) {
    io.err.write(`usage: plan-indicators ${usage}\n`);
    return 2;
  }
  let catalog;
  try {
    catalog = await loadCatalog();
  } catch (error) {
    io.err.write(`extract: catalogue not used: ${(error as Error).message}\n`);
  }
  const records: IndicatorRecord[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const input = await readDocumentFile(file);
      const result = await extractDocument(input, { catalog });
      for (const w of result.warnings) io.err.write(`${input.name}: ${w}\n`);
      records.push(...result.records);
    } catch (error) {
      failed++;
      io.err.write(`extract: ${(error as Error).message}\n`);
    }
  }
  io.out.write(formatRecords(records, format));
  return failed ? 1 : 0;
}
