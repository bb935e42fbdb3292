/**
 * `plan-indicators extract FILE… [--format json|jsonl|csv] [--year YYYY]`: records to stdout, warnings
 * to stderr. Files may be plain text or HTML (any usual encoding), PDF (its text layer) or .docx.
 */
import { YEAR_MAX, YEAR_MIN } from "../../record";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { IndicatorRecord } from "../../record";
import { extractDocument } from "../../extract";
import { readDocument } from "../../documents";
import { loadPdfjs } from "../../documents/pdfjs";
import { recordsToCsv } from "../../excel/csv-export";
import { loadCatalog } from "../node-io";

export const usage =
  "extract FILE… [--format json|jsonl|csv] [--year YYYY]   extract indicator records from plan documents";

/** A document file (text, HTML, PDF, .docx) → its name and the extractor's text. */
export async function readAnyDocument(file: string): Promise<{ name: string; text: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const name = path.basename(file);
  try {
    return { name, text: (await readDocument(name, bytes, { loadPdf: loadPdfjs })).text };
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}

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
  let publishedYear: number | undefined;
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
    } else if (a === "--year" || a.startsWith("--year=")) {
      const value = Number(a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i]);
      if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) {
        io.err.write("extract: --year must be a publication year such as 2021\n");
        return 2;
      }
      publishedYear = value;
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
      const input = await readAnyDocument(file);
      const result = await extractDocument(input, { catalog, publishedYear });
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
