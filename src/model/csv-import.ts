/**
 * CSV import of records or actuals: parse (csv-parse.ts: comma, tab or semicolon; BOM or not), map
 * columns (header synonyms in Chinese and English, overridable), validate every row with its line number
 * and a reason, then apply atomically: a file with errors changes nothing unless the caller asks for the
 * valid rows only. A records CSV exported by the add-in (it has the `id`, `doc`, `region_id` and
 * `indicator_id` columns) imports back as the very same records: same ids, wordings and passages.
 * Problems carry a code and values, worded in either language by csv-messages.ts.
 * Pure: the caller reads the file (decodeDocument for GBK) and persists the resulting UserData.
 */
import { stableHash } from "../extract/lexicon";
import { putImportedRecords, type UserData } from "./corrections";
import { csvMessage, type CsvLanguage, type CsvMessageCode, type CsvValues } from "./csv-messages";
import { detectDelimiter, parseCsv, type Delimiter, type ParsedRow } from "./csv-parse";
import { buildRow, type RowContext } from "./csv-row";
import { HEADER_SYNONYMS, REQUIRED_FIELDS, type CsvField } from "./csv-words";
import { normalizeKey } from "./normalize";
import type { IndicatorRecord, Kind } from "../record";
import type { PlanStore } from "./store";

export { detectDelimiter } from "./csv-parse";
export { HEADER_SYNONYMS, REQUIRED_FIELDS, type CsvField } from "./csv-words";

const PREVIEW_ROWS = 20;
/** Title lines an export may put above the header row (报表名称, 单位：亿元 …). */
const HEADER_SEARCH_ROWS = 5;
/** The columns that mark a records CSV exported by the add-in. */
const EXPORT_MARKERS = ["id", "doc", "region_id", "indicator_id"];

export type ColumnMapping = Partial<Record<CsvField, number>>;

export interface CsvOptions {
  /** Kind of rows without a kind column (a file of actuals by default). */
  defaultKind?: Kind;
  /** Document id the records are filed under; defaults to one derived from the file name. */
  fileName?: string;
  /** Column index per field; fields given here replace the automatic mapping. */
  mapping?: ColumnMapping;
  /** Called every PROGRESS_STEP rows while rows are checked (a worker reports it to the pane). */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_STEP = 5000;

export interface Problem {
  code: CsvMessageCode;
  values?: CsvValues;
  /** The problem in English (the command line's wording); describeErrors words it in either language. */
  message: string;
}

export interface RowError extends Problem {
  field?: CsvField;
}

export interface RowResult {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
  record?: IndicatorRecord;
  errors: RowError[];
}

export interface CsvPreview {
  delimiter: Delimiter;
  /** Line of the header row (1 unless title lines come first). */
  headerLine: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Required fields no column maps to: nothing can be imported until the user maps them. */
  missing: CsvField[];
  /** Fields the user must decide: required and unmapped, or named by several columns. */
  undecided: CsvField[];
  /** Problems with the header (two columns of one name); the file is refused until they are resolved. */
  headerErrors: Problem[];
  /** Whether the file is a records CSV exported by the add-in (read back record for record). */
  exported: boolean;
  rows: RowResult[];
  /** The first rows, for the preview table. */
  sample: RowResult[];
  valid: number;
  invalid: number;
  /** Problems with the file itself (unclosed quotes …), by line; each is also an invalid row. */
  fileErrors: ({ line: number } & Problem)[];
  doc: string;
}

export type NameResolver = Pick<PlanStore, "resolveRegion" | "resolveIndicator" | "regions" | "indicators">;

export function problem(code: CsvMessageCode, values?: CsvValues): Problem {
  return { code, values, message: csvMessage("en", code, values) };
}

/** A header without bracketed parts (单位(亿元) → 单位), in one pass; unbalanced brackets are kept. */
function stripBrackets(header: string): string {
  let out = "";
  let depth = 0;
  let openedAt = -1;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (c === "(" || c === "（") {
      if (depth++ === 0) openedAt = i;
    } else if ((c === ")" || c === "）") && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return depth > 0 ? out + header.slice(openedAt) : out;
}

export function headerKey(header: string): string {
  return normalizeKey(stripBrackets(header)) || normalizeKey(header);
}

/** Columns whose header names each field, best-ranked synonym first (linear in the header's size). */
function candidates(headers: readonly string[]): Map<CsvField, number[]> {
  const rankOf = new Map<string, { field: CsvField; rank: number }[]>();
  for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [CsvField, readonly string[]][]) {
    synonyms.forEach((s, rank) => {
      const key = normalizeKey(s);
      rankOf.set(key, [...(rankOf.get(key) ?? []), { field, rank }]);
    });
  }
  const found = new Map<CsvField, { column: number; rank: number }[]>();
  headers.forEach((h, column) => {
    for (const { field, rank } of rankOf.get(headerKey(h)) ?? []) {
      found.set(field, [...(found.get(field) ?? []), { column, rank }]);
    }
  });
  const out = new Map<CsvField, number[]>();
  for (const [field, list] of found)
    out.set(
      field,
      list.sort((a, b) => a.rank - b.rank || a.column - b.column).map((c) => c.column),
    );
  return out;
}

export function autoMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const found = candidates(headers);
  for (const field of Object.keys(HEADER_SYNONYMS) as CsvField[]) {
    const column = (found.get(field) ?? []).find((c) => !used.has(c));
    if (column === undefined) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

export function docIdForFile(fileName: string | undefined): string {
  const base = (fileName ?? "csv").replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return (
    "csv-" + (base.replace(/[^\p{L}\p{N}_-]+/gu, "-").replace(/^-+|-+$/g, "") || stableHash(fileName ?? ""))
  );
}

/** The first of the opening rows that names the most required fields (title lines above it are skipped). */
function findHeaderRow(rows: readonly ParsedRow[]): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS + 1).forEach((row, i) => {
    const mapping = autoMapping(row.cells);
    const score = REQUIRED_FIELDS.filter((f) => mapping[f] !== undefined).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Two columns with the same header that a field would be read from: which one is meant is not guessed. */
function duplicateHeaders(
  headers: readonly string[],
  found: Map<CsvField, number[]>,
  chosen: ColumnMapping,
): { problems: Problem[]; fields: Set<CsvField> } {
  const problems: Problem[] = [];
  const fields = new Set<CsvField>();
  for (const [field, columns] of found) {
    if (chosen[field] !== undefined || columns.length < 2) continue;
    const key = headerKey(headers[columns[0]]);
    const same = columns.filter((c) => headerKey(headers[c]) === key);
    if (same.length < 2) continue;
    fields.add(field);
    problems.push(
      problem("duplicate-header", { value: headers[columns[0]], columns: same.map((c) => c + 1).join(", ") }),
    );
  }
  return { problems, fields };
}

/** Parses, maps and validates a whole file. Nothing is changed; see applyCsvImport. */
export function previewCsv(text: string, resolver: NameResolver, options: CsvOptions = {}): CsvPreview {
  const delimiter = detectDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const { rows, errors } = parseCsv(text, delimiter);
  const doc = docIdForFile(options.fileName);
  const headerIndex = findHeaderRow(rows);
  const header = rows[headerIndex];
  const body = rows.slice(headerIndex + 1);
  const headers = header?.cells ?? [];
  const found = candidates(headers);
  const duplicates = duplicateHeaders(headers, found, options.mapping ?? {});
  const mapping: ColumnMapping = { ...autoMapping(headers), ...options.mapping };
  for (const field of duplicates.fields) delete mapping[field];
  for (const [field, index] of Object.entries(mapping)) {
    if (index === undefined || index < 0 || index >= headers.length) delete mapping[field as CsvField];
  }
  const missing = REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
  const keys = headers.map((h) => h.trim().toLowerCase());
  const exported = EXPORT_MARKERS.every((m) => keys.includes(m));
  // an export's columns are known; elsewhere a field several columns could fill is the user's choice
  const undecided = (Object.keys(HEADER_SYNONYMS) as CsvField[]).filter(
    (f) =>
      missing.includes(f) ||
      duplicates.fields.has(f) ||
      (!exported && (found.get(f)?.length ?? 0) > 1 && options.mapping?.[f] === undefined),
  );
  const context: RowContext = {
    mapping,
    resolver,
    defaultKind: options.defaultKind ?? "actual",
    doc,
    exportColumns: exported ? new Map(keys.map((k, i) => [k, i])) : undefined,
  };
  const results: RowResult[] = missing.length
    ? body.map((row) => ({
        line: row.line,
        cells: row.cells,
        errors: [{ ...problem("no-column", { fields: missing.join(", ") }) }],
      }))
    : body.map((row, i) => {
        if (options.onProgress && i % PROGRESS_STEP === 0) options.onProgress(i, body.length);
        return buildRow(row, context);
      });

  // The same record twice in one file is ambiguous: the later row is reported.
  const firstLine = new Map<string, number>();
  for (const r of results) {
    if (!r.record) continue;
    const seen = firstLine.get(r.record.id);
    if (seen === undefined) firstLine.set(r.record.id, r.line);
    else {
      r.errors.push(problem(exported ? "duplicate-id" : "duplicate-row", { line: seen }));
      delete r.record;
    }
  }
  // rows the parser had to skip are invalid rows at their line, in file order
  const fileErrors = errors.map((e) => ({ line: e.line, ...problem(e.code) }));
  const skipped: RowResult[] = fileErrors.map((e) => ({ line: e.line, cells: [], errors: [e] }));
  const all = skipped.length ? [...results, ...skipped].sort((a, b) => a.line - b.line) : results;
  const valid = all.filter((r) => r.record).length;
  return {
    delimiter,
    headerLine: header?.line ?? 1,
    headers,
    mapping,
    missing,
    undecided,
    headerErrors: duplicates.problems,
    exported,
    rows: all,
    sample: all.slice(0, PREVIEW_ROWS),
    valid,
    invalid: all.length - valid,
    fileErrors,
    doc,
  };
}

export type CsvApplyResult =
  | { ok: true; user: UserData; added: number; skipped: number; records: IndicatorRecord[] }
  | { ok: false; user: UserData; reason: string; problem: Problem };

/** Whether "import only the valid rows" can be offered: some rows are valid and some are not. */
export function canImportValidOnly(preview: CsvPreview): boolean {
  return (
    preview.valid > 0 && preview.invalid > 0 && preview.missing.length === 0 && !preview.headerErrors.length
  );
}

/**
 * Adds the file's records to the user data. ATOMIC: with any bad row (or no rows) nothing changes unless
 * `validOnly` is set, in which case the valid rows are added and the bad ones counted as skipped.
 */
export function applyCsvImport(
  user: UserData,
  preview: CsvPreview,
  { validOnly = false } = {},
): CsvApplyResult {
  const refuse = (p: Problem): CsvApplyResult => ({ ok: false, user, reason: p.message, problem: p });
  if (preview.headerErrors.length) return refuse(preview.headerErrors[0]);
  if (preview.missing.length > 0)
    return refuse(problem("refuse-missing", { fields: preview.missing.join(", ") }));
  const records = preview.rows.flatMap((r) => (r.record ? [r.record] : []));
  if (records.length === 0) return refuse(problem("refuse-none-valid"));
  if (preview.invalid > 0 && !validOnly) return refuse(problem("refuse-invalid", { count: preview.invalid }));
  return {
    ok: true,
    user: putImportedRecords(user, records),
    added: records.length,
    skipped: preview.invalid,
    records,
  };
}

/** Words a problem in the given language. */
export function describeProblem(p: Problem, lang: CsvLanguage = "en"): string {
  return csvMessage(lang, p.code, p.values);
}

/** "line 4: value: "约100" is not a number" — one line per problem, in the given language. */
export function describeErrors(preview: CsvPreview, lang: CsvLanguage = "en"): string[] {
  const out: string[] = [];
  const header = csvMessage(lang, "header");
  for (const p of preview.headerErrors) out.push(header + describeProblem(p, lang));
  if (preview.missing.length)
    out.push(header + csvMessage(lang, "no-column", { fields: preview.missing.join(", ") }));
  for (const r of preview.rows) {
    for (const e of r.errors) {
      out.push(
        csvMessage(lang, "line", { line: r.line }) +
          (e.field ? `${e.field}: ` : "") +
          describeProblem(e, lang),
      );
    }
  }
  return out;
}
