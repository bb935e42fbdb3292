/**
 * Prose parser: proposes indicator candidates from sentences. One pass over the normalised text:
 * paragraphs carry a frame (review of past results or plan), sentences carry time expressions,
 * clauses carry "name + predicate + number + unit" statements.
 */
import { ESTIMATE_CUES } from "../vocabulary/cues";
import { findTimeRefs } from "../timeRefs";
import { isOverlongNumber, OVERFLOW_DIGITS } from "../numbers";
import type { Candidate, ProseOptions, SentenceState } from "./types";
import { glossaryAfter, shareListUnit } from "./passages";
import { type Carried, bareSubject, nextNumberAt } from "./subject";
import { readMention, canStartNumber, skipMention } from "./mention";
import { otherWholeBefore, ownWhole } from "./naming";
import { listGoesOn } from "./rules";
import { paragraphs, reviewFrames, previousPlanNames, leveled } from "./frames";
import { ScopeTracker, type TimeScope } from "../scope";
import { yearRefBefore } from "../scopeYear";
import { qualitativeTarget } from "./qualitative";
import { buildCandidate, type Place } from "./candidate";

export type { Candidate, ProseOptions } from "./types";
export { MAX_QUOTE } from "./candidate";
export type { Place } from "./candidate";

const SENTENCE_END_RE = /[。;!?\n!?;]/g;

const CLAUSE_ENDS = new Set([",", ",", ":", ":", "—", "…"]);

const OPEN_QUOTES = new Set(["“", "「", "《"]);

const CLOSE_QUOTES = new Set(["”", "」", "》"]);

/** A sentence opening with 预计 (after a few spaces at most), matched in place (sticky): no copy per sentence. */
const ESTIMATE_OPENING = new RegExp(`\\s{0,6}(?:${ESTIMATE_CUES.join("|")})`, "y");

const QUESTION_WORDS = /什么|怎么|怎样|如何|哪些|为何|是否|有何|多少|[吗呢]$/;

/** Longest stretch read as one sentence (see sentencePieces). */
export const MAX_SENTENCE = 1200;

const ANY_QUOTE = /[“「《]/;

const QUOTE_MARK = /[“「《”」》]/g;

/**
 * Characters where something can happen in a sentence: clause ends and the starts of numbers. A Chinese
 * numeral counts only before another numeral, a magnitude, 成 or 分(之): one digit alone (一体化, 统一,
 * 三农) is below 10 and never read as a figure, and such characters are frequent in running text.
 */
const INTERESTING =
  /[0-9,:—…]|[一二两三四五六七八九十百千万〇零](?=[一二两三四五六七八九十百千万亿成分〇零点])|翻(?=[一两二三]?番)/g;

export function parseProse(text: string, options: ProseOptions): Candidate[] {
  const warnings = options.warnings ?? [];
  const out: Candidate[] = [];
  const reviewNames = options.reviewYear !== undefined ? previousPlanNames(options) : [];
  const paras = options.paragraphs ?? paragraphs(text).map(leveled(text));
  const frames = reviewFrames(text, paras, reviewNames, options);
  // the time scope where a heading or a sentence's opening sets one; else the legacy paragraph frame
  const scope = new ScopeTracker(text, options);
  const skip = [...options.skip].sort((a, b) => a.start - b.start);
  let skipAt = 0;
  const carried: Carried = {};
  let lastFrame: TimeScopeFrame | undefined;
  // keyed by the frame's time fields, not its identity: the scope builds a new, equal frame object at
  // every paragraph, and copying the options per paragraph was a hot spot
  const framed = new Map<string, ProseOptions>();
  let frameOptions: ProseOptions = options;
  let glossary = false;
  for (const para of paras) {
    const { start, end } = para;
    scope.paragraph(para);
    // 名词解释 after a report defines its terms: its numbers describe the terms, they report nothing
    glossary = glossaryAfter(text, para, glossary);
    if (glossary) continue;
    // paragraphs come in order: tables ending before this one are passed for good
    while (skipAt < skip.length && skip[skipAt].end <= start) skipAt++;
    let inTable = false;
    for (let k = skipAt; k < skip.length && skip[k].start < end && !inTable; k++)
      inTable = skip[k].end > start;
    if (inTable) continue;
    let s = start;
    // the subject a sentence hands on to the next one, within its paragraph
    carried.name = undefined;
    carried.estimate = false;
    SENTENCE_END_RE.lastIndex = start;
    for (let m = SENTENCE_END_RE.exec(text); ; m = SENTENCE_END_RE.exec(text)) {
      const i = m && m.index < end ? m.index : end;
      const frame = i > s ? scope.sentence(s, i) : undefined;
      const review = options.actualsOnly || (frame?.review ?? frames.get(start) ?? false);
      // one options object per frame (sentences share their scope's frame), always of one shape
      if (frame !== lastFrame) {
        lastFrame = frame;
        const key = frame && frameKey(frame);
        frameOptions = key
          ? (framed.get(key) ?? framed.set(key, withFrame(options, frame!)).get(key)!)
          : options;
      }
      const sentenceOptions = frameOptions;
      // a question (记者：…为什么定在6%左右？) asks about a figure; the answer states it
      // (a ? alone may be a character lost to a bad encoding: a question also has a question word)
      const question = (text[i] === "?" || text[i] === "？") && QUESTION_WORDS.test(text.slice(s, i));
      // 预计 opening a sentence holds through the clauses joined to it by ；
      ESTIMATE_OPENING.lastIndex = s;
      if (ESTIMATE_OPENING.test(text)) carried.estimate = true;
      // a sentence of ordinary length is its own piece (no list made for it)
      if (!question && i > s && i - s <= MAX_SENTENCE)
        parseSentence(text, s, i, review, sentenceOptions, out, warnings, carried);
      else if (!question)
        for (const [a, b] of sentencePieces(text, s, i))
          parseSentence(text, a, b, review, sentenceOptions, out, warnings, carried);
      if (text[i] !== ";" && text[i] !== "；") carried.estimate = false;
      s = i + 1;
      if (i === end) break;
    }
  }
  return out;
}

type TimeScopeFrame = Partial<TimeScope>;

/** What withFrame reads of a frame: each time field, told apart from an absent one. */
function frameKey(frame: TimeScopeFrame): string {
  return `${field(frame, "review")}|${field(frame, "reviewYear")}|${field(frame, "reviewSpan")}|${field(frame, "periodStart")}|${field(frame, "periodEnd")}`;
}

function field(frame: TimeScopeFrame, name: keyof TimeScopeFrame): string {
  return name in frame ? String(frame[name]) : "-";
}

/** The options with a frame's time fields (as `{ ...options, ...frame }`, but of one fixed shape). */
function withFrame(options: ProseOptions, frame: TimeScopeFrame): ProseOptions & { review?: boolean } {
  return {
    ...options,
    review: "review" in frame ? frame.review : undefined,
    reviewYear: "reviewYear" in frame ? frame.reviewYear : options.reviewYear,
    reviewSpan: "reviewSpan" in frame ? frame.reviewSpan! : options.reviewSpan,
    periodStart: "periodStart" in frame ? frame.periodStart : options.periodStart,
    periodEnd: "periodEnd" in frame ? frame.periodEnd : options.periodEnd,
  };
}

/**
 * A sentence longer than MAX_SENTENCE (real ones stay under 800 characters) is read in pieces cut at
 * a clause end: every step that looks back over its sentence then costs a bounded amount, so a text
 * without full stops takes time linear in its length.
 */
export function sentencePieces(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let s = start;
  while (end - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    while (cut > s + MAX_SENTENCE / 2 && !CLAUSE_ENDS.has(text[cut - 1])) cut--;
    if (cut === s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
    pieces.push([s, cut]);
    s = cut;
  }
  if (end > s) pieces.push([s, end]);
  return pieces;
}

/** Quote spans (“…”) of at most 24 characters: numbers inside are names (“1+5+N”, “300 米见绿”). */
function shortQuotes(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  if (!ANY_QUOTE.test(text.slice(start, end))) return spans;
  let open = -1;
  QUOTE_MARK.lastIndex = start;
  for (let hit = QUOTE_MARK.exec(text); hit && hit.index < end; hit = QUOTE_MARK.exec(text)) {
    const i = hit.index;
    if (OPEN_QUOTES.has(text[i])) open = i;
    else if (CLOSE_QUOTES.has(text[i]) && open >= 0) {
      if (i - open <= 24) spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

function parseSentence(
  text: string,
  start: number,
  end: number,
  review: boolean,
  options: ProseOptions,
  out: Candidate[],
  warnings: string[],
  carried: Carried = {},
) {
  // quick reject: no digit or numeral at all; a sentence that is only a name (游客人均停留天数。) is the
  // subject of the next one
  if (nextNumberAt(text, start, carried) >= end) {
    carried.name = bareSubject(text.slice(start, end));
    return;
  }
  const refs = findTimeRefs(text, start, end, options, review);
  const quotes = shortQuotes(text, start, end);
  const sentence = text.slice(start, end);
  const estimateAt = ESTIMATE_CUES.map((c) => sentence.indexOf(c)).filter((p) => p >= 0);
  const state: SentenceState = { listIndex: 0, fromPending: false, carried: carried.name };
  const own = ownWhole(options.regionNames);
  let clauseStart = start;
  let segStart = start;
  /** End of the last value skipped as another jurisdiction's (全国12.7个), for the list it opens. */
  let otherEnd = -1;
  const first = out.length;
  let before = out.length;
  /** Clauses without a number: candidates for qualitative targets. */
  const bare: [number, number][] = [];
  // cursors into refs and quotes: hits come in order, so each list is walked once per sentence
  let refAt = 0;
  let quoteAt = 0;
  INTERESTING.lastIndex = start;
  for (let hit = INTERESTING.exec(text); hit && hit.index < end; hit = INTERESTING.exec(text)) {
    const i = hit.index;
    const ch = text[i];
    if (CLAUSE_ENDS.has(ch)) {
      if (out.length === before) bare.push([clauseStart, i]);
      else state.clauseNames = clauseSubjects(out, before);
      before = out.length;
      clauseStart = segStart = i + 1;
      state.listNames = undefined;
      state.fromPending = false;
      continue;
    }
    if (!canStartNumber(text, i)) continue;
    while (refAt < refs.length && refs[refAt].end <= i) refAt++;
    if (refAt < refs.length && refs[refAt].start <= i) continue;
    while (quoteAt < quotes.length && quotes[quoteAt][1] <= i) quoteAt++;
    if (quoteAt < quotes.length && quotes[quoteAt][0] < i) continue;
    const m = readMention(text, i, end);
    if (!m) {
      if (isOverlongNumber(text, i))
        warnings.push(`a number of ${OVERFLOW_DIGITS} or more digits at offset ${i} was skipped`);
      continue;
    }
    INTERESTING.lastIndex = m.end;
    const numeral = text.slice(m.number.start, m.number.end);
    if (m.number.chinese && !m.number.percent && (m.value < 10 || !/[一二两三四五六七八九]/.test(numeral)))
      continue;
    // 一二三次产业: ordinals run together, not a numeral (which would write 十 or 百 between them)
    if (m.number.chinese && /^[一二三四五六七八九]{2,}$/.test(numeral)) continue;
    if (m.unit === "倍" && /的\s*$/.test(text.slice(Math.max(start, m.number.start - 3), m.number.start)))
      continue;
    if (skipMention(text, clauseStart, m)) continue;
    // 分别高于全国12.7个、12个百分点: the values listed after another jurisdiction's word are its too
    if (
      otherWholeBefore(
        text.slice(Math.max(clauseStart, m.number.start - 7), m.number.start).trimEnd(),
        own,
      ) ||
      (otherEnd > clauseStart &&
        m.number.start - otherEnd <= 3 &&
        listGoesOn(text.slice(otherEnd, m.number.start)))
    ) {
      otherEnd = m.end;
      continue;
    }
    const estimate = carried.estimate === true || estimateAt.some((p) => start + p < m.number.start);
    const place: Place = {
      text,
      sentenceStart: start,
      sentenceEnd: end,
      clauseStart,
      segStart,
      refs,
      review,
      options,
      state,
      estimate,
    };
    const built = buildCandidate(place, m);
    out.push(...built.candidates);
    if (built.candidates.length) shareListUnit(out, first, text, m.number.start);
    segStart = built.consumed;
    if (state.listBracket && state.listNames && state.listIndex === state.listNames.length - 1) {
      closeBracketedList(out, Math.max(first, out.length - state.listNames.length), state.listBracket);
      state.listBracket = false;
    }
  }
  if (out.length === before) bare.push([clauseStart, end]);
  carried.name = state.lastName;
  // a list of numeric targets may hold qualitative ones (居民人均可支配收入与经济增长同步)
  if (!review && out.length - first >= 1) {
    // each clause's year is the last time expression before it, not one later in the sentence
    for (const [a, b] of bare) {
      const year = yearRefBefore(refs, a, a)?.year ?? options.periodEnd;
      if (year !== undefined) qualitativeTarget(text, a, b, year, options, out);
    }
  }
}

/** The distinct subjects of a clause's values when it has several, else undefined. */
function clauseSubjects(out: Candidate[], from: number): string[] | undefined {
  const names: string[] = [];
  for (let k = from; k < out.length; k++) if (!names.includes(out[k].indicator)) names.push(out[k].indicator);
  return names.length >= 2 ? names : undefined;
}

/** The last value's qualifier (以内; after 分别 only 左右) holds for the plain values of the list before it. */
function closeBracketedList(out: Candidate[], from: number, bracket: true | "approx"): void {
  const last = out[out.length - 1];
  if (!last || last.qualifier === "=" || last.value_max !== undefined) return;
  if (bracket === "approx" && last.qualifier !== "~") return;
  for (let k = from; k < out.length - 1; k++) {
    if (out[k].qualifier === "=" && out[k].unit === last.unit && out[k].value_max === undefined)
      out[k].qualifier = last.qualifier;
  }
}
