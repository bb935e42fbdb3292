/**
 * Reads a document the user gives (file bytes or pasted text) into the plain text the extractor reads,
 * whatever its format: PDF (text layer), .docx, HTML or plain text in any of the usual encodings. Used by
 * the pane's import worker and by the command line; pdfjs-dist is passed in as a loader because each
 * loads it its own way.
 */
import { decodeDocument } from "../extract/decode";
import { docxToText } from "./docx";
import { htmlToText, looksLikeHtml } from "./html";
import { DocumentReadError, pdfToText, type PdfLib } from "./pdf";

export { DocumentReadError, type PdfLib } from "./pdf";
export { decodeEntities, htmlToText, looksLikeHtml } from "./html";

export type DocumentFormat = "pdf" | "docx" | "html" | "text";

export interface ReadDocument {
  /** Text the extractor reads; record offsets and quotes refer to it. */
  text: string;
  format: DocumentFormat;
  /** Character encoding of a text or HTML file; the format's name otherwise. */
  encoding: string;
}

export interface DocumentLibs {
  /** Loads pdfjs-dist (with its worker code available); absent where PDFs are not read. */
  loadPdf?: () => Promise<PdfLib>;
}

const startsWithBytes = (bytes: Uint8Array, ascii: string) =>
  bytes.length >= ascii.length && [...ascii].every((ch, i) => bytes[i] === ch.charCodeAt(0));

/** The format by the file's first bytes (a renamed file still reads), then by its name. */
export function detectFormat(name: string, bytes: Uint8Array): DocumentFormat | "doc" | "zip" {
  // a PDF may have a few bytes of junk before its header
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (startsWithBytes(bytes, "PK\x03\x04"))
    return /\.docx$/i.test(name) || head.includes("word/") ? "docx" : "zip";
  if (startsWithBytes(bytes, "\xd0\xcf\x11\xe0")) return "doc";
  return "text";
}

/** Plain text or HTML (already decoded) → the extractor's text. A leading BOM is dropped. */
export function prepareText(name: string, text: string): { text: string; wasHtml: boolean } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!looksLikeHtml(name, clean)) return { text: clean, wasHtml: false };
  return { text: htmlToText(clean), wasHtml: true };
}

export async function readDocument(
  name: string,
  bytes: Uint8Array,
  libs: DocumentLibs = {},
): Promise<ReadDocument> {
  const format = detectFormat(name, bytes);
  if (format === "pdf") {
    if (!libs.loadPdf) throw new DocumentReadError("unsupported-format", "PDF files cannot be read here");
    return { text: (await pdfToText(bytes, await libs.loadPdf())).text, format, encoding: "pdf" };
  }
  if (format === "docx") return { text: await docxToText(bytes), format, encoding: "docx" };
  if (format === "doc" || format === "zip") {
    throw new DocumentReadError(
      "unsupported-format",
      format === "doc"
        ? "old Word (.doc) files cannot be read: save the document as .docx, PDF or web page"
        : "this is a ZIP archive, not a document: unpack it and import the documents inside",
    );
  }
  const decoded = decodeDocument(bytes);
  const prepared = prepareText(name, decoded.text);
  return { text: prepared.text, format: prepared.wasHtml ? "html" : "text", encoding: decoded.encoding };
}
