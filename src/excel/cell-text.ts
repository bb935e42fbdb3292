/**
 * Cell text safety. Office.js treats a string written to `values` or `formulas` like typed input, so
 * document text beginning with `=`, `+`, `-` or `@` (or a tab/CR, per OWASP's CSV-injection advice) would
 * become a formula. A leading apostrophe makes Excel store it as text and is not shown in the cell.
 */
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
