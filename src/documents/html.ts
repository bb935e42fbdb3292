/**
 * HTML → the plain text the extractor reads, with a single forward scan (no DOM: this also runs in a Web
 * Worker and in Node). Block elements become line breaks, table cells of one row are joined by tabs so the
 * table reader sees rows and columns, white space collapses as a browser would show it, and scripts,
 * styles and comments are dropped. Every search continues from where the last one stopped, and an
 * unclosed comment, tag or script runs to the end of the input (as in a browser), so the time is linear
 * in the input whatever it holds (160 KB of `<!--` or of `<a` included).
 */
import { entityText } from "../extract/vocabulary/entities";

/** Tags whose start or end is a line break in the text. */
const BLOCK_TAGS = new Set(
  "p div br tr li ul ol h1 h2 h3 h4 h5 h6 table thead tbody tfoot section article header footer blockquote pre hr title caption dt dd".split(
    " ",
  ),
);
/** Block tags that stand apart as paragraphs (a blank line); the others (rows, list items, br) one break. */
const PARAGRAPH_TAGS = new Set("p h1 h2 h3 h4 h5 h6 title table section article blockquote pre".split(" "));
const CELL_TAGS = new Set(["td", "th"]);
/** Tags that end the current table row (a row's cells are joined by tabs until then). */
const ROW_END_TAGS = new Set(["tr", "table", "thead", "tbody", "tfoot", "caption"]);
/** Elements whose content is never text. */
const DROPPED_CONTENT = new Set(["script", "style", "noscript", "template"]);

export function looksLikeHtml(name: string, text: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") || head.startsWith("<html") || /<(p|div|table|br)\b[^>]*>/i.test(head)
  );
}

/** Bounded entity bodies: a long run of letters after `&` is not re-read from each position. */
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{1,10});/g;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => entityText(body) ?? whole);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/** Index just past the `>` that closes a tag opened before `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** Collects text, collapsing white space, with the row state that decides tabs and line breaks. */
class TextSink {
  private readonly parts: string[] = [];
  private pendingSpace = false;
  private cellsInRow = 0;
  private inCell = false;

  text(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        this.pendingSpace = true;
        continue;
      }
      let j = i;
      while (j < s.length && !isSpace(s.charCodeAt(j))) j++;
      // no space at the start of a line or a cell (a <p> inside a <td>, indentation after <br>)
      const last = this.parts[this.parts.length - 1];
      if (this.pendingSpace && last !== undefined && last !== "\t" && last !== "\n") this.parts.push(" ");
      this.pendingSpace = false;
      this.parts.push(s.slice(i, j));
      i = j - 1;
    }
  }

  tag(name: string, closing: boolean): void {
    if (CELL_TAGS.has(name)) {
      this.pendingSpace = false;
      if (!closing) {
        if (this.cellsInRow > 0) this.parts.push("\t");
        this.cellsInRow++;
      }
      this.inCell = !closing;
      return;
    }
    if (ROW_END_TAGS.has(name)) {
      this.cellsInRow = 0;
      this.inCell = false;
    }
    if (!BLOCK_TAGS.has(name)) return;
    if (this.inCell)
      this.pendingSpace = true; // a <br> or <p> inside a cell keeps the row on one line
    else {
      // adjacent block edges add no more breaks than the widest of them: table rows stay contiguous
      this.pendingSpace = false;
      const wanted = PARAGRAPH_TAGS.has(name) ? 2 : 1;
      while (this.trailingBreaks() < wanted) this.parts.push("\n");
    }
  }

  private trailingBreaks(): number {
    const n = this.parts.length;
    return this.parts[n - 1] !== "\n" ? 0 : this.parts[n - 2] !== "\n" ? 1 : 2;
  }

  result(): string {
    return this.parts.join("");
  }
}

/** Spaces at both ends of each line removed (tabs kept: an empty first cell is a column), blank runs cut to one. */
function tidyLines(text: string): string {
  const out: string[] = [];
  let blank = 0;
  for (const line of text.split("\n")) {
    let a = 0;
    let b = line.length;
    while (a < b && (line.charCodeAt(a) === 32 || line.charCodeAt(a) === 0xa0)) a++;
    while (b > a && (line.charCodeAt(b - 1) === 32 || line.charCodeAt(b - 1) === 0xa0)) b--;
    const kept = line.slice(a, b);
    if (kept.replace(/\t/g, "") === "") {
      if (out.length && blank++ === 0) out.push("");
      continue;
    }
    blank = 0;
    out.push(kept);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

export function htmlToText(html: string): string {
  const sink = new TextSink();
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) sink.text(decodeEntities(html.slice(textStart, end)));
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    let resume = -1;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      resume = close < 0 ? html.length : close + 3;
    } else if (next === 33 || next === 63) {
      // <!doctype …>, <![CDATA[ …, <?xml …?>
      const close = html.indexOf(">", lt + 2);
      resume = close < 0 ? html.length : close + 1;
    } else if (isLetter(next) || (next === 47 && isLetter(html.charCodeAt(lt + 2)))) {
      const closing = next === 47;
      let j = lt + (closing ? 2 : 1);
      const nameStart = j;
      while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
      const name = html.slice(nameStart, j).toLowerCase();
      const end = tagEnd(html, j);
      flushText(lt);
      if (end < 0) {
        textStart = html.length; // an unclosed tag at the end is dropped, as a browser does
        break;
      }
      sink.tag(name, closing);
      resume = end;
      if (!closing && DROPPED_CONTENT.has(name)) {
        const closer = new RegExp(`</${name}\\s*>`, "gi");
        closer.lastIndex = end;
        const m = closer.exec(html);
        resume = m ? m.index + m[0].length : html.length;
      }
      i = textStart = resume;
      continue;
    }
    if (resume < 0) {
      i = lt + 1; // a lone "<" is text
      continue;
    }
    flushText(lt);
    i = textStart = resume;
  }
  flushText(html.length);
  return tidyLines(sink.result());
}
