/**
 * HTML character references, once for every reader of markup (documents/html.ts, tables/html.ts,
 * markup.ts): the named ones plan pages use, and numeric ones in full.
 */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
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
};

/** The text an entity's body (`amp`, `#8212`, `#x2014`) stands for; undefined when it names nothing. */
export function entityText(body: string): string | undefined {
  if (body[0] !== "#") return NAMED_ENTITIES[body.toLowerCase()];
  const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
