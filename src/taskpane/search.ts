/**
 * Indicator search for the pane: by Chinese or English name, code, lexicon synonym, the documents' own
 * wording, or id; case-, space- and width-insensitive (the model's normalizeKey). Ranked exact, then
 * prefix, then substring, then by how many records an indicator has.
 */
import { INDICATORS } from "../extract/lexicon";
import { normalizeKey } from "../model/normalize";
import type { IndicatorRecord } from "../record";
import type { PlanStore } from "../model/store";

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
  keys: string[];
}

export interface SearchIndex {
  entries: Entry[];
}

const SYNONYMS = new Map(INDICATORS.map((e) => [e.id, e.synonyms]));

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
    const keys = [...new Set(names.filter((n): n is string => !!n).map(normalizeKey))].filter(Boolean);
    entries.push({ summary, keys });
  }
  entries.sort(
    (a, b) => b.summary.records.length - a.summary.records.length || a.summary.id.localeCompare(b.summary.id),
  );
  return { entries };
}

const EXACT = 0;
const PREFIX = 1;
const CONTAINS = 2;

/** Indicators matching `query`, best first; only those with records for `regionId` when given. */
export function searchIndicators(index: SearchIndex, query: string, regionId?: string): IndicatorSummary[] {
  const q = normalizeKey(query);
  const entries =
    regionId === undefined ? index.entries : index.entries.filter((e) => e.summary.regionIds.has(regionId));
  if (!q) return entries.map((e) => e.summary);
  const ranked: { rank: number; order: number; summary: IndicatorSummary }[] = [];
  entries.forEach((entry, order) => {
    let rank = Infinity;
    for (const key of entry.keys) {
      if (key === q) rank = EXACT;
      else if (key.startsWith(q)) rank = Math.min(rank, PREFIX);
      else if (key.includes(q)) rank = Math.min(rank, CONTAINS);
    }
    if (rank !== Infinity) ranked.push({ rank, order, summary: entry.summary });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.summary);
}
