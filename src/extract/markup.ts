/**
 * Things in a published text that are not part of its sentences, recognised one position at a time
 * for the normaliser (which drops or replaces them while keeping its offset map):
 * - HTML markup: tags are dropped (a closing block tag ends a line), entities decoded; the tags of
 *   tables stay, for the table reader reads them in place (tables/html.ts);
 * - a newspaper's page-break note inside a paragraph: （下转第二版）, (上接第1版);
 * - a space between digit groups in prose: 达到45 210元 reads 45210.
 * Each test is bounded (a tag or an entity is short), so normalising stays linear.
 */
import { entityText } from "./vocabulary/entities";

export interface Markup {
  /** Characters of the original to consume. */
  skip: number;
  /** UTF-16 code to write instead, if any. */
  emit?: number;
}

const TABLE_TAGS = new Set(["table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption"]);
const BLOCK_TAGS = new Set(
  "p div br li h1 h2 h3 h4 h5 h6 section article header footer blockquote pre hr title dt dd ul ol".split(
    " ",
  ),
);

const MAX_TAG = 300;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,280}>/y;
const ENTITY = /&(#x[0-9a-fA-F]{1,4}|#\d{1,5}|[a-zA-Z]{2,7});/y;
/** （下转第二版） (上接第1版) (转A3版): a note where an article continues on another page. */
const PAGE_NOTE = /[(（](?:下转|上接|转|接)(?:第)?[A-Za-z]?[0-9一二三四五六七八九十]{1,3}(?:版|页)[)）]/y;

/** The document carries HTML markup (looked at once, at its start). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|br|span|table|html|body|h[1-6])\b[^<>]*>/i.test(text.slice(0, 5000));
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** A space between digit groups (45 210, 1 234 567) in a sentence: the digits before it follow words. */
function digitGroupSpace(text: string, i: number, to: number): boolean {
  if (!isDigit(text.charCodeAt(i - 1))) return false;
  for (let k = 1; k <= 3; k++) if (!(i + k < to && isDigit(text.charCodeAt(i + k)))) return false;
  const after = text.charCodeAt(i + 4);
  if (isDigit(after) || text[i + 4] === ".") return false;
  // back over this group and any groups before it to the number's first digit
  let k = i - 1;
  let run = 0;
  while (k >= 0 && i - k < 24) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) run++;
    else if (c === 0x20 && run === 3) run = 0;
    else break;
    k--;
  }
  if (run < 1 || run > 3) return false;
  return k >= 0 && isCjk(text.charCodeAt(k));
}

/** What stands at `i` (before `to`, the end of its line) that is not text, or undefined. */
export function markupAt(text: string, i: number, to: number, html: boolean): Markup | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x3c /* < */ && html) {
    TAG.lastIndex = i;
    const m = TAG.exec(text);
    if (!m || m[0].length > MAX_TAG) return undefined;
    const name = m[2].toLowerCase();
    if (TABLE_TAGS.has(name)) return undefined;
    // a closing block tag (or <br>) ends a line unless one ends there anyway
    const next = text[i + m[0].length];
    const ends =
      (m[1] === "/" || name === "br") &&
      BLOCK_TAGS.has(name) &&
      next !== undefined &&
      next !== "\n" &&
      next !== "\r";
    return ends ? { skip: m[0].length, emit: 0x0a } : { skip: m[0].length };
  }
  if (c === 0x26 /* & */) {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(text);
    if (!m) return undefined;
    const body = m[1];
    // one UTF-16 unit for one reference, so the offset map stays one character to one
    const code = entityText(body)?.charCodeAt(0);
    return code !== undefined && code < 0xd800 ? { skip: m[0].length, emit: code } : undefined;
  }
  if (c === 0x28 || c === 0xff08) {
    PAGE_NOTE.lastIndex = i;
    const m = PAGE_NOTE.exec(text);
    return m && i + m[0].length <= to ? { skip: m[0].length } : undefined;
  }
  if (c === 0x20 && digitGroupSpace(text, i, to)) return { skip: 1 };
  return undefined;
}
