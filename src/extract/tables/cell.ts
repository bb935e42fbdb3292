/**
 * Reads one separated cell (a tab-, space- or pipe-separated cell, or a cell on its own line):
 * `≥500`, `4左右`, `1.2个百分点`, `30%—35%`, `1~2`, `-0.5`, `-` (empty), `高于全市平均水平`.
 */
import type { Qualifier } from "../../record";
import {
  CELL_RANGE_JOINERS,
  CELL_UNITS,
  EMPTY_CELLS,
  QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES,
  QUALITATIVE_OPENERS,
} from "./lexicon";
import { isBlank, isDigit, isUnitLike, matchString, matchWord } from "./text";
import type { TableCell } from "./types";

/** Brackets some tables put around cumulative or reference values: 〔5.5〕, [5.5]. */
const VALUE_BRACKETS: Record<string, string> = { "〔": "〕", "[": "]", "(": ")", "【": "】" };

const MAX_FREE_UNIT = 12;

interface NumberAt {
  value: number;
  end: number;
}

/** A signed decimal at `pos` (commas between digit groups allowed). */
function readNumber(s: string, pos: number): NumberAt | undefined {
  let p = pos;
  let sign = 1;
  if ((s[p] === "-" || s[p] === "−" || s[p] === "+") && isDigit(s[p + 1])) {
    if (s[p] !== "+") sign = -1;
    p++;
  }
  if (!isDigit(s[p])) return undefined;
  let digits = "";
  let dot = false;
  for (; p < s.length; p++) {
    const c = s[p];
    if (isDigit(c)) digits += c;
    else if (c === "." && !dot && isDigit(s[p + 1])) {
      dot = true;
      digits += c;
    } else if (
      (c === "," || c === " " || c === "\u2009" || c === "\u202f") &&
      !dot &&
      isDigit(s[p + 1]) &&
      isDigit(s[p + 2]) &&
      isDigit(s[p + 3]) &&
      !isDigit(s[p + 4])
    )
      // 32,150 and 32 150: digit groups (a group has exactly three digits)
      continue;
    else break;
  }
  const value = sign * Number(digits);
  return Number.isFinite(value) ? { value, end: p } : undefined;
}

const skipBlanks = (s: string, p: number): number => {
  while (p < s.length && isBlank(s[p])) p++;
  return p;
};

/** Unit then qualifier (or the other way round) after a number. */
function readSuffixes(s: string, pos: number): { unit?: string; qualifier?: Qualifier; end: number } {
  let p = skipBlanks(s, pos);
  const out: { unit?: string; qualifier?: Qualifier; end: number } = { end: p };
  for (let k = 0; k < 2; k++) {
    const unit = out.unit === undefined ? matchString(s, p, CELL_UNITS) : undefined;
    if (unit) {
      out.unit = unit;
      p = skipBlanks(s, p + unit.length);
      continue;
    }
    const q = out.qualifier === undefined ? matchWord(s, p, QUALIFIER_SUFFIXES) : undefined;
    if (q) {
      out.qualifier = q.qualifier;
      p = skipBlanks(s, p + q.word.length);
      continue;
    }
    break;
  }
  out.end = p;
  return out;
}

/**
 * The cell written in `text[start, end)`: a TableCell, or null for an empty cell (-, —, /).
 * Offsets of the result are positions in `text`.
 */
/** Longest cell read as a level and its growth (1846.1亿元，增长5.6%). */
const MAX_PAIR = 40;

/** Words before a number that make the cell a growth rate, and the sign they give it. */
const GROWTH_WORDS: readonly { word: string; sign: number }[] = [
  { word: "增长", sign: 1 },
  { word: "增速", sign: 1 },
  { word: "下降", sign: -1 },
  { word: "上涨", sign: 1 },
];

export function parseCell(text: string, start: number, end: number): TableCell | null {
  // 1846.1亿元，增长5.6%: a level and its growth in one cell
  const comma = end - start <= MAX_PAIR ? text.slice(start, end).search(/，|,(?!\d)/) : -1;
  if (comma > 0) {
    const level = parseCell(text, start, start + comma);
    const growth = parseCell(text, start + comma + 1, end);
    if (level && level.value !== null && !level.growth && growth?.growth) return { ...level, then: growth };
  }
  let a = start;
  let b = end;
  while (a < b && isBlank(text[a])) a++;
  while (b > a && isBlank(text[b - 1])) b--;
  const raw = text.slice(a, b);
  if (raw.length === 0 || EMPTY_CELLS.includes(raw)) return null;
  const qualitative: TableCell = { value: null, qualifier: "=", text: raw, start: a, end: b };
  // 60.6*: footnote marks after a value.
  let s = raw;
  while (s.length > 1 && "*＊※".includes(s[s.length - 1])) s = s.slice(0, -1);
  // 〔5.5〕: strip value brackets around the whole cell; 〔〕 marks a total over the period.
  const close = VALUE_BRACKETS[s[0]];
  let cumulative = false;
  if (close && s.endsWith(close) && s.length > 2) {
    cumulative = s[0] === "〔" || s[0] === "[";
    s = s.slice(1, -1).trim();
  }
  let p = 0;
  let qualifier: Qualifier = "=";
  // 增长5.5%左右, 下降2.5%: a cell that writes its own growth (a fall is a negative rate)
  const growthWord = GROWTH_WORDS.find((w) => s.startsWith(w.word) && isDigit(s[w.word.length]));
  if (growthWord) p = growthWord.word.length;
  const prefix = matchWord(s, p, QUALIFIER_PREFIXES);
  if (prefix) {
    const after = skipBlanks(s, p + prefix.word.length);
    if (isDigit(s[after]) || isDigit(s[after + 1])) {
      qualifier = prefix.qualifier;
      p = after;
    }
  }
  const low = readNumber(s, p);
  if (!low) return qualitative;
  const cell: TableCell = {
    value: growthWord ? growthWord.sign * low.value : low.value,
    qualifier,
    start: a,
    end: b,
  };
  if (cumulative) cell.cumulative = true;
  if (growthWord) cell.growth = true;
  let suffix = readSuffixes(s, low.end);
  p = suffix.end;
  const joiner = matchString(s, p, CELL_RANGE_JOINERS);
  if (joiner) {
    const high = readNumber(s, skipBlanks(s, p + joiner.length));
    if (high && high.value >= low.value) {
      cell.value_max = high.value;
      const second = readSuffixes(s, high.end);
      suffix = {
        unit: second.unit ?? suffix.unit,
        qualifier: second.qualifier ?? suffix.qualifier,
        end: second.end,
      };
      p = second.end;
    }
  }
  if (suffix.unit) cell.unit = suffix.unit;
  if (suffix.qualifier) cell.qualifier = suffix.qualifier;
  if (p < s.length) {
    // A short unit the lexicon does not list (万元/人·年) may close the cell; longer words after
    // the number make it a sentence, kept whole.
    const rest = s.slice(p);
    // 万元 + /人·年: a listed unit may continue into a compound one.
    const unit = (cell.unit ?? "") + rest;
    if (unit.length > MAX_FREE_UNIT || /[0-9,，。;；]/.test(rest)) return qualitative;
    if (matchString(rest, 0, QUALITATIVE_OPENERS) || !isUnitLike(unit)) return qualitative;
    cell.unit = unit;
  }
  return cell;
}
