/**
 * Comma-separated tables (an open-data portal's export, a spreadsheet saved as CSV): a run of lines
 * with the same number of commas (at least three) and no sentence punctuation is read as a
 * tab-separated table. Commas become tabs one for one, so offsets into the text stay valid.
 */

/** Fewest lines of a run read as a table (a header and two rows). */
const MIN_LINES = 3;
/** Fewest commas a line of such a table has (four columns). */
const MIN_COMMAS = 3;

/** Commas of a line, or -1 where the line is prose (it holds a full stop or a Chinese comma). */
function commasOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ",") n++;
    else if (c === "。" || c === "，" || c === "\t") return -1;
  }
  return n;
}

/** `text` with the commas of its comma-separated table lines turned into tabs (the text itself if none). */
export function csvAsTabs(text: string): string {
  if (!text.includes(",")) return text;
  const runs: [number, number][] = [];
  let runStart = 0;
  let runLines = 0;
  let runCommas = -1;
  let lastEnd = 0;
  const close = () => {
    if (runLines >= MIN_LINES) runs.push([runStart, lastEnd]);
    runLines = 0;
    runCommas = -1;
  };
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const n = commasOf(text, from, to);
    if (n >= MIN_COMMAS && n === runCommas) runLines++;
    else {
      close();
      if (n >= MIN_COMMAS) {
        runStart = from;
        runLines = 1;
        runCommas = n;
      }
    }
    if (runLines > 0) lastEnd = to;
    from = to + 1;
  }
  close();
  if (runs.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [s, e] of runs) {
    out += text.slice(at, s) + text.slice(s, e).replace(/,/g, "\t");
    at = e;
  }
  out += text.slice(at);
  return out;
}
