/**
 * .docx → plain text with mammoth: the document is converted to HTML (so that Word tables keep their rows
 * and cells) and that HTML reduced to text as any web page is. mammoth is loaded on demand, so it weighs
 * nothing until a .docx is read.
 */
import { htmlToText } from "./html";
import { DocumentReadError } from "./pdf";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const loaded = await import("mammoth");
  const mammoth = loaded.default ?? loaded; // CommonJS module: default export under a bundler, not in Node
  const copy = bytes.slice();
  let html: string;
  try {
    // Node's build reads `buffer`, the browser's `arrayBuffer`; both accept these bytes.
    const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    throw new DocumentReadError(
      "docx-unreadable",
      `the .docx file cannot be read: ${(error as Error).message}`,
    );
  }
  return htmlToText(html);
}
