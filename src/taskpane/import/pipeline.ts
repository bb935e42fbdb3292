/**
 * The import pipeline shared by the Web Worker and the main-thread fallback: decode the bytes (BOM, UTF-8,
 * GBK/GB18030), reduce HTML to text, extract. Stages report progress and, between them, `pause` gives the
 * caller a chance to yield to the event loop (fallback) and to stop (cancelled import).
 */
import { decodeDocument, extractDocument, type Catalog, type ExtractionResult } from "../../extract";
import { prepareDocument } from "./prepare";

export type ImportStage = "decode" | "prepare" | "extract" | "done";

export interface ImportInput {
  name: string;
  /** Raw file bytes (any encoding) or already decoded text (pasted). */
  bytes?: Uint8Array;
  text?: string;
}

export interface ImportOutput {
  /** Text the records' offsets refer to (after decoding and HTML removal). */
  text: string;
  encoding: string;
  wasHtml: boolean;
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
  const decoded = input.bytes ? decodeDocument(input.bytes) : { text: input.text ?? "", encoding: "text" };
  await pause();
  onStage("prepare");
  const prepared = prepareDocument(input.name, decoded.text);
  await pause();
  onStage("extract");
  const extraction = await extractDocument({ name: input.name, text: prepared.text }, { catalog });
  await pause();
  onStage("done");
  return { text: prepared.text, encoding: decoded.encoding, wasHtml: prepared.wasHtml, extraction };
}
