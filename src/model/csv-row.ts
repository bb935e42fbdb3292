/**
 * One CSV row → a record, or the reasons it is not one. A row of a records CSV exported by the add-in
 * keeps its id, document, wordings, passage and offsets, so export then import gives the same records.
 */
import { YEAR_MAX, YEAR_MIN } from "../record";
import { stableHash } from "../extract/lexicon";
import { csvMessage, type CsvMessageCode, type CsvValues } from "./csv-messages";
import { parseStrictNumber, readNumber, type ParsedRow } from "./csv-parse";
import {
  ATTRIBUTES,
  GROWTH_SUFFIXES,
  KIND_WORDS,
  MEASURE_WORDS,
  QUALIFIER_WORDS,
  type CsvField,
} from "./csv-words";
import { normalizeKey } from "./normalize";
import type { Attribute, IndicatorRecord, Kind, Measure, SourceKind } from "../record";
import type { ColumnMapping, NameResolver, RowError, RowResult } from "./csv-import";

export interface RowContext {
  mapping: ColumnMapping;
  resolver: NameResolver;
  defaultKind: Kind;
  doc: string;
  /** Column of each header (lower case) when the file is an export of records. */
  exportColumns?: Map<string, number>;
  /** Name lookups by cell text: a long file names the same few regions and indicators again and again. */
  memo?: Map<string, unknown>;
}

function memo<T>(ctx: RowContext, key: string, compute: () => T): T {
  ctx.memo ??= new Map();
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = compute();
  ctx.memo.set(key, value);
  return value;
}

/** Region and indicator resolution of a row's names, memoised per distinct text. */
function resolveNames(ctx: RowContext, regionName: string, indicatorName: string) {
  const { resolver } = ctx;
  const region = memo(ctx, `r|${regionName}`, () => {
    const r = resolver.resolveRegion(regionName);
    return { r, exact: r.ok && isRegionName(resolver, r.id, regionName) };
  });
  const indicator = memo(ctx, `i|${indicatorName}`, () => {
    let i = resolver.resolveIndicator(indicatorName);
    const base = growthBase(indicatorName);
    const impliedGrowth = base !== undefined && resolver.resolveIndicator(base).ok;
    if (!i.ok && impliedGrowth) i = resolver.resolveIndicator(base!);
    return { i, impliedGrowth };
  });
  return { region, indicator };
}

function parseYear(raw: string): number | undefined {
  const m = /^(\d{4})年?$/.exec(raw.normalize("NFKC").trim());
  const year = m ? Number(m[1]) : NaN;
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

function lookupWord<T>(table: Record<string, T>, raw: string): T | undefined {
  return table[normalizeKey(raw)] ?? table[raw.trim()];
}

/** Whether `input` is one of the region's own names (id, Chinese, English, aliases), not an abbreviation. */
function isRegionName(resolver: NameResolver, id: string, input: string): boolean {
  const region = resolver.regions.get(id);
  const key = normalizeKey(input);
  return [id, region?.name, region?.name_en, ...(region?.aliases ?? [])].some(
    (n) => n && normalizeKey(n) === key,
  );
}

/** The wording without a growth ending (GDP增速 → GDP), or undefined when it has none. */
function growthBase(name: string): string | undefined {
  const key = normalizeKey(name);
  const suffix = GROWTH_SUFFIXES.find((s) => key.endsWith(s) && key.length > s.length);
  if (!suffix) return undefined;
  return name.slice(0, name.length - suffix.length).trim() || undefined;
}

/** A spreadsheet-safe cell the export prefixed with an apostrophe ('=SUM…) reads back as written. */
function unguard(cell: string): string {
  return cell.startsWith("'") && /^[=+\-@]/.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function buildRow(row: ParsedRow, ctx: RowContext): RowResult {
  const errors: RowError[] = [];
  const { mapping, resolver } = ctx;
  const cell = (f: CsvField) => (mapping[f] === undefined ? "" : unguard(row.cells[mapping[f]!] ?? ""));
  const exported = (name: string) => {
    const i = ctx.exportColumns?.get(name);
    return i === undefined ? "" : unguard(row.cells[i] ?? "");
  };
  const fail = (field: CsvField, code: CsvMessageCode, values?: CsvValues) =>
    errors.push({ field, code, values, message: csvMessage("en", code, values) });
  /** A number cell, or the reason it is not one (commas out of place, beyond what a double holds). */
  const numberCell = (field: CsvField, raw: string) => {
    if (!raw) return undefined;
    const read = readNumber(raw);
    if ("value" in read) return read;
    const code =
      read.error === "range"
        ? "value-too-large"
        : /\d,\d/.test(raw)
          ? "value-bad-commas"
          : "value-not-number";
    fail(field, code, { value: raw });
    return undefined;
  };
  const suggest = (ids: string[], names: (id: string) => string | undefined) =>
    ids.length
      ? csvMessage("en", "suggest", { names: ids.map((id) => `${names(id) ?? id} (${id})`).join(", ") })
      : "";

  // region: an export's region_id names it exactly; typed names must be a region's own name
  const regionName = cell("region");
  const exportRegion = exported("region_id");
  const indicatorName = cell("indicator");
  const names = resolveNames(ctx, regionName, indicatorName);
  const region =
    exportRegion && resolver.regions.has(exportRegion)
      ? ({ ok: true, id: exportRegion } as const)
      : names.region.r;
  const regionLabel = (id: string) => resolver.regions.get(id)?.name;
  if (!regionName && !exportRegion) fail("region", "region-empty");
  else if (region.ok && !exportRegion && !names.region.exact) {
    fail("region", "region-not-exact", { value: regionName, suggest: suggest([region.id], regionLabel) });
  } else if (!region.ok) {
    fail("region", region.reason === "ambiguous" ? "region-ambiguous" : "region-unknown", {
      value: regionName,
      suggest: suggest(region.candidates, regionLabel),
    });
  }

  // indicator: GDP增速 is GDP's growth; an export's unknown indicator keeps the extractor's id
  const { i: indicator, impliedGrowth } = names.indicator;
  const exportIndicator = exported("indicator_id");
  const indicatorId = exportIndicator || (indicator.ok ? indicator.id : undefined);
  if (!indicatorName) fail("indicator", "indicator-empty");
  else if (!indicatorId && !indicator.ok) {
    fail("indicator", indicator.reason === "ambiguous" ? "indicator-ambiguous" : "indicator-unknown", {
      value: indicatorName,
      suggest: suggest(indicator.candidates, (id) => resolver.indicators.get(id)?.name_zh),
    });
  }

  const year = parseYear(cell("year"));
  if (year === undefined) fail("year", "year-invalid", { value: cell("year"), min: YEAR_MIN, max: YEAR_MAX });

  const rawValue = cell("value");
  const number = numberCell("value", rawValue);
  const qualitative = exported("text");
  if (!rawValue && !(ctx.exportColumns && qualitative)) fail("value", "value-empty");

  let valueMax: number | undefined;
  if (cell("value_max")) {
    valueMax = numberCell("value_max", cell("value_max"))?.value;
    if (valueMax !== undefined && number && valueMax < number.value) fail("value_max", "value-max-below");
  }

  let periodStart: number | undefined;
  if (cell("period_start")) {
    periodStart = parseYear(cell("period_start"));
    if (periodStart === undefined)
      fail("period_start", "period-start-invalid", { value: cell("period_start") });
  }

  const kind = cell("kind")
    ? memo(ctx, `k|${cell("kind")}`, () => lookupWord(KIND_WORDS, cell("kind")))
    : ctx.defaultKind;
  if (!kind) fail("kind", "kind-invalid", { value: cell("kind") });

  const measure: Measure | undefined = cell("measure")
    ? memo(ctx, `m|${cell("measure")}`, () => lookupWord(MEASURE_WORDS, cell("measure")))
    : impliedGrowth && !ctx.exportColumns
      ? "growth"
      : "level";
  if (!measure) fail("measure", "measure-invalid", { value: cell("measure") });

  const qualifier = memo(ctx, `q|${cell("qualifier")}`, () => lookupWord(QUALIFIER_WORDS, cell("qualifier")));
  if (!qualifier) fail("qualifier", "qualifier-invalid", { value: cell("qualifier") });

  const attributeRaw = cell("attribute");
  if (attributeRaw && !ATTRIBUTES.includes(attributeRaw as Attribute)) {
    fail("attribute", "attribute-invalid", { value: attributeRaw });
  }

  const unit = cell("unit") || (number?.percent ? "%" : "");
  if (number?.percent && cell("unit") && cell("unit") !== "%")
    fail("unit", "unit-percent", { value: cell("unit") });

  if (errors.length > 0 || !region.ok || !indicatorId || !year || !kind || !measure || !qualifier) {
    return { line: row.line, cells: row.cells, errors };
  }
  const regionInfo = resolver.regions.get(region.id);
  const indicatorInfo = resolver.indicators.get(indicatorId);
  const note = cell("note");
  const record: IndicatorRecord = {
    id: `${ctx.doc}-${stableHash([region.id, indicatorId, kind, measure, year, periodStart ?? ""].join("|"))}`,
    doc: ctx.doc,
    region: regionInfo?.name ?? region.id,
    region_id: region.id,
    region_en: regionInfo?.name_en ?? region.id,
    indicator: indicatorInfo?.name_zh ?? indicatorName,
    indicator_id: indicatorId,
    kind,
    measure,
    year,
    value: number ? number.value : null,
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
  if (ctx.exportColumns) restoreExported(record, exported, unit);
  return { line: row.line, cells: row.cells, record, errors };
}

/** The fields of an exported record that typed CSVs do not have, read back as they were written. */
function restoreExported(record: IndicatorRecord, exported: (name: string) => string, unit: string): void {
  const id = exported("id");
  if (id) record.id = id;
  record.doc = exported("doc") || record.doc;
  for (const key of ["region", "region_en", "indicator"] as const) record[key] = exported(key) || record[key];
  if (exported("indicator_en")) record.indicator_en = exported("indicator_en");
  else delete record.indicator_en;
  record.unit = unit;
  if (exported("text")) record.text = exported("text");
  if (exported("category")) record.category = exported("category");
  if (exported("year_inferred")) record.year_inferred = exported("year_inferred").toLowerCase() === "true";
  const source = exported("source");
  if (source === "table" || source === "prose") record.source = source as SourceKind;
  record.quote = exported("quote");
  if (exported("section")) record.section = exported("section");
  const num = (name: string, fallback: number) => {
    const n = parseStrictNumber(exported(name));
    return n && !n.percent ? n.value : fallback;
  };
  record.start = num("start", 0);
  record.end = num("end", 0);
  record.confidence = num("confidence", 1);
}
