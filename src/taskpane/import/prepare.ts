/**
 * Pasted text or a decoded .txt/.html file → the plain text the extractor reads. The HTML reader lives in
 * src/documents/html.ts (shared with the command line); this module keeps the pane's names for it.
 */
import { prepareText } from "../../documents";

export { decodeEntities, htmlToText, looksLikeHtml } from "../../documents/html";

export interface PreparedDocument {
  /** Text the extractor reads; record offsets and quotes refer to it. */
  text: string;
  wasHtml: boolean;
}

export function prepareDocument(name: string, text: string): PreparedDocument {
  return prepareText(name, text);
}
