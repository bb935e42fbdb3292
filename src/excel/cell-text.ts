/**
 * Cell text safety. Office.js treats a string written to `values` or `formulas` like typed input, so
 * document text beginning with `=`, `+`, `-` or `@` (or a tab/CR, per OWASP's CSV-injection advice) would
 * become a formula, and in a General cell a title `2025-12-28` becomes a date, `50%`, `1e5` and `(5)`
 * numbers, `TRUE` a boolean. So text is written into cells formatted as text (`@`, set before the value)
 * and, where it could start a formula, with a leading apostrophe too, which Excel does not show.
 */

/** Excel's text number format: what is written into the cell is kept as typed. */
export const TEXT_FORMAT = "@";

/** The number format to write a cell with: text always in the text format, anything else as given. */
export function formatFor(cell: unknown, format: string): string {
  return typeof cell === "string" ? TEXT_FORMAT : format;
}
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!);
}

/** The string to write so that Excel keeps `text` as text. */
export function asCellText(text: string): string {
  return startsLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

/** A string literal inside a formula: `"` doubled, wrapped in quotes. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A column specifier for a structured reference: `[` `]` `#` `'` are escaped with `'`. */
export function structuredName(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}
