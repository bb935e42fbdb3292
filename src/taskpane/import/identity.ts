/**
 * A document's identity: is the one being imported already in the data? The same text (whitespace aside)
 * or the same title for the same region is the same document, whatever file name it came under. The user
 * then chooses to replace the one in the data (the import takes its document id, so its record ids, and
 * with them the corrections, stay the same) or to keep both (the import gets a document id of its own).
 */
import { stableHash } from "../../extract/lexicon";
import type { ImportedDocument } from "../../model/corrections";
import type { DocumentInfo, IndicatorRecord } from "../../record";

export interface KnownDocument {
  doc: string;
  title: string;
  region_id: string;
  /** The region's Chinese name (an import's region id is only settled when the user confirms it). */
  region: string;
  /** Hash of the text, for imported documents (the built-in documents' texts are not in the pane). */
  textHash?: string;
}

export interface SameDocument {
  known: KnownDocument;
  reason: "text" | "title";
}

/** Hash of a text with its whitespace removed: a re-typed line break does not make another document. */
export function textHash(text: string): string {
  return stableHash(text.replace(/\s+/g, ""));
}

export function knownDocuments(
  documents: Iterable<DocumentInfo>,
  imported: readonly ImportedDocument[] = [],
): KnownDocument[] {
  const hashes = new Map(imported.map((d) => [d.doc, d.text ? textHash(d.text) : undefined]));
  return [...documents].map((d) => ({
    doc: d.doc,
    title: d.title,
    region_id: d.region_id,
    region: d.region,
    textHash: hashes.get(d.doc),
  }));
}

const normTitle = (title: string) => title.replace(/\s+/g, "");

export function findSameDocument(
  text: string,
  document: DocumentInfo,
  known: readonly KnownDocument[],
): SameDocument | undefined {
  const hash = textHash(text);
  const byText = known.find((k) => k.textHash === hash);
  if (byText) return { known: byText, reason: "text" };
  const title = normTitle(document.title);
  if (!title) return undefined;
  const byTitle = known.find(
    (k) =>
      normTitle(k.title) === title &&
      (k.region_id === document.region_id || k.region === document.region || k.doc === document.doc),
  );
  return byTitle ? { known: byTitle, reason: "title" } : undefined;
}

/** Record ids are `${doc}:${hash}` with the hash independent of the document id: a new id is a new prefix. */
export function withDocumentId(
  doc: string,
  info: DocumentInfo,
  records: readonly IndicatorRecord[],
): { info: DocumentInfo; records: IndicatorRecord[] } {
  const from = `${info.doc}:`;
  return {
    info: { ...info, doc },
    records: records.map((r) => ({
      ...r,
      doc,
      id: r.id.startsWith(from) ? `${doc}:${r.id.slice(from.length)}` : r.id,
    })),
  };
}

/** A document id not yet taken: `plan`, else `plan-2`, `plan-3` … */
export function freeDocumentId(doc: string, taken: ReadonlySet<string>): string {
  if (!taken.has(doc)) return doc;
  for (let n = 2; ; n++) if (!taken.has(`${doc}-${n}`)) return `${doc}-${n}`;
}
