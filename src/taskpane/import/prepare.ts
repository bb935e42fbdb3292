/**
 * Turns what the user gave (pasted text, a .txt or .html file's decoded text) into the plain text the
 * extractor reads. HTML is reduced to text with a string scanner, not DOMParser, because this also runs in a
 * Web Worker where there is no DOM. Block elements become line breaks and table cells tabs, so that the
 * extractor's table reader still sees rows and columns. Scripts, styles and comments are dropped.
 */

export interface PreparedDocument {
  /** Text the extractor reads; record offsets and quotes refer to it. */
  text: string;
  wasHtml: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  times: "×",
  le: "≤",
  ge: "≥",
  yen: "¥",
  permil: "‰",
  ensp: " ",
  emsp: " ",
};

/** Tags whose start or end is a line break in the text. */
const BLOCK_TAGS = new Set(
  "p div br tr li ul ol h1 h2 h3 h4 h5 h6 table thead tbody tfoot section article header footer blockquote pre hr title caption dt dd".split(
    " ",
  ),
);
const CELL_TAGS = new Set(["td", "th"]);
const DROPPED_CONTENT = /<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi;

export function looksLikeHtml(name: string, text: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") || head.startsWith("<html") || /<(p|div|table|br)\b[^>]*>/i.test(head)
  );
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  const withoutCode = html.replace(/<!--[\s\S]*?-->/g, "").replace(DROPPED_CONTENT, "");
  // A cell's start is a tab (closing tags are often omitted); a row's leading tab is trimmed below.
  const text = withoutCode.replace(
    /<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi,
    (_tag, closing: string, name: string) => {
      const tag = name.toLowerCase();
      if (CELL_TAGS.has(tag)) return closing ? "" : "\t";
      return BLOCK_TAGS.has(tag) ? "\n" : "";
    },
  );
  return decodeEntities(text.replace(/<![^>]*>/g, ""))
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function prepareDocument(name: string, text: string): PreparedDocument {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!looksLikeHtml(name, clean)) return { text: clean, wasHtml: false };
  return { text: htmlToText(clean), wasHtml: true };
}
