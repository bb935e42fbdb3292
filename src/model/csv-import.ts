/**
 * CSV import of records or actuals: parse (papaparse; BOM or not; comma or tab), map columns (header
 * synonyms in Chinese and English, overridable), validate every row with its line number and a reason, then
 * apply atomically: a file with errors changes nothing unless the caller asks for the valid rows only.
 * Pure: the caller reads the file (decodeDocument for GBK) and persists the resulting UserData.
 */
import Papa from "papaparse";
import { stableHash } from "../extract/lexicon";
import { putImportedRecords, type UserData } from "./corrections";
import { normalizeKey } from "./normalize";
import {
  YEAR_MAX,
  YEAR_MIN,
  type Attribute,
  type IndicatorRecord,
  type Kind,
  type Measure,
  type Qualifier,
} from "../record";
import type { PlanStore } from "./store";

export type CsvField =
  | "region"
  | "indicator"
  | "year"
  | "value"
  | "unit"
  | "kind"
  | "measure"
  | "qualifier"
  | "value_max"
  | "period_start"
  | "attribute"
  | "note";

/**
 * Header words that name each field (compared after normalizeKey: case, width and spaces ignored), best
 * first: where several columns match a field, the one named by the earlier word wins.
 */
export const HEADER_SYNONYMS: Record<CsvField, readonly string[]> = {
  region: ["region", "region_id", "area", "jurisdiction", "地区", "区域", "行政区", "地方"],
  indicator: ["indicator", "indicator_id", "name", "metric", "指标", "指标名称", "指标名", "项目"],
  year: ["year", "年份", "年度", "年"],
  value: [
    "value",
    "amount",
    "figure",
    "actual",
    "target",
    "数值",
    "数据",
    "值",
    "实际值",
    "目标值",
    "完成值",
  ],
  unit: ["unit", "units", "单位", "单位名称", "计量单位", "单位(计量)"],
  kind: ["kind", "type", "类型", "类别", "性质(目标/实际)"],
  measure: ["measure", "度量", "口径"],
  qualifier: ["qualifier", "限定", "限定词", "比较"],
  value_max: ["value_max", "max", "upper", "上限"],
  period_start: ["period_start", "from", "start", "起始年", "开始年份"],
  attribute: ["attribute", "属性", "指标属性"],
  // The exported record CSV has both "quote" and "source" (table/prose): the passage wins.
  note: ["note", "notes", "comment", "quote", "备注", "说明", "原文", "来源", "source"],
};

export const REQUIRED_FIELDS: readonly CsvField[] = ["region", "indicator", "year", "value"];

const KIND_WORDS: Record<string, Kind> = {
  target: "target",
  goal: "target",
  plan: "target",
  目标: "target",
  目标值: "target",
  规划: "target",
  actual: "actual",
  实际: "actual",
  实际值: "actual",
  完成: "actual",
  完成值: "actual",
  estimate: "estimate",
  expected: "estimate",
  预计: "estimate",
  预计值: "estimate",
};

const MEASURE_WORDS: Record<string, Measure> = {
  level: "level",
  总量: "level",
  水平: "level",
  growth: "growth",
  增长: "growth",
  增速: "growth",
  增长率: "growth",
  change: "change",
  变化: "change",
  增减: "change",
};

const QUALIFIER_WORDS: Record<string, Qualifier> = {
  "=": "=",
  "": "=",
  达到: "=",
  "~": "~",
  "≈": "~",
  约: "~",
  左右: "~",
  about: "~",
  ">=": ">=",
  "≥": ">=",
  以上: ">=",
  不低于: ">=",
  不少于: ">=",
  atleast: ">=",
  ">": ">",
  超过: ">",
  突破: ">",
  morethan: ">",
  "<=": "<=",
  "≤": "<=",
  以内: "<=",
  以下: "<=",
  不超过: "<=",
  atmost: "<=",
  "<": "<",
  低于: "<",
  lessthan: "<",
};

const ATTRIBUTES: readonly Attribute[] = ["预期性", "约束性"];
const MIN_YEAR = YEAR_MIN;
const MAX_YEAR = YEAR_MAX;
const PREVIEW_ROWS = 20;
/** Title lines an export may put above the header row (报表名称, 单位：亿元 …). */
const HEADER_SEARCH_ROWS = 5;

export type ColumnMapping = Partial<Record<CsvField, number>>;

export interface CsvOptions {
  /** Kind of rows without a kind column (a file of actuals by default). */
  defaultKind?: Kind;
  /** Document id the records are filed under; defaults to one derived from the file name. */
  fileName?: string;
  /** Column index per field; fields given here replace the automatic mapping. */
  mapping?: ColumnMapping;
}

export interface RowError {
  field?: CsvField;
  message: string;
}

export interface RowResult {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
  record?: IndicatorRecord;
  errors: RowError[];
}

export interface CsvPreview {
  delimiter: string;
  /** Line of the header row (1 unless title lines come first). */
  headerLine: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Required fields no column maps to: nothing can be imported until the user maps them. */
  missing: CsvField[];
  rows: RowResult[];
  /** The first rows, for the preview table. */
  sample: RowResult[];
  valid: number;
  invalid: number;
  /** Problems with the file itself (unclosed quotes …), by line. */
  fileErrors: { line: number; message: string }[];
  doc: string;
}

export type NameResolver = Pick<PlanStore, "resolveRegion" | "resolveIndicator" | "regions" | "indicators">;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line holding the character at `offset` (binary search over line starts). */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Comma or tab: whichever splits the first lines (a title line may come before the header) into more columns. */
export function detectDelimiter(text: string): string {
  const lines = text
    .slice(0, 20_000)
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, HEADER_SEARCH_ROWS + 1);
  const most = (ch: string) => Math.max(0, ...lines.map((l) => l.replace(/"[^"]*"/g, "").split(ch).length));
  return most("\t") > most(",") ? "\t" : ",";
}

export function autoMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const keys = headers.map((h) => normalizeKey(h.replace(/[（(].*?[)）]/g, "")) || normalizeKey(h));
  for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [CsvField, readonly string[]][]) {
    const wanted = synonyms.map(normalizeKey);
    let index = -1;
    let rank = Infinity;
    keys.forEach((key, i) => {
      const r = wanted.indexOf(key);
      if (r >= 0 && r < rank && !Object.values(mapping).includes(i)) [index, rank] = [i, r];
    });
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

interface ParsedRow {
  cells: string[];
  line: number;
}

function parseRows(text: string): {
  delimiter: string;
  rows: ParsedRow[];
  errors: { line: number; message: string }[];
} {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(clean);
  const starts = lineStarts(clean);
  const rows: ParsedRow[] = [];
  const errors: { line: number; message: string }[] = [];
  let offset = 0;
  Papa.parse<string[]>(clean, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      // cursor is the offset just past this row; the row began where the previous one ended
      const line = lineAt(starts, offset);
      offset = result.meta.cursor;
      for (const e of result.errors) errors.push({ line, message: e.message });
      const cells = result.data.map((c) => c.trim());
      if (cells.every((c) => c === "")) return;
      rows.push({ cells, line });
    },
  });
  return { delimiter, rows, errors };
}

/** "1,234.5" / "１２３" / "7.5%" → number; undefined where it is not a number. */
function parseNumber(raw: string): { value: number; percent: boolean } | undefined {
  const s = raw.normalize("NFKC").replace(/[,\s]/g, "");
  const percent = s.endsWith("%");
  const body = percent ? s.slice(0, -1) : s;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return undefined;
  return { value: Number(body), percent };
}

function parseYear(raw: string): number | undefined {
  const m = /^(\d{4})年?$/.exec(raw.normalize("NFKC").trim());
  const year = m ? Number(m[1]) : NaN;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function lookupWord<T>(table: Record<string, T>, raw: string): T | undefined {
  const key = normalizeKey(raw);
  return table[key] ?? table[raw.trim()];
}

function describeCandidates(ids: string[], names: (id: string) => string | undefined): string {
  if (ids.length === 0) return "";
  return ` Did you mean ${ids.map((id) => `${names(id) ?? id} (${id})`).join(", ")}?`;
}

/** Whether `input` is one of the region's own names (id, Chinese, English, aliases), not an abbreviation. */
function isRegionName(resolver: NameResolver, id: string, input: string): boolean {
  const region = resolver.regions.get(id);
  const key = normalizeKey(input);
  return [id, region?.name, region?.name_en, ...(region?.aliases ?? [])].some(
    (n) => n && normalizeKey(n) === key,
  );
}

export function docIdForFile(fileName: string | undefined): string {
  const base = (fileName ?? "csv").replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return (
    "csv-" + (base.replace(/[^\p{L}\p{N}_-]+/gu, "-").replace(/^-+|-+$/g, "") || stableHash(fileName ?? ""))
  );
}

function validateRow(
  row: ParsedRow,
  mapping: ColumnMapping,
  resolver: NameResolver,
  options: CsvOptions,
  doc: string,
): RowResult {
  const errors: RowError[] = [];
  const cell = (f: CsvField) => (mapping[f] === undefined ? "" : (row.cells[mapping[f]!] ?? ""));
  const fail = (field: CsvField, message: string) => errors.push({ field, message });

  const regionName = cell("region");
  const region = resolver.resolveRegion(regionName);
  if (!regionName) fail("region", "region is empty");
  else if (region.ok && !isRegionName(resolver, region.id, regionName)) {
    // Formulas accept an unambiguous abbreviation; rows stored for good must name the region exactly.
    fail(
      "region",
      `"${regionName}" is not a region name.` +
        describeCandidates([region.id], (id) => resolver.regions.get(id)?.name),
    );
  } else if (!region.ok) {
    const why = region.reason === "ambiguous" ? "is ambiguous" : "is not a known region";
    fail(
      "region",
      `"${regionName}" ${why}.` +
        describeCandidates(region.candidates, (id) => resolver.regions.get(id)?.name),
    );
  }

  const indicatorName = cell("indicator");
  const indicator = resolver.resolveIndicator(indicatorName);
  if (!indicatorName) fail("indicator", "indicator is empty");
  else if (!indicator.ok) {
    const why = indicator.reason === "ambiguous" ? "is ambiguous" : "is not a known indicator";
    fail(
      "indicator",
      `"${indicatorName}" ${why}.` +
        describeCandidates(indicator.candidates, (id) => resolver.indicators.get(id)?.name_zh),
    );
  }

  const year = parseYear(cell("year"));
  if (year === undefined) fail("year", `"${cell("year")}" is not a year between ${MIN_YEAR} and ${MAX_YEAR}`);

  const rawValue = cell("value");
  const number = parseNumber(rawValue);
  if (!rawValue) fail("value", "value is empty");
  else if (!number) fail("value", `"${rawValue}" is text where a number belongs`);

  let valueMax: number | undefined;
  if (cell("value_max")) {
    valueMax = parseNumber(cell("value_max"))?.value;
    if (valueMax === undefined) fail("value_max", `"${cell("value_max")}" is text where a number belongs`);
    else if (number && valueMax < number.value) fail("value_max", "upper end is below the value");
  }

  let periodStart: number | undefined;
  if (cell("period_start")) {
    periodStart = parseYear(cell("period_start"));
    if (periodStart === undefined) fail("period_start", `"${cell("period_start")}" is not a year`);
  }

  const kind = cell("kind") ? lookupWord(KIND_WORDS, cell("kind")) : (options.defaultKind ?? "actual");
  if (!kind) fail("kind", `"${cell("kind")}" is not a kind (target, actual, estimate / 目标, 实际, 预计)`);

  const measure = cell("measure") ? lookupWord(MEASURE_WORDS, cell("measure")) : "level";
  if (!measure)
    fail("measure", `"${cell("measure")}" is not a measure (level, growth, change / 总量, 增速, 变化)`);

  const qualifier = lookupWord(QUALIFIER_WORDS, cell("qualifier"));
  if (!qualifier)
    fail("qualifier", `"${cell("qualifier")}" is not a qualifier (=, ~, >=, >, <=, < / 左右, 以上 …)`);

  const attributeRaw = cell("attribute");
  if (attributeRaw && !ATTRIBUTES.includes(attributeRaw as Attribute)) {
    fail("attribute", `"${attributeRaw}" is not 预期性 or 约束性`);
  }

  const unit = cell("unit") || (number?.percent ? "%" : "");
  if (number?.percent && cell("unit") && cell("unit") !== "%") {
    fail("unit", `the value is a percentage but the unit says "${cell("unit")}"`);
  }

  if (
    errors.length > 0 ||
    !region.ok ||
    !indicator.ok ||
    !number ||
    !year ||
    !kind ||
    !measure ||
    !qualifier
  ) {
    return { line: row.line, cells: row.cells, errors };
  }
  const regionInfo = resolver.regions.get(region.id);
  const indicatorInfo = resolver.indicators.get(indicator.id);
  const note = cell("note");
  const record: IndicatorRecord = {
    id: `${doc}-${stableHash([region.id, indicator.id, kind, measure, year, periodStart ?? ""].join("|"))}`,
    doc,
    region: regionInfo?.name ?? region.id,
    region_id: region.id,
    region_en: regionInfo?.name_en ?? region.id,
    indicator: indicatorInfo?.name_zh ?? indicatorName,
    indicator_id: indicator.id,
    kind,
    measure,
    year,
    value: number.value,
    unit: unit || indicatorInfo?.unit || "",
    qualifier,
    source: "table",
    quote: note || row.cells.join(" | "),
    start: 0,
    end: 0,
    confidence: 1,
  };
  if (indicatorInfo?.name_en) record.indicator_en = indicatorInfo.name_en;
  if (valueMax !== undefined) record.value_max = valueMax;
  if (periodStart !== undefined) record.period_start = periodStart;
  if (attributeRaw) record.attribute = attributeRaw as Attribute;
  return { line: row.line, cells: row.cells, record, errors };
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

/** Parses, maps and validates a whole file. Nothing is changed; see applyCsvImport. */
export function previewCsv(text: string, resolver: NameResolver, options: CsvOptions = {}): CsvPreview {
  const { delimiter, rows, errors: fileErrors } = parseRows(text);
  const doc = docIdForFile(options.fileName);
  const headerIndex = findHeaderRow(rows);
  const header = rows[headerIndex];
  const body = rows.slice(headerIndex + 1);
  const headers = header?.cells ?? [];
  const mapping: ColumnMapping = { ...autoMapping(headers), ...options.mapping };
  for (const [field, index] of Object.entries(mapping)) {
    if (index === undefined || index < 0 || index >= headers.length) delete mapping[field as CsvField];
  }
  const missing = REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
  const results: RowResult[] = missing.length
    ? body.map((row) => ({
        line: row.line,
        cells: row.cells,
        errors: [{ message: `no column for ${missing.join(", ")}` }],
      }))
    : body.map((row) => validateRow(row, mapping, resolver, options, doc));

  // The same record twice in one file is ambiguous: both rows are reported.
  const firstLine = new Map<string, number>();
  for (const r of results) {
    if (!r.record) continue;
    const seen = firstLine.get(r.record.id);
    if (seen === undefined) firstLine.set(r.record.id, r.line);
    else {
      r.errors.push({ message: `same region, indicator, kind and year as line ${seen}` });
      delete r.record;
    }
  }
  for (const e of fileErrors) {
    const r = results.find((x) => x.line === e.line);
    if (r) {
      r.errors.push({ message: e.message });
      delete r.record;
    }
  }
  const valid = results.filter((r) => r.record).length;
  return {
    delimiter,
    headerLine: header?.line ?? 1,
    headers,
    mapping,
    missing,
    rows: results,
    sample: results.slice(0, PREVIEW_ROWS),
    valid,
    invalid: results.length - valid,
    fileErrors,
    doc,
  };
}

export type CsvApplyResult =
  | { ok: true; user: UserData; added: number; skipped: number; records: IndicatorRecord[] }
  | { ok: false; user: UserData; reason: string };

/**
 * Adds the file's records to the user data. ATOMIC: with any bad row (or no rows) nothing changes unless
 * `validOnly` is set, in which case the valid rows are added and the bad ones counted as skipped.
 */
export function applyCsvImport(
  user: UserData,
  preview: CsvPreview,
  { validOnly = false } = {},
): CsvApplyResult {
  if (preview.missing.length > 0) {
    return { ok: false, user, reason: `No column is mapped to: ${preview.missing.join(", ")}.` };
  }
  if (preview.invalid > 0 && !validOnly) {
    return {
      ok: false,
      user,
      reason: `${preview.invalid} row(s) have errors; nothing was imported. Fix them or import only the valid rows.`,
    };
  }
  const records = preview.rows.flatMap((r) => (r.record ? [r.record] : []));
  if (records.length === 0)
    return { ok: false, user, reason: "The file has no valid rows; nothing was imported." };
  return {
    ok: true,
    user: putImportedRecords(user, records),
    added: records.length,
    skipped: preview.invalid,
    records,
  };
}

/** "line 4: value: "约100" is text where a number belongs" — one line per problem. */
export function describeErrors(preview: CsvPreview): string[] {
  const out: string[] = [];
  if (preview.missing.length) out.push(`header: no column for ${preview.missing.join(", ")}`);
  for (const r of preview.rows) {
    for (const e of r.errors) out.push(`line ${r.line}: ${e.field ? `${e.field}: ` : ""}${e.message}`);
  }
  return out;
}
