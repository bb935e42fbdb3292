/** The value region of a run-together row cut into number runs (with qualifiers, units) and fixed cells. */
import type { Qualifier } from "../../record";
import { CELL_UNITS, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, RANGE_JOINERS } from "./lexicon";
import type { Segment } from "./split";
import { isBlank, isCjk, isDigit, matchString, matchWord } from "./text";

const EMPTY_MARKS = ["-", "—", "–", "/"];

/** Splits a row's value region into numbers (with their qualifiers and units) and fixed cells. */
export function segmentValues(text: string, from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let prefix: { qualifier: Qualifier; start: number } | undefined;
  let cumulative = false;
  let i = from;
  while (i < to) {
    const c = text[i];
    if (isBlank(c) || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (c === "〔" || c === "[") {
      // 〔13.5〕: a total over the period; the brackets are not cells.
      cumulative = true;
      i++;
      continue;
    }
    if (c === "〕" || c === "]" || c === "*") {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < to && (isDigit(text[j]) || text[j] === ".")) j++;
      const run: Segment = { kind: "run", digits: text.slice(i, j), start: i, end: j };
      if (cumulative) run.cumulative = true;
      cumulative = false;
      if (prefix) {
        run.prefix = prefix.qualifier;
        run.prefixStart = prefix.start;
        prefix = undefined;
      }
      // Unit and qualifier after the number, in either order (85%以上, 4左右).
      for (let k = 0; k < 2; k++) {
        const unit = run.unit === undefined ? matchString(text, j, CELL_UNITS) : undefined;
        if (unit && j + unit.length <= to) {
          run.unit = unit;
          j += unit.length;
          continue;
        }
        const q = run.suffix === undefined ? matchWord(text, j, QUALIFIER_SUFFIXES) : undefined;
        if (q && j + q.word.length <= to) {
          run.suffix = q.qualifier;
          j += q.word.length;
          continue;
        }
        break;
      }
      const joiner = matchString(text, j, RANGE_JOINERS);
      if (joiner && isDigit(text[j + joiner.length]) && j + joiner.length < to) {
        run.rangeNext = true;
        run.end = j;
        j += joiner.length;
      } else {
        // >7、力争投入强度高于…: a remark after the value, set off by 、 or a comma, stays in its cell.
        if ("、，,".includes(text[j] ?? "x") && isCjk(text[j + 1])) {
          j++;
          while (j < to && !isDigit(text[j]) && !EMPTY_MARKS.includes(text[j]) && !isBlank(text[j])) j++;
        }
        run.end = j;
      }
      segments.push(run);
      i = j;
      continue;
    }
    const q = matchWord(text, i, QUALIFIER_PREFIXES);
    if (q) {
      let j = i + q.word.length;
      while (j < to && isBlank(text[j])) j++;
      if (isDigit(text[j])) {
        prefix = { qualifier: q.qualifier, start: i };
        i = j;
        continue;
      }
    }
    if (EMPTY_MARKS.includes(c)) {
      // Each hyphen is an empty cell (-- is two); a dash may be doubled as one mark (——).
      let j = i + 1;
      if (c !== "-" && text[j] === c) j++;
      segments.push({ kind: "fixed", cell: null, end: j });
      i = j;
      continue;
    }
    // Qualitative words: up to the next number, dash, blank or the region's end.
    let j = i + 1;
    while (
      j < to &&
      !isDigit(text[j]) &&
      !EMPTY_MARKS.includes(text[j]) &&
      !isBlank(text[j]) &&
      text[j] !== "\n"
    ) {
      const inner = matchWord(text, j, QUALIFIER_PREFIXES);
      if (inner && isDigit(text[j + inner.word.length])) break;
      j++;
    }
    const words = text.slice(i, j);
    if (words === "%" || words === "(" || words === ")") {
      i = j;
      continue;
    }
    segments.push({
      kind: "fixed",
      cell: { value: null, qualifier: "=", text: words, start: i, end: j },
      end: j,
    });
    i = j;
  }
  return segments;
}
