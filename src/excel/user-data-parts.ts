/**
 * The layout of the user's data in the workbook's custom XML parts, pure (no Excel): one revision of the
 * data is one JSON text cut into parts of at most 1 MB of XML (Excel on the web refuses requests over about
 * 5 MB, and escaping makes XML larger than its text). Every part names its revision, writer, position,
 * the number of parts and the checksum and length of the whole text, so that a load reassembles a revision
 * and checks it before trusting it. Parts are read with a real XML parser (@xmldom/xmldom): namespace
 * prefixes, CDATA and single quotes are all fine. The store that reads and writes them is
 * user-data-store.ts.
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import {
  emptyUserData,
  readUserData,
  serializeUserData,
  UserDataError,
  type SetAsideEntry,
  type UserData,
} from "../model/corrections";
import type { LoadResult } from "../model/user-data-session";
import { notice, NoticeError, type Notice } from "../model/notice";

export const USER_DATA_NAMESPACE = "urn:plan-indicators:user-data";
const ROOT = "userData";
/** Version of the storage layout (parts, checksum), not of the data inside (USER_DATA_VERSION). */
export const STORAGE_VERSION = 2;

/** A save the store refused or could not make; worded by a notice (the pane words it in its language). */
export class UserDataStoreError extends NoticeError {
  override name = "UserDataStoreError";
}

/** Largest part, in UTF-8 bytes of XML: far below Excel on the web's 5 MB request limit. */
export const MAX_PART_BYTES = 1_000_000;
/** Largest total the add-in keeps in a workbook (every open and save carries it). */
export const MAX_TOTAL_BYTES = 16_000_000;
/** Room for the root element and its attributes in every part. */
const PART_OVERHEAD = 400;

export interface FitOptions {
  maxTotalBytes?: number;
  maxPartBytes?: number;
  writer?: string;
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** FNV-1a over the UTF-16 code units: cheap, and enough to tell a reassembly went wrong. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5 | 0; // kept a 32-bit integer throughout: a double here makes the loop 50x slower
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** U+FFFE/U+FFFF are legal in JSON strings but not in XML: write them as JSON escapes. */
function xmlSafeJson(user: UserData): string {
  return serializeUserData(user).replace(/[\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const escapeXml = (text: string) => text.replace(/[&<>]/g, (ch) => ESCAPES[ch]!);

/** UTF-8 bytes of one UTF-16 code unit once escaped (a surrogate pair counts 2 + 2). */
function escapedBytes(code: number): number {
  if (code === 0x26) return 5;
  if (code === 0x3c || code === 0x3e) return 4;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}

/** Cuts `text` where each piece's escaped XML stays within `budget` bytes, never inside a surrogate pair. */
export function cutText(text: string, budget: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const cost = escapedBytes(code) + (pair ? escapedBytes(text.charCodeAt(i + 1)) : 0);
    if (size + cost > budget && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      size = 0;
    }
    size += cost;
    if (pair) i++;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** The parts of one revision of `user`. */
export function toParts(
  user: UserData,
  revision: number,
  writer = "",
  maxPartBytes = MAX_PART_BYTES,
): string[] {
  const json = xmlSafeJson(user);
  const pieces = cutText(json, maxPartBytes - PART_OVERHEAD);
  const sum = checksum(json);
  return pieces.map(
    (piece, i) =>
      `<?xml version="1.0" encoding="UTF-8"?><${ROOT} xmlns="${USER_DATA_NAMESPACE}" storage="${STORAGE_VERSION}" ` +
      `revision="${revision}" writer="${writer}" part="${i}" parts="${pieces.length}" checksum="${sum}" ` +
      `length="${json.length}">${escapeXml(piece)}</${ROOT}>`,
  );
}

/**
 * The parts to store, within the total limit: if the data is too large, the full texts of imported
 * documents are left out, largest first (records and quotes stay, so nothing the functions use is lost).
 * Throws when even the records do not fit.
 */
export function fitForWorkbook(
  user: UserData,
  revision: number,
  options: FitOptions = {},
): { parts: string[]; stored: UserData; textsDropped: string[] } {
  const { maxTotalBytes = MAX_TOTAL_BYTES, maxPartBytes = MAX_PART_BYTES, writer = "" } = options;
  const build = (data: UserData) => toParts(data, revision, writer, maxPartBytes);
  const total = (parts: string[]) => parts.reduce((sum, part) => sum + utf8Length(part), 0);
  let stored = user;
  let parts = build(stored);
  const textsDropped: string[] = [];
  const withText = user.importedDocuments
    .filter((d) => d.text)
    .sort((a, b) => (b.text?.length ?? 0) - (a.text?.length ?? 0));
  for (const doc of withText) {
    if (total(parts) <= maxTotalBytes) break;
    textsDropped.push(doc.doc);
    stored = {
      ...stored,
      importedDocuments: stored.importedDocuments.map((d) => {
        if (d.doc !== doc.doc) return d;
        const { text: _dropped, ...rest } = d;
        return rest;
      }),
    };
    parts = build(stored);
  }
  const size = total(parts);
  if (size > maxTotalBytes) {
    const values = { size: (size / 1e6).toFixed(1), limit: (maxTotalBytes / 1e6).toFixed(1) };
    throw new UserDataStoreError(
      notice(
        "too-large",
        `The corrections and imported records are too large to keep in the workbook ` +
          `(${values.size} MB; the limit is ${values.limit} MB). Nothing was changed; ` +
          `remove some imported documents or CSV records and try again.`,
        values,
      ),
    );
  }
  return { parts, stored, textsDropped };
}

// ---------------------------------------------------------------------------------------------------------
// Reading: parts → revisions → the current data.

/** One part as read; never throws. Parts written before the layout had parts are one-part revisions. */
export type PartReading =
  | {
      kind: "part";
      revision: number;
      writer: string;
      index: number;
      count: number;
      checksum?: string;
      length?: number;
      text: string;
    }
  | { kind: "newer-layout"; revision: number }
  | { kind: "corrupt"; why: Notice; revision: number };

function wholeNumber(value: string | null, fallback?: number): number | undefined {
  if (value === null || value === "") return fallback;
  return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

export function readPart(xml: string): PartReading {
  let root: XmlElement | null;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    });
    root = parser.parseFromString(xml, "text/xml").documentElement;
  } catch (error) {
    const detail = (error as Error).message;
    return {
      kind: "corrupt",
      why: notice("xml", `not well-formed XML (${detail})`, { detail }),
      revision: 0,
    };
  }
  if (!root || root.localName !== ROOT || root.namespaceURI !== USER_DATA_NAMESPACE) {
    return {
      kind: "corrupt",
      why: notice("form", "the stored part is not in the expected form"),
      revision: 0,
    };
  }
  const revision = wholeNumber(root.getAttribute("revision"), 0);
  const storage = wholeNumber(root.getAttribute("storage"), 1);
  const index = wholeNumber(root.getAttribute("part"), 0);
  const count = wholeNumber(root.getAttribute("parts"), 1);
  const length = wholeNumber(root.getAttribute("length"));
  if (revision === undefined || storage === undefined || index === undefined || count === undefined) {
    return {
      kind: "corrupt",
      why: notice("attributes", "the stored part has malformed attributes"),
      revision: revision ?? 0,
    };
  }
  if (storage > STORAGE_VERSION) return { kind: "newer-layout", revision };
  if (index >= count)
    return { kind: "corrupt", why: notice("range", "the stored part is out of range"), revision };
  return {
    kind: "part",
    revision,
    writer: root.getAttribute("writer") ?? "",
    index,
    count,
    checksum: root.getAttribute("checksum") || undefined,
    length,
    text: root.textContent ?? "",
  };
}

/** A revision as reassembled from its parts. */
export type Revision = { revision: number; writer: string } & (
  | { kind: "ok"; user: UserData; migratedFrom?: number; setAside?: SetAsideEntry[] }
  | { kind: "newer" | "corrupt" | "incomplete"; why: Notice }
);

export const keyOf = (r: { revision: number; writer: string }) => `${r.revision}\u0001${r.writer}`;

/** Reassembles and checks every revision found; damaged single parts become corrupt revisions. */
export function assemble(readings: readonly PartReading[]): Revision[] {
  const groups = new Map<string, Extract<PartReading, { kind: "part" }>[]>();
  const revisions: Revision[] = [];
  for (const r of readings) {
    if (r.kind === "part") {
      groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
    } else if (r.kind === "newer-layout") {
      revisions.push({ kind: "newer", revision: r.revision, writer: "", why: notice("newer", NEWER_LAYOUT) });
    } else {
      revisions.push({ kind: "corrupt", revision: r.revision, writer: "", why: r.why });
    }
  }
  for (const parts of groups.values()) revisions.push(assembleOne(parts));
  return revisions;
}

const NEWER_LAYOUT =
  "This workbook's saved data was written by a newer version of the add-in. Update the add-in to use it; " +
  "nothing has been changed.";

function assembleOne(parts: Extract<PartReading, { kind: "part" }>[]): Revision {
  const { revision, writer, count, checksum: sum, length } = parts[0]!;
  const byIndex = new Map(parts.map((p) => [p.index, p]));
  if (parts.some((p) => p.count !== count || p.checksum !== sum) || byIndex.size !== parts.length) {
    return { kind: "corrupt", revision, writer, why: notice("mismatch", "its parts do not belong together") };
  }
  if (byIndex.size < count) {
    const values = { found: byIndex.size, count };
    return {
      kind: "incomplete",
      revision,
      writer,
      why: notice("incomplete", `${byIndex.size} of ${count} parts found`, values),
    };
  }
  const text = Array.from({ length: count }, (_, i) => byIndex.get(i)!.text).join("");
  if ((length !== undefined && text.length !== length) || (sum !== undefined && checksum(text) !== sum)) {
    return {
      kind: "corrupt",
      revision,
      writer,
      why: notice("checksum", "its checksum does not match (a part was altered)"),
    };
  }
  try {
    return { kind: "ok", revision, writer, ...readUserData(JSON.parse(text), { lenient: true }) };
  } catch (error) {
    const detail = (error as Error).message;
    if (error instanceof UserDataError && error.code === "newer")
      return { kind: "newer", revision, writer, why: notice("newer", detail) };
    return { kind: "corrupt", revision, writer, why: notice("data", detail, { detail }) };
  }
}

const later = (a: { revision: number; writer: string }, b: { revision: number; writer: string }) =>
  b.revision - a.revision || (a.writer < b.writer ? 1 : a.writer > b.writer ? -1 : 0);

export interface StoredState extends LoadResult {
  /** The revision the data came from (compare-and-swap), if any. */
  current?: { revision: number; writer: string };
}

/** A load's message: the notice (for the pane) and its English text. */
const said = (n: Notice) => ({ notice: n, message: n.text });

export function summarise(revisions: readonly Revision[]): StoredState {
  const maxRevision = Math.max(0, ...revisions.map((r) => r.revision));
  const newer = revisions.find((r) => r.kind === "newer");
  if (newer && newer.kind === "newer") {
    return {
      status: "newer",
      user: emptyUserData(),
      ...said(notice("stored-newer", newer.why.text)),
      revision: maxRevision,
    };
  }
  const good = revisions.flatMap((r) => (r.kind === "ok" ? [r] : [])).sort(later);
  const damaged = revisions.find((r) => r.kind === "corrupt");
  if (good.length > 0) {
    const best = good[0]!;
    const aside = best.user.setAside ?? [];
    const reasons = aside.map((e) => e.reason.replace(/^user data: /, "")).join("; ");
    const setAside =
      aside.length > 0
        ? notice(
            "set-aside",
            `${aside.length} saved ${aside.length === 1 ? "entry" : "entries"} could not be used and ` +
              `${aside.length === 1 ? "was" : "were"} set aside (kept in the workbook): ${reasons}. ` +
              "Everything else was read.",
            { count: aside.length, reasons },
          )
        : undefined;
    return {
      status: "ok",
      user: best.user,
      migratedFrom: best.migratedFrom,
      revision: maxRevision,
      current: { revision: best.revision, writer: best.writer },
      ...(setAside ? said(setAside) : {}),
    };
  }
  if (damaged && damaged.kind === "corrupt") {
    return {
      status: "corrupt",
      user: emptyUserData(),
      revision: maxRevision,
      ...said(
        notice(
          `unreadable-${damaged.why.code}`,
          `The add-in's saved corrections in this workbook cannot be read (${damaged.why.text}). ` +
            "They have been left in the workbook untouched; new changes are saved alongside them.",
          damaged.why.values,
        ),
      ),
    };
  }
  return { status: "empty", user: emptyUserData(), revision: maxRevision };
}

/** What a load finds in these parts' XML (pure: tests, and tools reading a saved workbook). */
export function readStored(xmls: readonly string[]): StoredState {
  return summarise(assemble(xmls.map(readPart)));
}
