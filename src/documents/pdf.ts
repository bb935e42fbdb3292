/**
 * PDF → plain text from the PDF's text layer (pdfjs-dist), laid out in reading order so that the
 * extractor's table reader sees a table's header and rows: the text items of a page are grouped by their
 * baseline into lines, top to bottom, and within a line ordered left to right; where the horizontal gap
 * between two items is wide (a table's column gap) they are joined by a tab, else by nothing (Chinese) or
 * a space (between Latin words). A PDF without a text layer (a scan) is refused with a clear error: there
 * is no OCR here.
 *
 * pdfjs-dist is passed in (`PdfLib`), because Node and the browser's worker load different builds.
 */

export interface PdfTextItem {
  str: string;
  /** Left end and baseline of the item in page units (y grows upwards, as in PDF). */
  x: number;
  y: number;
  width: number;
  /** Font size (the text's height). */
  height: number;
}

/** The part of pdfjs-dist's API used here. */
export interface PdfLib {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: unknown[] }>;
        cleanup?(): void;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

export class DocumentReadError extends Error {
  override name = "DocumentReadError";
  constructor(
    /** Stable code the pane turns into a message in its own language. */
    readonly code: "pdf-no-text" | "pdf-unreadable" | "docx-unreadable" | "unsupported-format",
    message: string,
  ) {
    super(message);
  }
}

/** Gap (in font sizes) above which two items on a line are two cells: wider than any word space. */
const CELL_GAP = 0.9;
/** Gap (in font sizes) above which two Latin items are two words. */
const WORD_GAP = 0.15;
/** Two items belong to one line when their baselines differ by less than this share of the font size. */
const SAME_LINE = 0.4;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
  /** Baseline (y grows upwards). */
  y: number;
  cells: boolean;
}

function joinLine(items: PdfTextItem[], sort = true): Line {
  if (sort) items.sort((a, b) => a.x - b.x);
  const cells: string[][] = [[]];
  let cell = cells[0];
  let end = -Infinity;
  let size = 0;
  let last = ""; // the last character written, for the word-space rule
  for (const item of items) {
    const height = item.height || 10;
    size = Math.max(size, height);
    const gap = item.x - end;
    if (cell.length && gap > CELL_GAP * height) cells.push((cell = []));
    else if (cell.length && gap > WORD_GAP * height && !CJK.test(last) && !CJK.test(item.str[0])) {
      if (last !== " " && !item.str.startsWith(" ")) cell.push(" ");
    }
    cell.push(item.str);
    last = item.str[item.str.length - 1] ?? last;
    end = Math.max(end, item.x + item.width);
  }
  const text = cells.map((c) => c.join("").trim()).join("\t");
  const y = items.reduce((m, i) => Math.max(m, i.y), -Infinity);
  return { text, left: items[0].x, right: end, size, y, cells: cells.length > 1 };
}

/**
 * Lines → text. A table row whose first cell is empty starts right of the rows above it: it gets a leading
 * tab so its cells stay under their headers. A paragraph's line that runs to the right margin continues on
 * the next line when that one starts at the margin right below it (not indented, not a table row, no
 * paragraph spacing): they are joined, so a sentence wrapped by the page reads as one.
 */
function joinLines(lines: Line[]): string[] {
  const right = lines.reduce((m, l) => Math.max(m, l.right), -Infinity);
  const left = lines.reduce((m, l) => Math.min(m, l.left), Infinity);
  const out: string[] = [];
  let rowLeft = NaN;
  let previous: Line | undefined;
  for (const line of lines) {
    let text = line.text;
    if (line.cells) {
      if (Number.isNaN(rowLeft)) rowLeft = line.left;
      else if (line.left - rowLeft > CELL_GAP * line.size) text = "\t" + text;
      rowLeft = Math.min(rowLeft, line.left);
    } else rowLeft = NaN;
    const wraps =
      previous !== undefined &&
      !previous.cells &&
      !line.cells &&
      right - previous.right < 2 * previous.size &&
      line.left - left < 0.5 * line.size &&
      previous.y - line.y < 2 * line.size && // no paragraph or heading space between them
      Math.abs(line.size - previous.size) < 0.2 * line.size;
    if (wraps) {
      const glue = CJK.test(out[out.length - 1].slice(-1)) || CJK.test(text[0]) ? "" : " ";
      out[out.length - 1] += glue + text;
    } else out.push(text);
    previous = line;
  }
  return out;
}

/** Items grouped by baseline, top to bottom. */
function baselineGroups(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const visible = items.filter((i) => i.str.trim() !== "");
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  let baseline = NaN;
  for (const item of visible) {
    const current = groups[groups.length - 1];
    if (current && Math.abs(baseline - item.y) <= SAME_LINE * (item.height || 10)) current.push(item);
    else {
      groups.push([item]);
      baseline = item.y;
    }
  }
  return groups;
}

/** Below this share of a table's row pitch, a line without cells next to a row is part of that row. */
const FRAGMENT_PITCH = 0.75;

/**
 * A table cell whose text wraps puts its lines above and below the row's other cells (which sit in the
 * middle): such fragments, closer to a row than rows are to each other, join that row, where items of one
 * column meet without a tab (top line first).
 */
function mergeWrappedCells(groups: PdfTextItem[][]): PdfTextItem[][] {
  const lines = groups.map((g) => ({ items: g, y: g[0].y, cells: joinLine([...g]).cells }));
  // the row pitch: the smallest distance between successive rows (fragments between them skipped)
  let pitch = Infinity;
  let previous = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].cells) continue;
    if (previous >= 0 && i - previous <= 3) pitch = Math.min(pitch, lines[previous].y - lines[i].y);
    previous = i;
  }
  if (!Number.isFinite(pitch)) return groups;
  const near = (i: number, j: number) =>
    j >= 0 &&
    j < lines.length &&
    lines[j].cells &&
    Math.abs(lines[i].y - lines[j].y) < FRAGMENT_PITCH * pitch;
  const target = lines.map((_l, i) => i);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].cells) continue;
    // a fragment joins the nearest row, reaching over another fragment of the same cell
    let best = Infinity;
    for (const j of [i - 1, i + 1, i - 2, i + 2]) {
      const distance = j >= 0 && j < lines.length ? Math.abs(lines[i].y - lines[j].y) : Infinity;
      if (near(i, j) && distance < best && (Math.abs(j - i) === 1 || !lines[(i + j) >> 1].cells)) {
        target[i] = j;
        best = distance;
      }
    }
  }
  const merged = new Map<number, PdfTextItem[]>();
  lines.forEach((l, i) => merged.set(target[i], [...(merged.get(target[i]) ?? []), ...l.items]));
  return [...merged.entries()].sort((a, b) => a[0] - b[0]).map(([, items]) => items);
}

/** One page's text items → its lines, top to bottom. */
export function layoutPage(items: readonly PdfTextItem[]): string[] {
  const lines = mergeWrappedCells(baselineGroups(items)).map((group) => {
    // within a merged row the items of one column come top line first
    group.sort((a, b) => a.x - b.x || b.y - a.y);
    return joinLine(group, false);
  });
  return lines.length ? joinLines(lines.filter((l) => l.text !== "")) : [];
}

/** pdfjs's text item (str, transform, width, height) → ours; marked-content items are skipped. */
function toItem(raw: unknown): PdfTextItem | undefined {
  const r = raw as { str?: unknown; transform?: number[]; width?: number; height?: number };
  if (typeof r.str !== "string" || !Array.isArray(r.transform)) return undefined;
  const [a, b, , d, e, f] = r.transform;
  const size = Math.hypot(a, b) || Math.abs(d) || r.height || 10;
  return { str: r.str, x: e, y: f, width: r.width ?? 0, height: size };
}

/** Shortest text per page below which a PDF counts as having no text layer (a scanned document). */
const MIN_TEXT_PER_PAGE = 20;

export async function pdfToText(bytes: Uint8Array, lib: PdfLib): Promise<{ text: string; pages: number }> {
  let doc;
  try {
    // a copy: pdfjs may transfer (detach) the buffer it is given
    doc = await lib.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new DocumentReadError("pdf-unreadable", `the PDF cannot be read: ${(error as Error).message}`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.map(toItem).filter((i): i is PdfTextItem => i !== undefined);
      pages.push(layoutPage(items).join("\n"));
      page.cleanup?.();
    }
    const text = pages.join("\n\n").trim();
    if (text.replace(/\s+/g, "").length < MIN_TEXT_PER_PAGE * Math.min(doc.numPages, 3)) {
      throw new DocumentReadError(
        "pdf-no-text",
        "this PDF has no text layer (probably a scan); its text cannot be read without OCR, which the add-in does not do",
      );
    }
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
