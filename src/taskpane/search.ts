/**
 * Forgiving indicator search for the pane. A query matches an indicator's Chinese or English name, code,
 * lexicon synonym or the documents' own wording:
 *   - exactly, as a prefix, at the start of an English word (so "R&D" does not match "Cross-border"),
 *     or inside a Chinese name;
 *   - in pinyin, full (diqushengchanzongzhi) or initials (dqsczz), once pinyin-pro has loaded;
 *   - in traditional characters (地區生產總值), once the opencc-js converter has loaded;
 *   - with a typo (GPD → GDP), by edit distance, when nothing better matches.
 * Keys are case-, space- and width-insensitive (the model's normalizeKey). `prepareQuery` loads what a
 * query needs; both loads happen once and only when a query asks for them.
 */
import { INDICATORS } from "../extract/lexicon";
import { editDistance, normalizeKey } from "../model/normalize";
import type { PlanStore } from "../model/store";
import { hasHan, loadSimplifier, toSimplified } from "../model/traditional";
import type { IndicatorRecord } from "../record";

export interface IndicatorSummary {
  id: string;
  name_zh: string;
  name_en?: string;
  code?: string;
  records: IndicatorRecord[];
  regions: number;
  regionIds: ReadonlySet<string>;
}

interface Entry {
  summary: IndicatorSummary;
  /** Normalised names. */
  keys: string[];
  /** Starts of English words in the names ("cross", "border"), normalised. */
  words: string[];
  /** Chinese names, for pinyin once it loads. */
  han: string[];
  pinyin: string[];
}

export interface SearchIndex {
  entries: Entry[];
  pinyinReady: boolean;
}

const SYNONYMS = new Map(INDICATORS.map((e) => [e.id, e.synonyms]));
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

export function buildSearchIndex(store: PlanStore): SearchIndex {
  const byIndicator = new Map<string, IndicatorRecord[]>();
  for (const r of store.dataset.records) {
    const list = byIndicator.get(r.indicator_id);
    if (list) list.push(r);
    else byIndicator.set(r.indicator_id, [r]);
  }
  const entries: Entry[] = [];
  for (const [id, records] of byIndicator) {
    const info = store.indicators.get(id);
    const regionIds = new Set(records.map((r) => r.region_id));
    const summary: IndicatorSummary = {
      id,
      name_zh: info?.name_zh ?? records[0]!.indicator,
      name_en: info?.name_en ?? records[0]!.indicator_en,
      code: info?.code,
      records,
      regions: regionIds.size,
      regionIds,
    };
    const names = [id, summary.code, summary.name_zh, summary.name_en, ...(SYNONYMS.get(id) ?? [])];
    for (const r of records) names.push(r.indicator, r.indicator_en);
    const present = [...new Set(names.filter((n): n is string => !!n))];
    const keys = [...new Set(present.map(normalizeKey))].filter(Boolean);
    const words = new Set<string>();
    for (const name of present) {
      if (hasHan(name)) continue;
      for (const word of name.split(WORD_SPLIT)) if (word) words.add(normalizeKey(word));
    }
    entries.push({ summary, keys, words: [...words], han: present.filter(hasHan), pinyin: [] });
  }
  entries.sort(
    (a, b) => b.summary.records.length - a.summary.records.length || a.summary.id.localeCompare(b.summary.id),
  );
  return { entries, pinyinReady: false };
}

type ToPinyin = (text: string, initials: boolean) => string[];

/** Adds full-pinyin and initials keys to every Chinese name (pinyin-pro, loaded on first need). */
export function addPinyin(index: SearchIndex, toPinyin: ToPinyin): void {
  for (const entry of index.entries) {
    const keys = new Set<string>();
    for (const name of entry.han) {
      keys.add(toPinyin(name, false).join(""));
      keys.add(toPinyin(name, true).join(""));
    }
    entry.pinyin = [...keys].map(normalizeKey).filter(Boolean);
  }
  index.pinyinReady = true;
}

let pinyinLoad: Promise<ToPinyin> | undefined;

function loadPinyin(): Promise<ToPinyin> {
  pinyinLoad ??= import("pinyin-pro").then(
    ({ pinyin }) =>
      (text: string, initials: boolean) =>
        pinyin(text, {
          toneType: "none",
          type: "array",
          nonZh: "consecutive",
          ...(initials ? { pattern: "first" as const } : {}),
        }),
  );
  return pinyinLoad;
}

const LATIN = /^[a-z\s]+$/i;

/** Loads what `query` needs (pinyin keys, the traditional converter); resolves when searching is complete. */
export async function prepareQuery(index: SearchIndex, query: string): Promise<void> {
  const waits: Promise<unknown>[] = [];
  if (!index.pinyinReady && LATIN.test(query.trim()) && query.trim().length >= 2) {
    waits.push(loadPinyin().then((toPinyin) => index.pinyinReady || addPinyin(index, toPinyin)));
  }
  if (hasHan(query) && toSimplified(query) === undefined) waits.push(loadSimplifier());
  await Promise.all(waits);
}

const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const CONTAINS = 3;
const PINYIN = 4;
const TYPO = 5;
const TYPO_FILL = 5;

function typoLimit(length: number): number {
  return length < 3 ? 0 : length < 6 ? 1 : 2;
}

function rankEntry(entry: Entry, queries: readonly string[], latin: boolean): number {
  let rank = Infinity;
  for (const q of queries) {
    for (const key of entry.keys) {
      if (key === q) return EXACT;
      if (key.startsWith(q)) rank = Math.min(rank, PREFIX);
      // Inside a word only for Chinese: "rd" inside "crossborder" is not a match.
      else if (!latin && key.includes(q)) rank = Math.min(rank, CONTAINS);
    }
    if (rank > WORD && latin && entry.words.some((w) => w.startsWith(q))) rank = WORD;
    if (rank > PINYIN && latin && entry.pinyin.some((p) => p.startsWith(q))) rank = PINYIN;
  }
  return rank;
}

function typoRank(entry: Entry, q: string): number {
  const limit = typoLimit(q.length);
  if (limit === 0) return Infinity;
  const near = (key: string) => editDistance(key.slice(0, q.length + limit), q, limit) <= limit;
  const close = (key: string) => Math.abs(key.length - q.length) <= limit && near(key);
  return entry.keys.some(close) || entry.words.some(close) || entry.pinyin.some(close) ? TYPO : Infinity;
}

/**
 * Indicators matching `query`, best first (exact, prefix, word, inside, pinyin; typos only when nothing
 * else matches); only those with records for `regionId` when given.
 */
export function searchIndicators(index: SearchIndex, query: string, regionId?: string): IndicatorSummary[] {
  const q = normalizeKey(query);
  const entries =
    regionId === undefined ? index.entries : index.entries.filter((e) => e.summary.regionIds.has(regionId));
  if (!q) return entries.map((e) => e.summary);
  const simplified = hasHan(query) ? toSimplified(query) : undefined;
  const queries = simplified && normalizeKey(simplified) !== q ? [q, normalizeKey(simplified)] : [q];
  const latin = LATIN.test(query.trim()) || /^[\x20-\x7e]+$/.test(query);
  const ranked: { rank: number; order: number; summary: IndicatorSummary }[] = [];
  entries.forEach((entry, order) => {
    const rank = rankEntry(entry, queries, latin);
    if (rank !== Infinity) ranked.push({ rank, order, summary: entry.summary });
  });
  // Typos only fill a short list: a query that already finds several indicators meant them.
  if (ranked.length < TYPO_FILL && latin) {
    const found = new Set(ranked.map((r) => r.summary));
    entries.forEach((entry, order) => {
      if (found.has(entry.summary)) return;
      const rank = typoRank(entry, q);
      if (rank !== Infinity) ranked.push({ rank, order, summary: entry.summary });
    });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.summary);
}

/** Regions whose name, English name or alias the query names (a prefix, or a word of the English name). */
export function searchRegions(store: PlanStore, query: string): string[] {
  const q = normalizeKey(query);
  if (q.length < 2) return [];
  const found: string[] = [];
  for (const region of store.regions.values()) {
    if (store.recordCount(region.id) === 0) continue;
    const names = [region.name, region.name_en, ...region.aliases].filter(Boolean);
    const hit = names.some((name) => {
      const key = normalizeKey(name);
      if (key.startsWith(q) || (hasHan(name) && key.includes(q))) return true;
      return !hasHan(name) && name.split(WORD_SPLIT).some((w) => w && normalizeKey(w).startsWith(q));
    });
    if (hit) found.push(region.id);
  }
  return found;
}

/** Browse facets: an indicator passes when one of its records satisfies every facet given. */
export interface Facets {
  region?: string;
  category?: string;
  planType?: string;
  period?: string;
  document?: string;
}

export function hasFacets(facets: Facets): boolean {
  return Object.values(facets).some((v) => v !== undefined && v !== "");
}

export function recordPasses(
  record: IndicatorRecord,
  facets: Facets,
  docOf: (doc: string) => { plan_type: string; period: string } | undefined,
): boolean {
  if (facets.region && record.region_id !== facets.region) return false;
  if (facets.category && record.category !== facets.category) return false;
  if (facets.document && record.doc !== facets.document) return false;
  if (facets.planType || facets.period) {
    const doc = docOf(record.doc);
    if (!doc) return false;
    if (facets.planType && doc.plan_type !== facets.planType) return false;
    if (facets.period && doc.period !== facets.period) return false;
  }
  return true;
}
