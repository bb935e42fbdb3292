/**
 * Repair of lines decoded with the wrong table. Two corruptions are recoverable:
 * - UTF-8 bytes shown as GBK (each 3-byte character becomes one and a half GBK characters);
 * - GBK text that lost one byte, so every later pair is split across two characters (the lost byte
 *   shows as "?", then box-drawing and rare characters follow).
 * Both are undone by encoding the run back to GBK bytes and decoding them again, which needs a GBK
 * encoder: built once, lazily, from the standard TextDecoder (browser and Node alike).
 */

let gbkEncoder: Map<string, [number, number]> | undefined;

function encoder(): Map<string, [number, number]> {
  if (gbkEncoder) return gbkEncoder;
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail, 0x0a);
  }
  const chars = new TextDecoder("gbk").decode(new Uint8Array(pairs)).split("\n");
  const map = new Map<string, [number, number]>();
  let k = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = chars[k++];
      if (ch && ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  map.set("\u20ac", [0x80, -1]); // the single-byte euro sign of the WHATWG gbk decoder
  gbkEncoder = map;
  return map;
}

function toGbkBytes(run: string): number[] | undefined {
  const table = encoder();
  const bytes: number[] = [];
  for (const ch of run) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) return undefined;
      bytes.push(...pair.filter((b) => b >= 0));
    }
  }
  return bytes;
}

function decodeStrict(label: string, bytes: number[]): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

let common: Set<string> | undefined;

/** The 3,755 most common characters (GB2312 level 1: GBK B0A1–D7F9), for judging a repair. */
function commonChars(): Set<string> {
  if (common) return common;
  const pairs: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) pairs.push(lead, trail);
  common = new Set(new TextDecoder("gbk").decode(new Uint8Array(pairs)));
  return common;
}

/** Share of characters a reader expects (common hanzi, punctuation, ASCII); -1 when any is impossible. */
function score(s: string): number {
  if (!s) return -1;
  const set = commonChars();
  let good = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (SUSPICIOUS.test(ch)) return -1;
    if (c < 0x80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || set.has(ch)) good++;
  }
  return good / s.length;
}

const SUSPICIOUS = /[\u2500-\u257f\ue000-\uf8ff\ufffd]/;

export interface Repair {
  text: string;
  /** For each character of `text`, its offset in the line. */
  offsets: number[];
}

/**
 * Repairs the corrupted runs of a line, or returns undefined when some run cannot be recovered.
 * A run is a stretch without spaces or opening brackets that holds a suspicious character.
 */
export function repairLine(line: string): Repair | undefined {
  const out: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < line.length) {
    let j = i;
    while (j < line.length && !/[\s((]/.test(line[j])) j++;
    const run = line.slice(i, j);
    if (!SUSPICIOUS.test(run)) {
      for (let k = i; k < j; k++) {
        out.push(line[k]);
        offsets.push(k);
      }
    } else {
      const fixed = repairRun(run);
      if (fixed === undefined) return undefined;
      for (let k = 0; k < fixed.length; k++) {
        out.push(fixed[k]);
        offsets.push(i + Math.min(run.length - 1, Math.floor((k * run.length) / fixed.length)));
      }
    }
    for (; j < line.length && /[\s((]/.test(line[j]); j++) {
      out.push(line[j]);
      offsets.push(j);
    }
    i = j;
  }
  return { text: out.join(""), offsets };
}

/** The best re-decoding of a run: every split into a clean head and a corrupted body is tried. */
function repairRun(run: string): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (let k = 0; k < run.length; k++) {
    const head = run.slice(0, k);
    if (SUSPICIOUS.test(head)) break;
    const body = repairBody(run.slice(k));
    if (body === undefined) continue;
    const text = head + body;
    // a repair keeps about as many characters (UTF-8 as GBK: 3 bytes shown as 1.5 characters → 1)
    if (text.length < run.length * 0.5) continue;
    const sc = score(text);
    if (sc > (best?.score ?? 0.6)) best = { text, score: sc };
  }
  // nothing re-decoded, only lost bytes marked: not a repair
  if (best && best.text === run.replace(/\ufffd/g, "?")) return undefined;
  return best?.text;
}

/** A body split at replacement characters (each a lost byte): every piece re-decoded on its own. */
function repairBody(body: string): string | undefined {
  const pieces = body.split("\ufffd");
  const out: string[] = [];
  for (const piece of pieces) {
    if (!piece || [...piece].every((ch) => ch.charCodeAt(0) < 0x80)) {
      out.push(piece);
      continue;
    }
    const bytes = toGbkBytes(piece);
    if (!bytes) return undefined;
    const candidates = [
      // the piece may be right as it is (only a lost byte next to it)
      SUSPICIOUS.test(piece) ? undefined : piece,
      decodeStrict("utf-8", bytes),
      decodeLenientEdges(bytes),
      decodeStrict("gbk", bytes.slice(1)),
      decodeStrict("gbk", bytes.slice(0, -1)),
      decodeStrict("gbk", bytes.slice(1, -1)),
    ].filter((c): c is string => c !== undefined && score(c) >= 0);
    if (!candidates.length) return undefined;
    out.push(candidates.reduce((a, b) => (score(b) > score(a) ? b : a)));
  }
  return out.join("?");
}

/** UTF-8 whose first or last character lost bytes: decode what is whole. */
function decodeLenientEdges(bytes: number[]): string | undefined {
  const text = new TextDecoder("utf-8").decode(new Uint8Array(bytes));
  const cut = text.replace(/^\ufffd+|\ufffd+$/g, "");
  return cut.includes("\ufffd") ? undefined : cut;
}
