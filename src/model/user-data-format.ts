/**
 * The stored and exported form of the user's data: JSON with a format marker and version, older versions
 * migrated on the way in, then validated. Two ways to validate:
 * - strict (a team file the user imports): the first bad entry rejects the file, naming the entry, and
 *   nothing changes;
 * - entry by entry (the workbook's own saved data): valid entries are kept, each invalid one is set aside
 *   as it was (kept in `setAside`, so a later save does not lose it) and reported, so that one bad record
 *   never makes every earlier correction unreadable.
 */
import { isPlanYear, type Qualifier } from "../record";
import type { Correction, ImportedDocument, RecordEdit, UserData } from "./corrections";

export const USER_DATA_FORMAT = "plan-indicators/user-data";
export const USER_DATA_VERSION = 2;

export type UserDataErrorCode = "not-json" | "not-user-data" | "newer" | "invalid";

export class UserDataError extends Error {
  constructor(
    readonly code: UserDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "UserDataError";
  }
}

/** An entry of stored data that failed validation, kept untouched. */
export interface SetAsideEntry {
  /** Where it was: `importedRecords[3]`, `importedDocuments[0].records[7]` … */
  where: string;
  /** Why it was set aside. */
  reason: string;
  entry: unknown;
}

export function serializeUserData(user: UserData): string {
  return JSON.stringify(user, null, 1);
}

/**
 * Version 1 kept corrections as an object keyed by record id with the edited fields inline, and imported
 * documents under `documents`; it had no CSV records.
 */
interface UserDataV1 {
  format: typeof USER_DATA_FORMAT;
  formatVersion: 1;
  corrections: Record<string, { action: "accept" | "reject" | "edit"; at?: string } & RecordEdit>;
  documents?: ImportedDocument[];
}

const EPOCH = "1970-01-01T00:00:00.000Z";
const EDIT_KEYS = ["value", "value_max", "unit", "year", "qualifier", "indicator", "indicator_id"] as const;

function migrateV1(v1: UserDataV1): UserData {
  const corrections: Correction[] = [];
  const entries = asObject(v1.corrections, "corrections") as UserDataV1["corrections"];
  for (const [id, entry] of Object.entries(entries)) {
    const at = typeof entry?.at === "string" ? entry.at : EPOCH;
    if (entry?.action === "edit") {
      const fields: RecordEdit = {};
      for (const key of EDIT_KEYS) if (entry[key] !== undefined) Object.assign(fields, { [key]: entry[key] });
      corrections.push({ id, at, action: "edit", fields });
    } else {
      corrections.push({ id, at, action: entry?.action } as Correction);
    }
  }
  return {
    format: USER_DATA_FORMAT,
    formatVersion: USER_DATA_VERSION,
    corrections,
    importedDocuments: v1.documents ?? [],
    importedRecords: [],
  };
}

/** Migrations from each older version to the next; a new version adds one entry here. */
const MIGRATIONS: Record<number, (old: never) => unknown> = {
  1: migrateV1 as (old: never) => unknown,
};

function invalid(path: string, what: string): never {
  throw new UserDataError("invalid", `user data: ${path}: ${what}`);
}

function asObject(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) invalid(path, "expected an object");
  return v as Record<string, unknown>;
}

function asArray(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) invalid(path, "expected a list");
  return v;
}

function checkString(o: Record<string, unknown>, key: string, path: string, optional = false): void {
  if (optional && o[key] === undefined) return;
  if (typeof o[key] !== "string") invalid(`${path}.${key}`, "expected text");
}

function checkNumber(o: Record<string, unknown>, key: string, path: string, nullable = false): void {
  const v = o[key];
  if (nullable && v === null) return;
  if (typeof v !== "number" || !Number.isFinite(v)) invalid(`${path}.${key}`, "expected a number");
}

const QUALIFIERS: readonly Qualifier[] = ["=", "~", ">=", ">", "<=", "<"];
const KINDS = ["target", "actual", "estimate"];
const MEASURES = ["level", "growth", "change"];

function checkYear(v: unknown, path: string): void {
  if (!isPlanYear(v)) invalid(path, "expected a year");
}

function checkRecord(v: unknown, path: string): void {
  const r = asObject(v, path);
  for (const key of ["id", "doc", "region", "region_id", "indicator", "indicator_id", "unit", "quote"]) {
    checkString(r, key, path);
  }
  if (!KINDS.includes(r.kind as string)) invalid(`${path}.kind`, `expected one of ${KINDS.join(", ")}`);
  if (!MEASURES.includes(r.measure as string))
    invalid(`${path}.measure`, `expected one of ${MEASURES.join(", ")}`);
  if (!QUALIFIERS.includes(r.qualifier as Qualifier)) invalid(`${path}.qualifier`, "unknown qualifier");
  checkYear(r.year, `${path}.year`);
  checkNumber(r, "value", path, true);
  for (const key of ["start", "end", "confidence"]) checkNumber(r, key, path);
}

function checkEdit(v: unknown, path: string): void {
  const f = asObject(v, path);
  if (f.value !== undefined) checkNumber(f, "value", path, true);
  if (f.value_max !== undefined) checkNumber(f, "value_max", path, true);
  if (f.year !== undefined) checkYear(f.year, `${path}.year`);
  if (f.qualifier !== undefined && !QUALIFIERS.includes(f.qualifier as Qualifier)) {
    invalid(`${path}.qualifier`, "unknown qualifier");
  }
  for (const key of ["unit", "indicator", "indicator_id"]) checkString(f, key, path, true);
}

function checkCorrection(v: unknown, path: string): void {
  const c = asObject(v, path);
  checkString(c, "id", path);
  checkString(c, "at", path);
  if (c.action === "edit") checkEdit(c.fields, `${path}.fields`);
  else if (c.action !== "accept" && c.action !== "reject")
    invalid(`${path}.action`, "expected accept, edit or reject");
}

function checkActual(v: unknown, path: string): void {
  const actual = asObject(v, path);
  for (const key of ["region_id", "indicator_id", "unit"]) checkString(actual, key, path);
  checkYear(actual.year, `${path}.year`);
  checkNumber(actual, "value", path);
}

/** Checks entries one by one: strict throws at the first bad one, lenient sets it aside and goes on. */
class Checker {
  readonly setAside: SetAsideEntry[] = [];
  constructor(private readonly lenient: boolean) {}

  keep(list: unknown[], path: (i: number) => string, check: (v: unknown, path: string) => void): unknown[] {
    return list.filter((entry, i) => {
      try {
        check(entry, path(i));
        return true;
      } catch (error) {
        if (!this.lenient || !(error instanceof UserDataError)) throw error;
        this.setAside.push({ where: path(i), reason: error.message, entry });
        return false;
      }
    });
  }

  /** A document's own fields are checked as one entry; its records one by one. */
  document(v: unknown, path: string): unknown {
    const d = asObject(v, path);
    checkString(d, "doc", path);
    checkString(d, "name", path);
    checkString(d, "text", path, true);
    checkString(d, "importedAt", path);
    const info = asObject(d.info, `${path}.info`);
    checkString(info, "doc", `${path}.info`);
    if (d.region !== undefined) {
      const region = asObject(d.region, `${path}.region`);
      for (const key of ["id", "name", "name_en"]) checkString(region, key, `${path}.region`);
      if (!Array.isArray(region.aliases)) invalid(`${path}.region.aliases`, "expected a list");
    }
    const records = this.keep(
      asArray(d.records, `${path}.records`),
      (i) => `${path}.records[${i}]`,
      checkRecord,
    );
    return records.length === (d.records as unknown[]).length ? d : { ...d, records };
  }
}

function previouslySetAside(v: unknown): SetAsideEntry[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (e): e is SetAsideEntry =>
      typeof e === "object" && e !== null && typeof e.where === "string" && typeof e.reason === "string",
  );
}

function checkCurrent(v: unknown, lenient: boolean): UserData {
  const o = asObject(v, "root");
  const checker = new Checker(lenient);
  const corrections = checker.keep(
    asArray(o.corrections, "corrections"),
    (i) => `corrections[${i}]`,
    checkCorrection,
  );
  const documents: unknown[] = [];
  checker.keep(
    asArray(o.importedDocuments, "importedDocuments"),
    (i) => `importedDocuments[${i}]`,
    (d, path) => documents.push(checker.document(d, path)),
  );
  const records = checker.keep(
    asArray(o.importedRecords, "importedRecords"),
    (i) => `importedRecords[${i}]`,
    checkRecord,
  );
  const actuals =
    o.actuals === undefined
      ? undefined
      : checker.keep(asArray(o.actuals, "actuals"), (i) => `actuals[${i}]`, checkActual);
  const setAside = [...previouslySetAside(o.setAside), ...checker.setAside];
  if (setAside.length === 0 && !("setAside" in o)) return o as unknown as UserData;
  const user = {
    ...o,
    corrections,
    importedDocuments: documents,
    importedRecords: records,
    ...(actuals ? { actuals } : {}),
  } as unknown as UserData;
  if (setAside.length > 0) user.setAside = setAside;
  else delete user.setAside;
  return user;
}

export interface ReadOptions {
  /** Keep what is valid and set the rest aside (the workbook's own data) instead of rejecting it all. */
  lenient?: boolean;
}

export interface ReadResult {
  user: UserData;
  migratedFrom?: number;
  /** Entries set aside by this reading (lenient only). */
  setAside?: SetAsideEntry[];
}

/**
 * Reads user data from parsed JSON: checks the marker, migrates older versions step by step, validates.
 * Throws UserDataError (code "newer" for a file from a later add-in version) naming the offending entry;
 * with `lenient`, only for a file that is not user data at all or whose lists are not lists.
 */
export function readUserData(json: unknown, options: ReadOptions = {}): ReadResult {
  if (
    typeof json !== "object" ||
    json === null ||
    (json as { format?: unknown }).format !== USER_DATA_FORMAT
  ) {
    throw new UserDataError("not-user-data", "This is not a Plan Indicators user-data file.");
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new UserDataError("invalid", "user data: formatVersion: expected a whole number");
  }
  if (version > USER_DATA_VERSION) {
    throw new UserDataError(
      "newer",
      `This data was saved by a newer version of the add-in (format ${version}; this version reads up to ` +
        `${USER_DATA_VERSION}). Update the add-in to use it; nothing has been changed.`,
    );
  }
  let current: unknown = json;
  for (let v = version; v < USER_DATA_VERSION; v++) current = MIGRATIONS[v](current as never);
  const before = previouslySetAside((current as { setAside?: unknown }).setAside).length;
  const user = checkCurrent(current, options.lenient ?? false);
  const setAside = (user.setAside ?? []).slice(before);
  return {
    user,
    ...(version === USER_DATA_VERSION ? {} : { migratedFrom: version }),
    ...(setAside.length > 0 ? { setAside } : {}),
  };
}

export function parseUserData(text: string, options: ReadOptions = {}): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UserDataError("not-json", `The file is not valid JSON (${(error as Error).message}).`);
  }
  return readUserData(json, options);
}
