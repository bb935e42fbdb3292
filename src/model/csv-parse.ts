/**
 * CSV reading for the import: delimiter detection (comma, tab, semicolon), an RFC 4180 parser that says
 * where a file goes wrong and carries on after it, and strict numbers. One forward pass: a stray quote is
 * reported at the line where it opened and reading resumes on the next line, so one bad cell costs one
 * row, not the rest of a 50,000-line file; each stretch of text is read at most twice.
 */

export type Delimiter = "," | "\t" | ";";
export const DELIMITERS: readonly Delimiter[] = [",", "\t", ";"];

export interface ParsedRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

export interface CsvFileError {
  line: number;
  code: "unclosed-quote" | "text-after-quote";
}

/** How many lines the delimiter is chosen on (a title line or two may come before the header). */
const SAMPLE_LINES = 6;

/** Cells per line for each delimiter, counting outside quotes, over the first non-blank lines. */
export function detectDelimiter(text: string): Delimiter {
  const counts = DELIMITERS.map(() => [] as number[]);
  let perLine = DELIMITERS.map(() => 0);
  let quoted = false;
  let blank = true;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\n") {
      if (!blank) {
        perLine.forEach((n, d) => counts[d].push(n));
        lines++;
      }
      perLine = DELIMITERS.map(() => 0);
      blank = true;
      continue;
    } else if (!quoted) {
      const d = DELIMITERS.indexOf(c as Delimiter);
      if (d >= 0) perLine[d]++;
    }
    if (c.trim()) blank = false;
  }
  if (!blank) perLine.forEach((n, d) => counts[d].push(n));
  // the delimiter that splits the most lines into the most cells; ties go to the comma
  let best = 0;
  let bestScore = -1;
  counts.forEach((ns, d) => {
    const score = Math.max(0, ...ns) * 1000 + ns.filter((n) => n > 0).length;
    if (score > bestScore) [best, bestScore] = [d, score];
  });
  return DELIMITERS[best];
}

/**
 * Parses the whole text. A quoted cell may span lines; when its closing quote is followed by something
 * other than a delimiter or a line end, or never comes, the quote was a stray one: the error is reported
 * at the line where it opened, that row is dropped and reading resumes on the line after the quote's.
 */
export function parseCsv(text: string, delimiter: Delimiter): { rows: ParsedRow[]; errors: CsvFileError[] } {
  const rows: ParsedRow[] = [];
  const errors: CsvFileError[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const rowLine = line;
    const cells: string[] = [];
    let failed: CsvFileError["code"] | undefined;
    let lineAfter = line; // line counter while inside the row
    let quoteAt = i;
    let failLine = line;
    for (;;) {
      // one cell
      let cell = "";
      if (text[i] === '"') {
        let j = i + 1;
        let parts = "";
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            failed = "unclosed-quote";
            break;
          }
          parts += text.slice(j, q);
          if (text[q + 1] === '"') {
            parts += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        if (!failed) {
          // only spaces may follow a closing quote before the delimiter or the line end
          let k = j;
          while (text[k] === " ") k++;
          if (k < n && text[k] !== delimiter && text[k] !== "\n" && text[k] !== "\r")
            failed = "text-after-quote";
          else {
            for (let p = i; p < j; p++) if (text.charCodeAt(p) === 10) lineAfter++;
            cell = parts;
            i = k;
          }
        }
        if (failed) {
          quoteAt = i;
          failLine = lineAfter;
          break;
        }
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== "\n" && text[j] !== "\r") j++;
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell.trim());
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      // end of the row: CRLF, LF, lone CR or the end of the text
      if (text[i] === "\r") i++;
      if (text[i] === "\n") i++;
      lineAfter++;
      break;
    }
    if (failed) {
      errors.push({ line: failLine, code: failed });
      // resume on the line after the one where the stray quote opened
      const nl = text.indexOf("\n", quoteAt);
      i = nl < 0 ? n : nl + 1;
      line = failLine + 1;
      continue;
    }
    line = lineAfter;
    if (cells.some((c) => c !== "")) rows.push({ cells, line: rowLine });
  }
  return { rows, errors };
}

/**
 * A number as people and spreadsheets write it: optional sign, digits with commas only as thousands
 * separators (groups of three), a decimal point, an exponent, a trailing %; full-width forms accepted.
 * Anything else, and any number too large to keep (1e400), is not a number.
 */
export function parseStrictNumber(raw: string): { value: number; percent: boolean } | undefined {
  const read = readNumber(raw);
  return "value" in read ? read : undefined;
}

/** parseStrictNumber, or why not: "text" (not written as a number) or "range" (beyond ±1.8e308). */
export function readNumber(raw: string): { value: number; percent: boolean } | { error: "text" | "range" } {
  const s = raw.normalize("NFKC").trim();
  const percent = s.endsWith("%");
  const body = percent ? s.slice(0, -1) : s;
  const text = { error: "text" } as const;
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][+-]?\d{1,4})?$/.test(body) || !/\d/.test(body))
    return text;
  if (/^[+-]?[eE.]/.test(body) && !/^[+-]?\.\d/.test(body)) return text;
  const value = Number(body.replace(/,/g, ""));
  return Number.isFinite(value) ? { value, percent } : { error: "range" };
}
