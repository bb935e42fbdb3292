/**
 * The extraction engine: plan document text → indicator records. Pure TypeScript, browser-safe.
 * Pipeline: normalise → document facts → tables + prose parsers → refiners (dedupe, ids, offsets).
 */
import { YEAR_MAX, YEAR_MIN } from "../record";
import type { Dataset, DocumentInfo, IndicatorRecord, RegionInfo } from "../record";
import { EMPTY_CATALOG, type Catalog } from "./catalog";
import { readDocumentFacts } from "./context";
import { selfReferences } from "./scopeRegion";
import { sectionAt, sectionsOf } from "./scope";
import { leveled, paragraphs } from "./prose/frames";
import { indicatorIdFor, normaliseName, stableHash } from "./lexicon";
import { normalise, toOriginal, type Normalised } from "./normalise";
import { parseProse, type Candidate } from "./prose";
import { tableCandidates, type TableCandidate } from "./tableRecords";
import { findTables } from "./tables";
import type { ParsedTable } from "./tables/types";

const HAN = /[\u4e00-\u9fff]/;

export { parseCatalog, type Catalog } from "./catalog";
export { decodeDocument } from "./decode";
export { INDICATORS, matchIndicator, type IndicatorEntry } from "./lexicon";
export { normalise, toOriginal, type Normalised } from "./normalise";

export interface ExtractionResult {
  document: DocumentInfo;
  records: IndicatorRecord[];
  warnings: string[];
}

export interface ExtractOptions {
  catalog?: Catalog;
  /** Year of publication the user gives at import: dates a document that states no year of its own. */
  publishedYear?: number;
  /** Let internal errors through instead of turning them into a warning and an empty result (tests). */
  strict?: boolean;
}

/** Documents longer than this are cut (with a warning) so one input cannot exhaust memory. */
const MAX_CHARS = 50_000_000;

export function docIdOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

function safeTables(text: string, warnings: string[]): ParsedTable[] {
  try {
    return findTables(text);
  } catch (error) {
    warnings.push(`table reader failed, tables skipped: ${(error as Error).message}`);
    return [];
  }
}

function dedupeKey(c: Candidate): string {
  // a template, not [...].join("|") (an array per candidate); `?? ""` is how join writes null
  // period_start too: a five-year average and the last year's growth may share a value (年均5.3%, 5.3%)
  return `${c.kind}|${c.measure}|${c.year ?? ""}|${c.period_start ?? ""}|${c.value ?? ""}|${c.unit}`;
}

/**
 * A record's id names what the record is about (document, kind, measure, indicator wording, year, period
 * start) plus its occurrence among records sharing those, in document order. It leaves out the value, unit
 * and offsets, so a user's correction keyed by id survives a fixed number or an inserted sentence.
 */
function recordId(doc: string, c: Candidate, ids: IdState): string {
  const key = `${c.kind}|${c.measure}|${normaliseName(c.indicator)}|${c.year ?? ""}|${c.period_start ?? ""}`;
  const n = ids.counts.get(key) ?? 0;
  ids.counts.set(key, n + 1);
  // a 32-bit hash may, rarely, be shared by two keys of one document: the later key re-hashes
  let hash = stableHash(key);
  for (let salt = 1; ids.owners.has(hash) && ids.owners.get(hash) !== key; salt++)
    hash = stableHash(`${salt}|${key}`);
  ids.owners.set(hash, key);
  const base = `${doc}:${hash}`;
  return n ? `${base}-${n}` : base;
}

interface IdState {
  /** Records so far per identifying key. */
  counts: Map<string, number>;
  /** The key each hash stands for. */
  owners: Map<string, string>;
}

async function extract(
  name: string,
  input: string,
  catalog: Catalog,
  options: ExtractOptions,
): Promise<ExtractionResult> {
  const doc = docIdOf(name);
  const warnings: string[] = [];
  let original = input;
  if (original.length > MAX_CHARS) {
    warnings.push(`document longer than ${MAX_CHARS} characters: the rest was not read`);
    original = original.slice(0, MAX_CHARS);
  }
  const norm: Normalised = await normalise(original);
  warnings.push(...norm.warnings);
  const text = norm.text;
  const userYear = options.publishedYear;
  const givenYear =
    typeof userYear === "number" && Number.isInteger(userYear) && userYear >= YEAR_MIN && userYear <= YEAR_MAX
      ? userYear
      : undefined;
  const facts = readDocumentFacts(doc, text, catalog, givenYear);
  const multiYear =
    facts.period_start !== undefined &&
    facts.period_end !== undefined &&
    facts.period_end > facts.period_start;
  const publishedYear = facts.publishedYear ?? givenYear;

  const tables = safeTables(text, warnings);
  const tableCands: TableCandidate[] = [];
  for (const table of tables) {
    tableCands.push(
      ...tableCandidates(table, {
        periodStart: facts.period_start,
        periodEnd: facts.period_end,
        publishedYear,
      }),
    );
    for (const p of table.problems) warnings.push(`table${table.title ? ` ${table.title}` : ""}: ${p}`);
  }
  // paragraphs and their heading levels, once: the prose reader and the section headings both use them
  const paras = paragraphs(text).map(leveled(text));
  const lastPastYear =
    facts.evaluated_year ?? (facts.period_start !== undefined ? facts.period_start - 1 : undefined);
  const prose = parseProse(text, {
    periodStart: facts.period_start,
    periodEnd: facts.period_end,
    // 未来五年 of a report for its own year (a work report, an annual plan) starts with that year
    baseYear:
      (facts.plan_type === "work-report" || facts.plan_type === "annual") && facts.period_start !== undefined
        ? facts.period_start - 1
        : (publishedYear ?? (facts.period_start !== undefined ? facts.period_start - 1 : undefined)),
    // 今年: a work report's own year (its title's), else the year of publication
    currentYear:
      facts.plan_type === "work-report" && facts.period_start === facts.period_end
        ? facts.period_start
        : facts.plan_type === "annual" || publishedYear === undefined
          ? undefined
          : publishedYear,
    regionNames: [facts.region.name, ...facts.region.aliases, ...selfReferences(facts.region.name)].filter(
      (n) => /[\u4e00-\u9fff]/.test(n),
    ),
    reviewYear: lastPastYear,
    lastPastYear,
    actualsOnly: facts.actuals_only,
    relativeYearInferred: facts.year_inferred,
    // the document's own span (a five-year plan, 未来3年): a review of the same length precedes it
    reviewSpan:
      multiYear && facts.period_start !== undefined && facts.period_end !== undefined
        ? facts.period_end - facts.period_start + 1
        : 1,
    // a table that gave no rows may be a false alarm: its text is still read as prose
    skip: tables.filter((t) => t.rows.length > 0).map((t) => ({ start: t.start, end: t.end })),
    warnings,
    paragraphs: paras,
  });

  // refiner: a value stated twice in the prose is one record. A table row and a sentence that repeat
  // each other are two statements (the gold set counts both), so tables are not merged with prose.
  // by value key: the indicator ids seen with it, each with its first candidate
  const seen = new Map<string, { id: string; first: Candidate }[]>();
  const kept: (Candidate | TableCandidate)[] = [...tableCands];
  for (const c of prose) {
    const key = dedupeKey(c);
    const id = indicatorIdFor(c.indicator).id;
    const named = seen.get(key);
    const earlier = named?.find((n) => n.id === id)?.first;
    if (earlier) {
      // a headline's GDP restated in the body as 地区生产总值: the record keeps the Chinese name
      if (!HAN.test(earlier.indicator) && HAN.test(c.indicator)) earlier.indicator = c.indicator;
      continue;
    }
    // one array per key, grown in place (a copy per candidate was garbage)
    if (named) named.push({ id, first: c });
    else seen.set(key, [{ id, first: c }]);
    kept.push(c);
  }

  const records: IndicatorRecord[] = [];
  const sections = sectionsOf(text, paras);
  const tableSet = new Set<Candidate>(tableCands);
  // document order first, so that the occurrence counter in the ids follows the text (stable sort)
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const usedIds: IdState = { counts: new Map(), owners: new Map() };
  for (const c of kept) {
    const source = tableSet.has(c) ? "table" : "prose";
    const span = toOriginal(norm, c.start, c.end);
    const quote = text.slice(c.start, c.end).replace(/\s+/g, " ").trim();
    const { id: indicatorId, entry } = indicatorIdFor(c.indicator);
    const record: IndicatorRecord = {
      id: recordId(doc, c, usedIds),
      doc,
      region: facts.region.name,
      region_id: facts.region.id,
      region_en: facts.region.name_en,
      indicator: c.indicator,
      indicator_id: indicatorId,
      kind: c.kind,
      measure: c.measure,
      year: c.year,
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      source,
      quote,
      start: span.start,
      end: span.end,
      confidence: c.confidence,
    };
    if (entry) record.indicator_en = entry.name_en;
    if (c.period_start !== undefined) record.period_start = c.period_start;
    if (c.value_max !== undefined) record.value_max = c.value_max;
    if (c.text !== undefined) record.text = c.text;
    if (c.year_inferred) record.year_inferred = true;
    const t = c as TableCandidate;
    if (t.attribute) record.attribute = t.attribute;
    if (t.category) record.category = t.category;
    const section = sectionAt(sections, c.start);
    if (section) record.section = section;
    records.push(record);
  }
  const low = records.filter((r) => r.confidence < 0.6).length;
  if (low) warnings.push(`${low} low-confidence record(s) (confidence < 0.6)`);
  if (!facts.region.name) warnings.push("region not found in the text or the catalogue");

  const document: DocumentInfo = {
    doc,
    title: facts.title,
    region: facts.region.name,
    region_id: facts.region.id,
    region_en: facts.region.name_en,
    plan_type: facts.plan_type,
    records: records.length,
    warnings,
  };
  if (facts.period_start !== undefined) document.period_start = facts.period_start;
  if (facts.period_end !== undefined) document.period_end = facts.period_end;
  if (facts.published) document.published = facts.published;
  return { document, records, warnings };
}

/** Extracts one document. Never throws: a failure becomes a warning and an empty result. */
export async function extractDocument(
  input: { name: string; text: string },
  options: ExtractOptions = {},
): Promise<ExtractionResult> {
  const catalog = options.catalog ?? EMPTY_CATALOG;
  const name = typeof input?.name === "string" ? input.name : "document";
  const text = typeof input?.text === "string" ? input.text : "";
  if (options.strict) return extract(name, text, catalog, options);
  try {
    return await extract(name, text, catalog, options);
  } catch (error) {
    const warnings = [`extraction failed: ${(error as Error)?.message ?? String(error)}`];
    const doc = docIdOf(name);
    return {
      document: {
        doc,
        title: "",
        region: "",
        region_id: "unknown",
        region_en: "",
        plan_type: "other",
        records: 0,
        warnings,
      },
      records: [],
      warnings,
    };
  }
}

/** Extracts several documents into one Dataset; regions de-duplicated, catalogue names preferred. */
export async function buildDataset(
  files: { name: string; text: string }[],
  catalog: Catalog = EMPTY_CATALOG,
): Promise<Dataset> {
  const documents: DocumentInfo[] = [];
  const records: IndicatorRecord[] = [];
  const regions = new Map<string, RegionInfo>();
  for (const file of files) {
    const result = await extractDocument(file, { catalog });
    documents.push(result.document);
    records.push(...result.records);
    const id = result.document.region_id;
    if (!regions.has(id) && result.document.region) {
      const known = catalog.regions.find((r) => r.id === id);
      regions.set(
        id,
        known ?? { id, name: result.document.region, name_en: result.document.region_en, aliases: [] },
      );
    }
  }
  return { version: 1, documents, regions: [...regions.values()], records };
}
