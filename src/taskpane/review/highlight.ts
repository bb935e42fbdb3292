/**
 * The source passage of a record split into parts for display: the quoted passage marked, and within it
 * the written value marked again, so a reviewer sees at a glance which number the extractor read.
 */
import type { IndicatorRecord } from "../../record";

export interface PassagePart {
  text: string;
  mark?: "quote" | "value";
}

const CONTEXT_CHARS = 60;

/** Ways a number may be written in the text (1200, 1,200, 1200.0 …). */
function spellings(value: number): string[] {
  const plain = String(value);
  const grouped = value.toLocaleString("en-US", { maximumFractionDigits: 10 });
  const fullWidth = plain.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return [...new Set([grouped, plain, fullWidth, value.toFixed(1)])];
}

/** Where the value is written in `quote` (first match of the longest spelling), or undefined. */
export function findValue(
  quote: string,
  values: (number | null | undefined)[],
): [number, number] | undefined {
  for (const value of values) {
    if (value === null || value === undefined) continue;
    for (const s of spellings(value).sort((a, b) => b.length - a.length)) {
      let from = 0;
      for (;;) {
        const at = quote.indexOf(s, from);
        if (at < 0) break;
        const before = quote[at - 1] ?? "";
        const after = quote[at + s.length] ?? "";
        // a whole number, not the 12 inside 2025 or 12.5
        if (
          !/[0-9.]/.test(before) &&
          !/[0-9]/.test(after) &&
          !(after === "." && /[0-9]/.test(quote[at + s.length + 1] ?? ""))
        ) {
          return [at, at + s.length];
        }
        from = at + 1;
      }
    }
  }
  return undefined;
}

function splitQuote(quote: string, values: (number | null | undefined)[]): PassagePart[] {
  const hit = findValue(quote, values);
  if (!hit) return [{ text: quote, mark: "quote" }];
  const parts: PassagePart[] = [
    { text: quote.slice(0, hit[0]), mark: "quote" },
    { text: quote.slice(hit[0], hit[1]), mark: "value" },
    { text: quote.slice(hit[1]), mark: "quote" },
  ];
  return parts.filter((p) => p.text);
}

/**
 * With the document's text, the passage is the quote in its sentence context; without it (built-in data
 * ships quotes only) the quote itself.
 */
export function passageParts(
  record: IndicatorRecord,
  documentText?: string,
  originalValue?: number | null,
): PassagePart[] {
  const values = [record.value, originalValue];
  const { start, end } = record;
  if (documentText && end > start && end <= documentText.length) {
    const from = Math.max(0, start - CONTEXT_CHARS);
    const to = Math.min(documentText.length, end + CONTEXT_CHARS);
    return [
      { text: (from > 0 ? "…" : "") + documentText.slice(from, start) },
      ...splitQuote(documentText.slice(start, end), values),
      { text: documentText.slice(end, to) + (to < documentText.length ? "…" : "") },
    ].filter((p) => p.text);
  }
  return splitQuote(record.quote, values);
}
