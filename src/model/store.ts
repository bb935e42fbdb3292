/**
 * The record store: indexes built once at load so that every lookup a formula makes is a few Map reads.
 *   - by region, indicator, kind, measure and year (for `find`, used by the task pane and REGIONS/INDICATORS);
 *   - per (region, indicator) a Series holding, per (kind, measure, year), the records ranked by precedence.
 * Names resolve through two NameIndexes (regions, indicators) built from the dataset and the lexicon.
 */
import { NameIndex, type Resolution } from "./name-index";
import { comparePrecedence } from "./precedence";
import type { Dataset, DocumentInfo, IndicatorRecord, Kind, Measure, RegionInfo } from "../record";

/** The fields of a lexicon entry the model needs (src/extract/lexicon/indicators.json). */
export interface LexiconEntry {
  id: string;
  code?: string;
  name_en?: string;
  name_zh: string;
  synonyms?: readonly string[];
  unit?: string;
  lower_is_better?: boolean;
}

export interface StoreOptions {
  lexicon?: readonly LexiconEntry[];
  /** The lexicon's matcher for names the index does not hold verbatim (全市地区生产总值 → gdp). */
  matchIndicator?: (name: string) => { id: string } | undefined;
}

export interface IndicatorInfo {
  id: string;
  code?: string;
  name_zh: string;
  name_en?: string;
  unit?: string;
  lower_is_better?: boolean;
}

export interface RecordFilter {
  region?: string;
  indicator?: string;
  kind?: Kind;
  measure?: Measure;
  year?: number;
}

/** Tiers of the name indexes: official names beat synonyms, which beat a document's own wording. */
const TIER_OFFICIAL = 0;
const TIER_ALIAS = 1;
const TIER_WORDING = 2;

const slotKey = (kind: Kind, measure: Measure, year: number): string => `${kind}|${measure}|${year}`;
const seriesKey = (regionId: string, indicatorId: string): string => `${regionId}\u0001${indicatorId}`;

/** All records of one indicator in one region. */
export class Series {
  readonly records: IndicatorRecord[] = [];
  private readonly slots = new Map<string, IndicatorRecord[]>();
  /** Per (kind|measure) the sorted years that have records. */
  private readonly yearLists = new Map<string, number[]>();
  /** Plans per asked year (0: no year), filled lazily by src/model/plan.ts. */
  readonly plans = new Map<number, unknown>();

  constructor(
    readonly regionId: string,
    readonly indicatorId: string,
  ) {}

  add(record: IndicatorRecord): void {
    this.records.push(record);
    const key = slotKey(record.kind, record.measure, record.year);
    const slot = this.slots.get(key);
    if (slot) slot.push(record);
    else this.slots.set(key, [record]);
  }

  rank(docs: (doc: string) => DocumentInfo | undefined): void {
    for (const slot of this.slots.values()) slot.sort((a, b) => comparePrecedence(a, b, docs));
    for (const r of this.records) {
      const key = `${r.kind}|${r.measure}`;
      const list = this.yearLists.get(key) ?? [];
      if (!list.includes(r.year)) list.push(r.year);
      this.yearLists.set(key, list);
    }
    for (const list of this.yearLists.values()) list.sort((a, b) => a - b);
  }

  /** The preferred record for the slot, or undefined. */
  pick(kind: Kind, measure: Measure, year: number): IndicatorRecord | undefined {
    return this.slots.get(slotKey(kind, measure, year))?.[0];
  }

  /** All records for the slot, preferred first. */
  candidates(kind: Kind, measure: Measure, year: number): readonly IndicatorRecord[] {
    return this.slots.get(slotKey(kind, measure, year)) ?? [];
  }

  years(kind: Kind, measure: Measure): readonly number[] {
    return this.yearLists.get(`${kind}|${measure}`) ?? [];
  }
}

function pushTo<K>(map: Map<K, IndicatorRecord[]>, key: K, record: IndicatorRecord): void {
  const list = map.get(key);
  if (list) list.push(record);
  else map.set(key, [record]);
}

export class PlanStore {
  readonly regions = new Map<string, RegionInfo>();
  readonly indicators = new Map<string, IndicatorInfo>();
  readonly documents = new Map<string, DocumentInfo>();
  private readonly series = new Map<string, Series>();
  private readonly seriesByRegion = new Map<string, Series[]>();
  private readonly byRegion = new Map<string, IndicatorRecord[]>();
  private readonly byIndicator = new Map<string, IndicatorRecord[]>();
  private readonly byKind = new Map<string, IndicatorRecord[]>();
  private readonly byMeasure = new Map<string, IndicatorRecord[]>();
  private readonly byYear = new Map<number, IndicatorRecord[]>();
  private readonly regionNames = new NameIndex(undefined, true);
  private readonly indicatorNames: NameIndex;
  /** Memo of src/model/queries.ts: region text → indicator text → resolved context or error. */
  readonly contextMemo = new Map<string, Map<string, unknown>>();
  /** Lexicon order, so that lists show GDP before the long tail. */
  private readonly lexiconOrder = new Map<string, number>();

  constructor(
    readonly dataset: Dataset,
    { lexicon = [], matchIndicator }: StoreOptions = {},
  ) {
    this.indicatorNames = new NameIndex(matchIndicator && ((name) => matchIndicator(name)?.id));
    for (const doc of dataset.documents) this.documents.set(doc.doc, doc);
    lexicon.forEach((entry, i) => this.addLexiconEntry(entry, i));
    for (const region of dataset.regions) this.addRegion(region);
    for (const record of dataset.records) this.addRecord(record);
    const docs = (doc: string) => this.documents.get(doc);
    for (const s of this.series.values()) s.rank(docs);
  }

  private addLexiconEntry(entry: LexiconEntry, order: number): void {
    const { id, code, name_zh, name_en, unit, lower_is_better } = entry;
    this.indicators.set(id, { id, code, name_zh, name_en, unit, lower_is_better });
    this.lexiconOrder.set(id, order);
    for (const name of [id, code, name_zh, name_en]) this.indicatorNames.add(name, id, TIER_OFFICIAL);
    for (const synonym of entry.synonyms ?? []) this.indicatorNames.add(synonym, id, TIER_ALIAS);
  }

  private addRegion(region: RegionInfo): void {
    this.regions.set(region.id, region);
    this.regionNames.add(region.id, region.id, TIER_OFFICIAL);
    this.regionNames.add(region.name, region.id, TIER_OFFICIAL);
    this.regionNames.add(region.name_en, region.id, TIER_ALIAS);
    for (const alias of region.aliases) this.regionNames.add(alias, region.id, TIER_ALIAS);
  }

  private addRecord(record: IndicatorRecord): void {
    if (!this.regions.has(record.region_id)) {
      this.addRegion({ id: record.region_id, name: record.region, name_en: record.region_en, aliases: [] });
    }
    if (!this.indicators.has(record.indicator_id)) {
      this.indicators.set(record.indicator_id, {
        id: record.indicator_id,
        name_zh: record.indicator,
        name_en: record.indicator_en,
        unit: record.unit,
      });
      this.indicatorNames.add(record.indicator_id, record.indicator_id, TIER_OFFICIAL);
    }
    this.indicatorNames.add(record.indicator, record.indicator_id, TIER_WORDING);
    this.indicatorNames.add(record.indicator_en, record.indicator_id, TIER_WORDING);

    const key = seriesKey(record.region_id, record.indicator_id);
    let s = this.series.get(key);
    if (!s) {
      s = new Series(record.region_id, record.indicator_id);
      this.series.set(key, s);
      const list = this.seriesByRegion.get(record.region_id) ?? [];
      list.push(s);
      this.seriesByRegion.set(record.region_id, list);
    }
    s.add(record);
    pushTo(this.byRegion, record.region_id, record);
    pushTo(this.byIndicator, record.indicator_id, record);
    pushTo(this.byKind, record.kind, record);
    pushTo(this.byMeasure, record.measure, record);
    pushTo(this.byYear, record.year, record);
  }

  resolveRegion(name: string): Resolution {
    return this.regionNames.resolve(name);
  }

  resolveIndicator(name: string): Resolution {
    return this.indicatorNames.resolve(name);
  }

  getSeries(regionId: string, indicatorId: string): Series | undefined {
    return this.series.get(seriesKey(regionId, indicatorId));
  }

  /** The region's series, lexicon indicators first (in lexicon order), then the rest by name. */
  seriesOf(regionId: string): Series[] {
    const list = [...(this.seriesByRegion.get(regionId) ?? [])];
    const order = (s: Series) => this.lexiconOrder.get(s.indicatorId) ?? Number.MAX_SAFE_INTEGER;
    const name = (s: Series) => this.indicators.get(s.indicatorId)?.name_zh ?? s.indicatorId;
    return list.sort((a, b) => order(a) - order(b) || name(a).localeCompare(name(b), "zh-CN"));
  }

  /** Records matching every given field, scanning only the smallest index involved. */
  find(filter: RecordFilter): IndicatorRecord[] {
    const lists: IndicatorRecord[][] = [];
    if (filter.region !== undefined) lists.push(this.byRegion.get(filter.region) ?? []);
    if (filter.indicator !== undefined) lists.push(this.byIndicator.get(filter.indicator) ?? []);
    if (filter.kind !== undefined) lists.push(this.byKind.get(filter.kind) ?? []);
    if (filter.measure !== undefined) lists.push(this.byMeasure.get(filter.measure) ?? []);
    if (filter.year !== undefined) lists.push(this.byYear.get(filter.year) ?? []);
    if (lists.length === 0) return [...this.dataset.records];
    const smallest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    return smallest.filter(
      (r) =>
        (filter.region === undefined || r.region_id === filter.region) &&
        (filter.indicator === undefined || r.indicator_id === filter.indicator) &&
        (filter.kind === undefined || r.kind === filter.kind) &&
        (filter.measure === undefined || r.measure === filter.measure) &&
        (filter.year === undefined || r.year === filter.year),
    );
  }

  /** "GDP (地区生产总值)" for lexicon indicators, the document's wording otherwise. */
  describeIndicator(id: string): string {
    const info = this.indicators.get(id);
    if (!info) return id;
    return info.code ? `${info.code} (${info.name_zh})` : info.name_zh;
  }

  describeRegion(id: string): string {
    const info = this.regions.get(id);
    if (!info) return id;
    return info.name_en && info.name_en !== info.name ? `${info.name} (${info.name_en})` : info.name;
  }

  recordCount(regionId: string): number {
    return this.byRegion.get(regionId)?.length ?? 0;
  }

  documentCount(regionId: string): number {
    return new Set((this.byRegion.get(regionId) ?? []).map((r) => r.doc)).size;
  }
}
