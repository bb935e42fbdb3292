/**
 * The import pipeline shared by the Web Worker and the main-thread fallback: read the bytes (PDF text
 * layer, .docx, or text/HTML in BOM, UTF-8 or GBK/GB18030), reduce HTML to text, extract. Stages report progress and, between them, `pause` gives the
 * caller a chance to yield to the event loop (fallback) and to stop (cancelled import).
 */
import { extractDocument, type Catalog, type ExtractionResult } from "../../extract";
import { prepareText, readDocument, type DocumentFormat } from "../../documents";
import { loadPdfjs } from "../../documents/pdfjs";

export type ImportStage = "decode" | "prepare" | "extract" | "done";

export interface ImportInput {
  name: string;
  /** Raw file bytes (any encoding) or already decoded text (pasted). */
  bytes?: Uint8Array;
  text?: string;
  /** Publication year the user confirmed, for documents whose text does not give it. */
  publishedYear?: number;
}

export interface ImportOutput {
  /** Text the records' offsets refer to (after decoding and HTML removal). */
  text: string;
  encoding: string;
  wasHtml: boolean;
  format: DocumentFormat;
  extraction: ExtractionResult;
}

/** Fraction of the work done when each stage starts: extraction is nearly all of it. */
export const STAGE_PROGRESS: Record<ImportStage, number> = {
  decode: 0.02,
  prepare: 0.08,
  extract: 0.15,
  done: 1,
};

export async function runImportPipeline(
  input: ImportInput,
  catalog: Catalog,
  onStage: (stage: ImportStage) => void,
  pause: () => Promise<void> = async () => undefined,
): Promise<ImportOutput> {
  onStage("decode");
  const read = input.bytes
    ? await readDocument(input.name, input.bytes, { loadPdf: loadPdfjs })
    : { ...prepareText(input.name, input.text ?? ""), encoding: "text" };
  await pause();
  onStage("prepare");
  const format: DocumentFormat = "format" in read ? read.format : read.wasHtml ? "html" : "text";
  await pause();
  onStage("extract");
  const extraction = await extractDocument(
    { name: input.name, text: read.text },
    { catalog, publishedYear: input.publishedYear },
  );
  await pause();
  onStage("done");
  return { text: read.text, encoding: read.encoding, wasHtml: format === "html", format, extraction };
}
