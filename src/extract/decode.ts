/** Byte decoding with the standard TextDecoder only (browser and Node alike, no Buffer). */

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a document: a BOM decides; otherwise strict UTF-8; otherwise GB18030 (a superset of GBK and
 * GB2312, the usual legacy encodings of Chinese government documents).
 */
export function decodeDocument(bytes: Uint8Array): { text: string; encoding: string } {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) {
      return {
        text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bytes.length)),
        encoding: bom.encoding,
      };
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: fall through to the Chinese legacy encoding
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    // neither: decode leniently so nothing is lost silently; the caller sees the replacement characters
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8 (invalid bytes replaced)" };
  }
}
