/**
 * The user's own data: corrections to extracted records, documents they imported, records and actuals from
 * CSV files. Kept apart from the built-in dataset and applied on top of it, so that a new add-in version
 * (re-extraction) keeps every correction: corrections match records by their stable id.
 * Pure: no Excel, no I/O. Persisted by src/excel/user-data-store.ts and exported as a JSON file for a team.
 */
import { indicatorIdFor } from "../extract/lexicon";
import type { Dataset, DocumentInfo, IndicatorRecord, Qualifier, RegionInfo } from "../record";
import type { SetAsideEntry } from "./user-data-format";

import { USER_DATA_FORMAT, USER_DATA_VERSION } from "./user-data-format";

// The stored / exported form (format marker, versions, validation) lives in user-data-format.ts.
export {
  parseUserData,
  readUserData,
  serializeUserData,
  UserDataError,
  USER_DATA_FORMAT,
  USER_DATA_VERSION,
  type SetAsideEntry,
  type UserDataErrorCode,
} from "./user-data-format";

/** Fields a reviewer may change. The record keeps its id, so the correction survives re-extraction. */
export interface RecordEdit {
  value?: number | null;
  value_max?: number | null;
  unit?: string;
  year?: number;
  qualifier?: Qualifier;
  indicator?: string;
  /** Set when the reviewer picked a known indicator; otherwise derived from `indicator`. */
  indicator_id?: string;
}

/** What the record looked like when corrected, so that a correction whose record vanished can be shown. */
export interface RecordSnapshot {
  doc: string;
  region: string;
  indicator: string;
  year: number;
  value: number | null;
  unit: string;
}

export type Correction = {
  id: string;
  /** ISO timestamp of the decision. */
  at: string;
  snapshot?: RecordSnapshot;
} & ({ action: "accept" } | { action: "reject" } | { action: "edit"; fields: RecordEdit });

export interface ImportedDocument {
  doc: string;
  /** File name or "pasted text" as the user gave it. */
  name: string;
  /** Original text, kept so that the document can be re-extracted and passages shown. */
  text?: string;
  /** The region the user chose or confirmed; overrides what the extractor read. */
  region?: RegionInfo;
  importedAt: string;
  info: DocumentInfo;
  records: IndicatorRecord[];
}

/** A figure the user keeps (an actual) outside any document. */
export interface UserActual {
  region_id: string;
  indicator_id: string;
  year: number;
  value: number;
  unit: string;
  note?: string;
}

export interface UserData {
  format: typeof USER_DATA_FORMAT;
  formatVersion: typeof USER_DATA_VERSION;
  /** One per record id; the latest decision replaces an earlier one. */
  corrections: Correction[];
  importedDocuments: ImportedDocument[];
  /** Records from CSV files, keyed by their stable ids. */
  importedRecords: IndicatorRecord[];
  actuals?: UserActual[];
  /**
   * Stored entries that failed validation (a record with an impossible year …), kept as they were so that
   * nothing is lost, and shown to the user; they take no part in the data.
   */
  setAside?: SetAsideEntry[];
}

export function emptyUserData(): UserData {
  return {
    format: USER_DATA_FORMAT,
    formatVersion: USER_DATA_VERSION,
    corrections: [],
    importedDocuments: [],
    importedRecords: [],
  };
}

export function snapshotOf(r: IndicatorRecord): RecordSnapshot {
  return { doc: r.doc, region: r.region, indicator: r.indicator, year: r.year, value: r.value, unit: r.unit };
}

// ---------------------------------------------------------------------------------------------------------
// Immutable updates (the caller persists the result; the previous object stays valid until it does).

export function setCorrection(user: UserData, correction: Correction): UserData {
  const corrections = user.corrections.filter((c) => c.id !== correction.id);
  corrections.push(correction);
  return { ...user, corrections };
}

export function removeCorrection(user: UserData, id: string): UserData {
  return { ...user, corrections: user.corrections.filter((c) => c.id !== id) };
}

/** Adds or replaces (same doc id) an imported document. */
export function putImportedDocument(user: UserData, doc: ImportedDocument): UserData {
  return { ...user, importedDocuments: [...user.importedDocuments.filter((d) => d.doc !== doc.doc), doc] };
}

export function removeImportedDocument(user: UserData, doc: string): UserData {
  return { ...user, importedDocuments: user.importedDocuments.filter((d) => d.doc !== doc) };
}

/** Adds records, replacing any with the same id (importing the same CSV twice does not duplicate). */
export function putImportedRecords(user: UserData, records: readonly IndicatorRecord[]): UserData {
  const ids = new Set(records.map((r) => r.id));
  return { ...user, importedRecords: [...user.importedRecords.filter((r) => !ids.has(r.id)), ...records] };
}

/** A team member's file merged into ours: theirs wins per record id / document id. */
export function mergeUserData(ours: UserData, theirs: UserData): UserData {
  let merged = putImportedRecords(ours, theirs.importedRecords);
  for (const doc of theirs.importedDocuments) merged = putImportedDocument(merged, doc);
  for (const c of theirs.corrections) merged = setCorrection(merged, c);
  if (theirs.actuals?.length) {
    const key = (a: UserActual) => `${a.region_id}|${a.indicator_id}|${a.year}`;
    const keys = new Set(theirs.actuals.map(key));
    merged = {
      ...merged,
      actuals: [...(merged.actuals ?? []).filter((a) => !keys.has(key(a))), ...theirs.actuals],
    };
  }
  return merged;
}

/**
 * Our changes since `base` replayed on `theirs` (data another pane or co-author saved meanwhile), by record
 * id, document id and actual: what we added or changed replaces theirs, what we removed goes, and
 * everything else they have stays. Used when a save finds a newer revision than the one it started from.
 */
export function mergeConcurrent(base: UserData, ours: UserData, theirs: UserData): UserData {
  const actualKey = (a: UserActual) => `${a.region_id}|${a.indicator_id}|${a.year}`;
  const asideKey = (e: SetAsideEntry) => `${e.where}|${JSON.stringify(e.entry)}`;
  const actuals = replay(base.actuals ?? [], ours.actuals ?? [], theirs.actuals ?? [], actualKey);
  const setAside = replay(base.setAside ?? [], ours.setAside ?? [], theirs.setAside ?? [], asideKey);
  const merged: UserData = {
    ...theirs,
    corrections: replay(base.corrections, ours.corrections, theirs.corrections, (c) => c.id),
    importedDocuments: replay(
      base.importedDocuments,
      ours.importedDocuments,
      theirs.importedDocuments,
      (d) => d.doc,
    ),
    importedRecords: replay(base.importedRecords, ours.importedRecords, theirs.importedRecords, (r) => r.id),
  };
  if (actuals.length > 0 || theirs.actuals) merged.actuals = actuals;
  if (setAside.length > 0) merged.setAside = setAside;
  else delete merged.setAside;
  return merged;
}

function replay<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (t: T) => string): T[] {
  const before = new Map(base.map((x) => [key(x), JSON.stringify(x)]));
  const mine = new Map(ours.map((x) => [key(x), x]));
  const result = new Map(theirs.map((x) => [key(x), x]));
  for (const [k, x] of mine) if (before.get(k) !== JSON.stringify(x)) result.set(k, x);
  for (const k of before.keys()) if (!mine.has(k)) result.delete(k);
  return [...result.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Applying user data to the built-in dataset.

export interface ApplyReport {
  dataset: Dataset;
  /** Corrections whose record no longer exists (kept in UserData, shown to the user). */
  orphans: Correction[];
  /** Corrections whose record id changed (a re-extraction read the value differently), matched again. */
  reattached: { id: string; to: string }[];
  applied: number;
  rejected: number;
}

/** Confidence of a record a person has checked: reviewed records sort after unreviewed ones. */
const REVIEWED_CONFIDENCE = 1;
const USER_ACTUALS_DOC = "user-actuals";

function applyEdit(record: IndicatorRecord, fields: RecordEdit): IndicatorRecord {
  const out: IndicatorRecord = { ...record, confidence: REVIEWED_CONFIDENCE };
  if (fields.value !== undefined) out.value = fields.value;
  if (fields.value_max === null) delete out.value_max;
  else if (fields.value_max !== undefined) out.value_max = fields.value_max;
  if (fields.unit !== undefined) out.unit = fields.unit;
  if (fields.year !== undefined) {
    out.year = fields.year;
    delete out.year_inferred;
  }
  if (fields.qualifier !== undefined) out.qualifier = fields.qualifier;
  if (fields.indicator !== undefined) {
    out.indicator = fields.indicator;
    out.indicator_id = fields.indicator_id ?? indicatorIdFor(fields.indicator).id;
  } else if (fields.indicator_id !== undefined) {
    out.indicator_id = fields.indicator_id;
  }
  return out;
}

function withRegion(record: IndicatorRecord, region: RegionInfo | undefined): IndicatorRecord {
  if (!region || record.region_id === region.id) return record;
  return { ...record, region: region.name, region_id: region.id, region_en: region.name_en };
}

function actualRecord(a: UserActual, region: RegionInfo | undefined): IndicatorRecord {
  const id = `${USER_ACTUALS_DOC}-${a.region_id}-${a.indicator_id}-${a.year}`;
  return {
    id,
    doc: USER_ACTUALS_DOC,
    region: region?.name ?? a.region_id,
    region_id: a.region_id,
    region_en: region?.name_en ?? a.region_id,
    indicator: a.indicator_id,
    indicator_id: a.indicator_id,
    kind: "actual",
    measure: "level",
    year: a.year,
    value: a.value,
    unit: a.unit,
    qualifier: "=",
    source: "table",
    quote: a.note ?? "",
    start: 0,
    end: 0,
    confidence: REVIEWED_CONFIDENCE,
  };
}

/**
 * For a correction whose record id is gone: the one uncorrected record of the same document, indicator
 * wording, year and unit as the corrected record was (its snapshot), if exactly one exists. Record ids
 * depend on what the extractor read, so fixing the extractor can change the id of the very record the
 * user corrected; a unique match on what identifies the statement finds it again. Each record is claimed
 * at most once; without a snapshot, or with several candidates, the correction stays an orphan.
 */
function successorFinder(
  byId: ReadonlyMap<string, IndicatorRecord>,
  corrections: readonly Correction[],
): (c: Correction) => IndicatorRecord | undefined {
  let index: Map<string, IndicatorRecord[]> | undefined;
  const key = (doc: string, indicator: string, year: number, unit: string) =>
    `${doc}\u0001${indicator}\u0001${year}\u0001${unit}`;
  const claimed = new Set(corrections.map((c) => c.id));
  return (c) => {
    const s = c.snapshot;
    if (!s) return undefined;
    if (!index) {
      index = new Map();
      for (const r of byId.values()) {
        if (claimed.has(r.id)) continue;
        const k = key(r.doc, r.indicator, r.year, r.unit);
        index.set(k, [...(index.get(k) ?? []), r]);
      }
    }
    const candidates = (index.get(key(s.doc, s.indicator, s.year, s.unit)) ?? []).filter(
      (r) => !claimed.has(r.id),
    );
    if (candidates.length !== 1) return undefined;
    claimed.add(candidates[0].id);
    return candidates[0];
  };
}

/**
 * The dataset the add-in works with: built-in records, plus imported documents (an imported document with
 * the id of a built-in one replaces it), plus CSV records and actuals, with every correction applied.
 */
export function applyUserDataWithReport(builtin: Dataset, user: UserData): ApplyReport {
  const importedDocIds = new Set(user.importedDocuments.map((d) => d.doc));
  const records: IndicatorRecord[] = builtin.records.filter((r) => !importedDocIds.has(r.doc));
  const documents: DocumentInfo[] = builtin.documents.filter((d) => !importedDocIds.has(d.doc));
  const regions = new Map(builtin.regions.map((r) => [r.id, r]));

  for (const imported of user.importedDocuments) {
    const region = imported.region;
    if (region && !regions.has(region.id)) regions.set(region.id, region);
    documents.push(
      region
        ? { ...imported.info, region: region.name, region_id: region.id, region_en: region.name_en }
        : imported.info,
    );
    for (const r of imported.records) records.push(withRegion(r, region));
  }
  records.push(
    ...user.importedRecords,
    ...(user.actuals ?? []).map((a) => actualRecord(a, regions.get(a.region_id))),
  );

  // Later sources win on an id clash (a CSV row re-importing a record replaces it).
  const byId = new Map<string, IndicatorRecord>();
  for (const r of records) byId.set(r.id, r);

  const orphans: Correction[] = [];
  const reattached: { id: string; to: string }[] = [];
  const findSuccessor = successorFinder(byId, user.corrections);
  let applied = 0;
  let rejected = 0;
  for (const c of user.corrections) {
    let record = byId.get(c.id);
    if (!record) {
      record = findSuccessor(c);
      if (!record) {
        orphans.push(c);
        continue;
      }
      reattached.push({ id: c.id, to: record.id });
    }
    applied++;
    if (c.action === "reject") {
      byId.delete(record.id);
      rejected++;
    } else if (c.action === "accept") {
      byId.set(record.id, { ...record, confidence: REVIEWED_CONFIDENCE });
    } else {
      byId.set(record.id, applyEdit(record, c.fields));
    }
  }

  const finalRecords = [...byId.values()];
  const counts = new Map<string, number>();
  for (const r of finalRecords) counts.set(r.doc, (counts.get(r.doc) ?? 0) + 1);
  const dataset: Dataset = {
    version: builtin.version,
    documents: documents.map((d) => ({ ...d, records: counts.get(d.doc) ?? 0 })),
    regions: [...regions.values()],
    records: finalRecords,
  };
  return { dataset, orphans, reattached, applied, rejected };
}

export function applyUserData(builtin: Dataset, user: UserData): Dataset {
  return applyUserDataWithReport(builtin, user).dataset;
}

/** Review order: least confident first, then by document and position in it. */
export function reviewOrder(records: readonly IndicatorRecord[]): IndicatorRecord[] {
  return [...records].sort(
    (a, b) => a.confidence - b.confidence || a.doc.localeCompare(b.doc) || a.start - b.start,
  );
}
