/**
 * Loads pdfjs-dist's legacy build (Node 20 and older browser engines alike) with its worker code running
 * in the same thread: importing the worker module sets `globalThis.pdfjsWorker`, which pdfjs uses instead
 * of starting a worker of its own. We are already off the UI thread (the pane's Web Worker or the CLI).
 */
import type { PdfLib } from "./pdf";

export async function loadPdfjs(): Promise<PdfLib> {
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  return (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfLib;
}
