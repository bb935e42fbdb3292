/**
 * Keeps the user's data (corrections, imported documents, CSV records) inside the workbook as one custom XML
 * part in the add-in's own namespace, so that a colleague opening the workbook sees the same numbers.
 *
 * Saving never leaves the workbook without a good copy: the new part is written first, and only after that
 * succeeded are the older parts removed. If the removal fails, the next load picks the part with the highest
 * revision. A part this version cannot read (newer format, damaged) is never deleted: a newer one blocks
 * saving (the newer add-in's data must not be forked); a damaged one is left in place beside the new part.
 */
import {
  emptyUserData,
  readUserData,
  serializeUserData,
  UserDataError,
  type UserData,
} from "../model/corrections";
import type { LoadResult, UserDataStorage } from "../model/user-data-session";

export const USER_DATA_NAMESPACE = "urn:plan-indicators:user-data";
const ROOT = "userData";

export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class UserDataStoreError extends Error {
  override name = "UserDataStoreError";
}

/**
 * Largest part written, in UTF-8 bytes. Excel on the web refuses requests over 5 MB; the rest of a save's
 * request needs little room.
 */
export const MAX_PART_BYTES = 4_500_000;

export interface SaveResult {
  revision: number;
  /** What was stored: the data given, less the full texts that had to be left out to fit. */
  stored: UserData;
  /** Documents whose full text was left out (their records and quotes are kept). */
  textsDropped: string[];
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * The data to store, within `maxBytes`: if it is too large, the full texts of imported documents are left
 * out, largest first (records and quotes stay, so nothing the functions use is lost). Throws when even the
 * records do not fit.
 */
export function fitForWorkbook(
  user: UserData,
  revision: number,
  maxBytes = MAX_PART_BYTES,
): { xml: string; stored: UserData; textsDropped: string[] } {
  let stored = user;
  let xml = toXml(stored, revision);
  const textsDropped: string[] = [];
  const withText = user.importedDocuments
    .filter((d) => d.text)
    .sort((a, b) => (b.text?.length ?? 0) - (a.text?.length ?? 0));
  for (const doc of withText) {
    if (utf8Length(xml) <= maxBytes) break;
    textsDropped.push(doc.doc);
    stored = {
      ...stored,
      importedDocuments: stored.importedDocuments.map((d) => {
        if (d.doc !== doc.doc) return d;
        const { text: _dropped, ...rest } = d;
        return rest;
      }),
    };
    xml = toXml(stored, revision);
  }
  const size = utf8Length(xml);
  if (size > maxBytes) {
    throw new UserDataStoreError(
      `The corrections and imported records are too large to keep in the workbook ` +
        `(${(size / 1e6).toFixed(1)} MB; the limit is ${(maxBytes / 1e6).toFixed(1)} MB). Nothing was changed; ` +
        `remove some imported documents or CSV records and try again.`,
    );
  }
  return { xml, stored, textsDropped };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_m, code: string) =>
      String.fromCodePoint(code[0].toLowerCase() === "x" ? parseInt(code.slice(1), 16) : Number(code)),
    )
    .replace(/&amp;/g, "&");
}

/** U+FFFE/U+FFFF are legal in JSON strings but not in XML: write them as JSON escapes. */
function xmlSafeJson(user: UserData): string {
  return serializeUserData(user).replace(/[\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

export function toXml(user: UserData, revision: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<${ROOT} xmlns="${USER_DATA_NAMESPACE}" revision="${revision}">${escapeXml(xmlSafeJson(user))}</${ROOT}>`
  );
}

type PartReading =
  | { kind: "ok"; user: UserData; revision: number; migratedFrom?: number }
  | { kind: "newer" | "corrupt"; message: string; revision: number };

/** Reads one part's XML; never throws. */
export function readPart(xml: string): PartReading {
  const match = new RegExp(`<${ROOT}\\b([^>]*)>([\\s\\S]*)</${ROOT}>\\s*$`).exec(xml);
  const revision = Number(/\brevision="(\d+)"/.exec(match?.[1] ?? "")?.[1] ?? 0);
  if (!match) return { kind: "corrupt", message: "the stored part is not in the expected form", revision };
  try {
    const json: unknown = JSON.parse(unescapeXml(match[2]));
    return { kind: "ok", revision, ...readUserData(json) };
  } catch (error) {
    if (error instanceof UserDataError && error.code === "newer")
      return { kind: "newer", message: error.message, revision };
    return { kind: "corrupt", message: (error as Error).message, revision };
  }
}

interface StoredPart {
  part: Excel.CustomXmlPart;
  reading: PartReading;
}

async function readParts(context: Excel.RequestContext): Promise<StoredPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(USER_DATA_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xmls = parts.items.map((part) => ({ part, xml: part.getXml() }));
  if (xmls.length > 0) await context.sync();
  return xmls.map(({ part, xml }) => ({ part, reading: readPart(xml.value) }));
}

function summarise(parts: StoredPart[]): LoadResult {
  const newer = parts.find((p) => p.reading.kind === "newer");
  if (newer && newer.reading.kind === "newer") {
    return {
      status: "newer",
      user: emptyUserData(),
      message: newer.reading.message,
      revision: newer.reading.revision,
    };
  }
  const good = parts
    .flatMap((p) => (p.reading.kind === "ok" ? [p.reading] : []))
    .sort((a, b) => b.revision - a.revision);
  const maxRevision = Math.max(0, ...parts.map((p) => p.reading.revision));
  if (good.length > 0) {
    const best = good[0];
    return { status: "ok", user: best.user, migratedFrom: best.migratedFrom, revision: maxRevision };
  }
  const damaged = parts.find((p) => p.reading.kind === "corrupt");
  if (damaged && damaged.reading.kind === "corrupt") {
    return {
      status: "corrupt",
      user: emptyUserData(),
      revision: maxRevision,
      message:
        `The add-in's saved corrections in this workbook cannot be read (${damaged.reading.message}). ` +
        "They have been left in the workbook untouched; new changes are saved alongside them.",
    };
  }
  return { status: "empty", user: emptyUserData(), revision: 0 };
}

const defaultRun: RunExcel = (batch) => Excel.run(batch);

/** Custom XML parts in Excel need ExcelApi 1.5 (Excel 2016 and later, Excel on the web). */
export function canStoreInWorkbook(): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.5");
  } catch {
    return false;
  }
}

/** Loads and saves UserData in the workbook; saves run one at a time, in the order requested. */
export class WorkbookUserDataStore implements UserDataStorage {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly run: RunExcel = defaultRun) {}

  /** Reads the stored data (start-up, or after another user's change). Never destroys anything. */
  load(): Promise<LoadResult> {
    return this.run(async (context) => summarise(await readParts(context)));
  }

  /**
   * Stores `user` as a new revision, then removes the revisions it replaces. Rejects (and changes nothing)
   * when the workbook holds data from a newer add-in version, when the data cannot fit even without full
   * document texts, or when Excel fails before the write.
   */
  save(user: UserData): Promise<SaveResult> {
    const next = this.queue.then(() => this.saveNow(user));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private saveNow(user: UserData): Promise<SaveResult> {
    return this.run(async (context) => {
      const parts = await readParts(context);
      const state = summarise(parts);
      if (state.status === "newer")
        throw new UserDataStoreError(state.message ?? "newer data in the workbook");
      const revision = state.revision + 1;
      const { xml, stored, textsDropped } = fitForWorkbook(user, revision);
      context.workbook.customXmlParts.add(xml);
      await context.sync();
      // The new revision is stored; only now may the ones it replaces go. Damaged parts stay for recovery.
      const replaced = parts.filter((p) => p.reading.kind === "ok");
      for (const p of replaced) p.part.delete();
      if (replaced.length > 0) await context.sync();
      return { revision, stored, textsDropped };
    });
  }
}
