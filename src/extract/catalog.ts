/** The curated catalogue of regions and per-document metadata (seeds/catalog.json), validated. */
import { isPlanYear, type PlanType, type RegionInfo } from "../record";

export interface CatalogDocument {
  region_id?: string;
  plan_type?: PlanType;
  period_start?: number;
  period_end?: number;
  published?: string;
  title?: string;
}

export interface Catalog {
  regions: RegionInfo[];
  /** Keyed by document id (file name without extension). */
  documents: Record<string, CatalogDocument>;
}

export const EMPTY_CATALOG: Catalog = { regions: [], documents: {} };

const PLAN_TYPES: PlanType[] = ["five-year", "annual", "work-report", "news", "other"];

function fail(where: string, what: string): never {
  throw new Error(`catalog: ${where}: ${what}`);
}

function str(v: unknown, where: string): string {
  if (typeof v !== "string" || !v.trim()) fail(where, "expected a non-empty string");
  return v;
}

function optYear(v: unknown, where: string): number | undefined {
  if (v === undefined) return undefined;
  if (!isPlanYear(v)) fail(where, "expected a year");
  return v;
}

/** Validates a parsed catalog.json; errors name the offending entry. */
export function parseCatalog(json: unknown): Catalog {
  if (typeof json !== "object" || json === null || Array.isArray(json)) fail("root", "expected an object");
  const root = json as Record<string, unknown>;
  const rawRegions = root.regions ?? [];
  if (!Array.isArray(rawRegions)) fail("regions", "expected an array");
  const ids = new Set<string>();
  const regions = rawRegions.map((r: unknown, i: number): RegionInfo => {
    const where = `regions[${i}]`;
    if (typeof r !== "object" || r === null) fail(where, "expected an object");
    const o = r as Record<string, unknown>;
    const id = str(o.id, `${where}.id`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`${where}.id`, `"${id}" is not lowercase kebab-case`);
    if (ids.has(id)) fail(`${where}.id`, `duplicate id "${id}"`);
    ids.add(id);
    const aliases = o.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string")) {
      fail(`${where}.aliases`, "expected an array of strings");
    }
    return { id, name: str(o.name, `${where}.name`), name_en: str(o.name_en, `${where}.name_en`), aliases };
  });
  const rawDocs = root.documents ?? {};
  if (typeof rawDocs !== "object" || rawDocs === null || Array.isArray(rawDocs))
    fail("documents", "expected an object");
  const documents: Record<string, CatalogDocument> = {};
  for (const [doc, value] of Object.entries(rawDocs as Record<string, unknown>)) {
    const where = `documents.${doc}`;
    if (typeof value !== "object" || value === null) fail(where, "expected an object");
    const o = value as Record<string, unknown>;
    const entry: CatalogDocument = {};
    if (o.region_id !== undefined) {
      entry.region_id = str(o.region_id, `${where}.region_id`);
      if (!ids.has(entry.region_id)) fail(`${where}.region_id`, `unknown region "${entry.region_id}"`);
    }
    if (o.plan_type !== undefined) {
      if (!PLAN_TYPES.includes(o.plan_type as PlanType))
        fail(`${where}.plan_type`, `expected one of ${PLAN_TYPES.join(", ")}`);
      entry.plan_type = o.plan_type as PlanType;
    }
    entry.period_start = optYear(o.period_start, `${where}.period_start`);
    entry.period_end = optYear(o.period_end, `${where}.period_end`);
    if (o.published !== undefined) {
      const p = str(o.published, `${where}.published`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(p)) fail(`${where}.published`, "expected YYYY-MM-DD");
      entry.published = p;
    }
    if (o.title !== undefined) entry.title = str(o.title, `${where}.title`);
    documents[doc] = entry;
  }
  return { regions, documents };
}
