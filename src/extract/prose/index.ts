/**
 * Prose parser: proposes indicator candidates from sentences. One pass over the normalised text:
 * paragraphs carry a frame (review of past results or plan), sentences carry time expressions,
 * clauses carry "name + predicate + number + unit" statements.
 */
import type { Kind, Measure } from "../../record";
import {
  ESTIMATE_CUES,
  PERIOD_CUES,
  CLAUSE_PERIOD_CUES,
  FLOW_WORDS,
  REACHED_LINKS,
} from "../vocabulary/cues";
import { findTimeRefs, type TimeRef } from "../timeRefs";
import { isOverlongNumber, OVERFLOW_DIGITS } from "../numbers";
import { skipSpaces } from "../units";
import type { Candidate, ProseOptions, SentenceState } from "./types";
import { COMPLETE_NAME, LIST_RULES, notARecord, subjectsSharingValue } from "./rules";
import { type Mention, readMention, canStartNumber, skipMention } from "./mention";
import {
  type PredicateWord,
  ACTIONS,
  OBJECT_ENDS,
  GENERIC_NAMES,
  indicatorNamedIn,
  isOtherJurisdiction,
  isBareVerb,
  leadingFall,
  otherWholeBefore,
  ownWhole,
  startsWithPredicate,
  SCOPE_END,
  LEAD_VERBS,
  RATE_TAIL,
  GROWTH_NAME,
  stripPredicate,
  stripLead,
  compact,
  suffixName,
} from "./naming";
import { paragraphs, reviewFrames, previousPlanNames } from "./frames";
import { qualitativeTarget } from "./qualitative";

export type { Candidate, ProseOptions } from "./types";

const SENTENCE_END_RE = /[。;!?\n!?;]/g;

const CLAUSE_ENDS = new Set([",", ",", ":", ":", "—", "…"]);

const OPEN_QUOTES = new Set(["“", "「", "《"]);

const CLOSE_QUOTES = new Set(["”", "」", "》"]);

const MAX_ZONE = 120;

/** Longest stretch read as one sentence (see sentencePieces). */
export const MAX_SENTENCE = 1200;

/** Longest source passage a record quotes: far below Excel's 32,767 characters per cell. */
export const MAX_QUOTE = 300;

/** How far back a later clause looks for the subject it refers to. */
const SUBJECT_LOOKBACK = 160;

const ANY_QUOTE = /[“「《]/;

const QUOTE_MARK = /[“「《”」》]/g;

/**
 * Characters where something can happen in a sentence: clause ends and the starts of numbers. A Chinese
 * numeral counts only before another numeral, a magnitude, 成 or 分(之): one digit alone (一体化, 统一,
 * 三农) is below 10 and never read as a figure, and such characters are frequent in running text.
 */
const INTERESTING =
  /[0-9,:—…]|[一二两三四五六七八九十百千万〇零](?=[一二两三四五六七八九十百千万亿成分〇零点])/g;

const ANY_NUMBER = /[0-9]|[一二两三四五六七八九十百千万〇零](?=[一二两三四五六七八九十百千万亿成分〇零点])/g;

export function parseProse(text: string, options: ProseOptions): Candidate[] {
  const warnings = options.warnings ?? [];
  const out: Candidate[] = [];
  const reviewNames = options.reviewYear !== undefined ? previousPlanNames(options) : [];
  const paras = paragraphs(text);
  const frames = reviewFrames(text, paras, reviewNames, options);
  const skip = [...options.skip].sort((a, b) => a.start - b.start);
  let skipAt = 0;
  const carried: Carried = {};
  for (const { start, end } of paras) {
    const review = frames.get(start) ?? false;
    // paragraphs come in order: tables ending before this one are passed for good
    while (skipAt < skip.length && skip[skipAt].end <= start) skipAt++;
    let inTable = false;
    for (let k = skipAt; k < skip.length && skip[k].start < end && !inTable; k++)
      inTable = skip[k].end > start;
    if (inTable) continue;
    let s = start;
    // the subject a sentence hands on to the next one, within its paragraph
    carried.name = undefined;
    SENTENCE_END_RE.lastIndex = start;
    for (let m = SENTENCE_END_RE.exec(text); ; m = SENTENCE_END_RE.exec(text)) {
      const i = m && m.index < end ? m.index : end;
      for (const [a, b] of sentencePieces(text, s, i))
        parseSentence(text, a, b, review, options, out, warnings, carried);
      s = i + 1;
      if (i === end) break;
    }
  }
  return out;
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
    if (m.unit === "倍" && /的\s*$/.test(text.slice(Math.max(start, m.number.start - 3), m.number.start)))
      continue;
    if (skipMention(text, clauseStart, m)) continue;
    if (
      otherWholeBefore(text.slice(Math.max(clauseStart, m.number.start - 3), m.number.start).trimEnd(), own)
    )
      continue;
    const estimate = estimateAt.some((p) => start + p < m.number.start);
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
    segStart = built.consumed;
    if (state.listBracket && state.listNames && state.listIndex === state.listNames.length - 1) {
      closeBracketedList(out, Math.max(first, out.length - state.listNames.length));
      state.listBracket = false;
    }
  }
  if (out.length === before) bare.push([clauseStart, end]);
  carried.name = state.lastName;
  // a list of numeric targets may hold qualitative ones (居民人均可支配收入与经济增长同步)
  if (!review && out.length - first >= 1) {
    const year = yearRefBefore(refs, end, start)?.year ?? options.periodEnd;
    if (year !== undefined) for (const [a, b] of bare) qualitativeTarget(text, a, b, year, options, out);
  }
}

/** The time expression a value at pos refers to: the last one before it (由-years only in its own clause). */
function yearRefBefore(refs: TimeRef[], pos: number, clauseStart: number): TimeRef | undefined {
  let best: TimeRef | undefined;
  for (const r of refs) {
    if (r.end > pos || r.role === "compare" || (r.role === "from" && r.start < clauseStart)) continue;
    best = r;
  }
  return best;
}

/** The last value's qualifier (以内) holds for the plain values of the same list and unit before it. */
function closeBracketedList(out: Candidate[], from: number): void {
  const last = out[out.length - 1];
  if (!last || last.qualifier === "=" || last.value_max !== undefined) return;
  for (let k = from; k < out.length - 1; k++) {
    if (out[k].qualifier === "=" && out[k].unit === last.unit && out[k].value_max === undefined)
      out[k].qualifier = last.qualifier;
  }
}

/** Words that name a property of something rather than a thing (总投资, 年税收, 总数). */
const ATTRIBUTE_WORDS =
  "总投资|投资额|投资总额|总额|总数|总量|总面积|总规模|规模|年产值|产值|营业收入|主营业务收入|销售收入|年收入|年税收|税收|纳税";
const ATTRIBUTE_NAME = new RegExp(`^(${ATTRIBUTE_WORDS})$`);
const ATTRIBUTE_TAIL = new RegExp(`(${ATTRIBUTE_WORDS})$`);

/** Where a value sits: its sentence, clause and the text the parser may read its name from. */
interface Place {
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  clauseStart: number;
  /** Start of the name zone: the clause start or the end of the previous value. */
  segStart: number;
  refs: TimeRef[];
  review: boolean;
  options: ProseOptions;
  state: SentenceState;
  estimate: boolean;
}

/** Text from the segment start to the number, time expressions removed and bounded in length. */
function nameZone(p: Place, numberStart: number): string {
  let zone = "";
  // only the zone's end is kept: reading further back than a few times that would be wasted work
  const from = Math.max(p.segStart, numberStart - 4 * MAX_ZONE);
  let cursor = from;
  for (let k = firstRefEndingAfter(p.refs, from); k < p.refs.length; k++) {
    const r = p.refs[k];
    if (r.start >= numberStart) break;
    zone += p.text.slice(cursor, Math.max(cursor, r.start));
    cursor = Math.max(cursor, r.end);
  }
  zone += p.text.slice(cursor, numberStart);
  // names are short: only the end of a long zone matters, and bounding it keeps every regex linear
  return zone.length > MAX_ZONE ? zone.slice(-MAX_ZONE) : zone;
}

/** What a sentence hands on to the next: its last subject; and where the next number is. */
interface Carried {
  name?: string;
  /** Offset of the first number at or after `from` (text.length: none), found once for many sentences. */
  numberAt?: { from: number; at: number };
}

/** The first possible number at or after `from`; the search is reused while sentences lie before it. */
function nextNumberAt(text: string, from: number, carried: Carried): number {
  const known = carried.numberAt;
  if (known && known.from <= from && from <= known.at) return known.at;
  ANY_NUMBER.lastIndex = from;
  const hit = ANY_NUMBER.exec(text);
  carried.numberAt = { from, at: hit ? hit.index : text.length };
  return carried.numberAt.at;
}

/** A document named before a generic word (《纲要》目标, 《规划》提出的目标). */
const DOCUMENT_REF = /^《[^》]{1,30}》(提出的?|确定的?|设定的?|明确的?|的)?/;

/** A sentence that is nothing but an indicator's name (游客人均停留天数), else undefined. */
function bareSubject(sentence: string): string | undefined {
  const s = compact(sentence);
  return s.length >= 3 && s.length <= 16 && /^[\u4e00-\u9fffA-Za-z0-9.]+$/.test(s) && COMPLETE_NAME.test(s)
    ? s
    : undefined;
}

/** Another value follows this one in a list (增长5.6%、7.5%, 增长5%和7%). */
function valuesFollow(text: string, end: number): boolean {
  const k = skipSpaces(text, end);
  return (
    /[、和及]/.test(text[k] ?? "") && /[0-9一二两三四五六七八九十]/.test(text[skipSpaces(text, k + 1)] ?? "")
  );
}

/** Index of the first time expression (in text order) that ends after pos: a binary search. */
function firstRefEndingAfter(refs: TimeRef[], pos: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indicator a value measures: from the words before it, after it, or the sentence's subject. */
function resolveName(
  p: Place,
  m: Mention,
  zone: string,
  rawName: string,
  words: PredicateWord[],
): { name: string; fromSuffix: boolean; suffixEnd: number; suffix: string } | undefined {
  const { text, state } = p;
  // 到/在/于 …: a preposition, also alone (在3000个小区设置智能回收机: the name follows the value)
  let name = compact(stripLead(rawName)).replace(/^(到|至|在|截至|于|为|向)(?=.)|^(在|于|为|向)$/, "");
  name = stripLead(name);
  // 全省 in a province's report: the document's own jurisdiction is the scope, not part of the name
  const own = ownWhole(p.options.regionNames);
  if (own && name.startsWith(own)) name = stripLead(name.slice(own.length));
  // 比2020年提高5个百分点: only the comparison is left, the subject is the previous one
  if (/^(比|较|同比|与|相比)$/.test(name)) name = "";
  let fromSuffix = false;
  const { name: suffix, end: suffixEnd } = suffixName(text, m.end, p.sentenceEnd);
  const adjacent = m.end < text.length && !/[\s、,,;;。]/.test(text[m.end]);
  const verb = OBJECT_ENDS.find((a) => name.endsWith(a));
  const hasSuffix =
    suffix.length >= 2 && /^(\d+\s*)?[\u4e00-\u9fffA-Za-z]/.test(suffix) && !startsWithPredicate(suffix);
  // 提供11.2万个岗位, 由162个整合为123个: a verb alone names nothing
  if (!verb && isBareVerb(name)) name = "";
  const zoneEnd = zone.trimEnd();
  // 10公里的青龙河生态主题公园: the value describes the thing named after 的
  const describes =
    text[m.end] === "的" &&
    m.unit !== "%" &&
    m.qualifier === "=" &&
    OBJECT_ENDS.some((v) => name.includes(v));
  // 80%以上的规上企业实施…改造: a share of the things named after 的
  const shareOf = text[m.end] === "的" && m.unit === "%" && !name;
  if (hasSuffix && (!name || /[等和及、的]$/.test(zoneEnd) || SCOPE_END.test(name) || describes || shareOf)) {
    // 开工建设郑东新区中国粮谷等50个项目: the leading action belongs to the thing counted
    const lead = zoneEnd.endsWith("等") ? (ACTIONS.find((v) => name.startsWith(v)) ?? "") : "";
    name = lead + suffix;
    fromSuffix = true;
  } else if (hasSuffix && verb && (adjacent || name.length <= verb.length + 2)) {
    name = (ACTIONS.includes(verb) ? verb : "") + suffix;
    fromSuffix = true;
  }
  // 失业率保持低位运行,低于3.5%的控制目标: a generic word after the value refers back to the subject
  if (fromSuffix && GENERIC_NAMES.test(name)) {
    name = indicatorNamedIn(text.slice(Math.max(p.sentenceStart, p.clauseStart - 60), p.clauseStart)) ?? "";
  }
  // 《纲要》目标为2.5天: a plan's target for the indicator the paragraph speaks of
  if (!fromSuffix && GENERIC_NAMES.test(name.replace(DOCUMENT_REF, ""))) name = "";
  if (!name) {
    if (state.listNames && state.listIndex < state.listNames.length) name = state.listNames[state.listIndex];
    else if (state.lastName) name = state.lastName;
    // 游客人均停留天数。2020年为1.6天: the subject of the sentence before
    else if (state.carried && p.clauseStart === p.sentenceStart) name = state.carried;
    // 经济总量连续跨越两个千亿台阶,2024年达到5100亿元: the subject is an indicator named earlier
    else
      name =
        indicatorNamedIn(
          text.slice(Math.max(p.sentenceStart, p.clauseStart - SUBJECT_LOOKBACK), p.clauseStart),
        ) ?? "";
  }
  // 引进重大项目50个,总投资2500亿元: an attribute word names a property of the previous subject
  if (ATTRIBUTE_NAME.test(name) && state.lastName && !state.lastName.endsWith(name)) {
    const owner = state.lastName.replace(ATTRIBUTE_TAIL, "");
    if (owner.length >= 2) name = owner + name;
  }
  // 分别 lists, 城乡 pairs, a list going on: one name per value (rules.ts)
  for (const rule of LIST_RULES) {
    const listed = rule.read({ name, zone, words, state, valuesFollow: valuesFollow(text, m.end) });
    if (listed !== undefined) {
      name = listed;
      break;
    }
  }
  // 新建重点实验室、…、企业技术中心等省级以上创新平台: the category after 等 is the indicator
  const etc = name.lastIndexOf("等");
  if (etc > 0 && etc < name.length - 2) {
    const lead = OBJECT_ENDS.find((v) => name.startsWith(v)) ?? "";
    name = lead + name.slice(etc + 1);
  }
  name = name.replace(LEAD_VERBS, "");
  // 郑州高新区经济总量: the document's own region is the scope, not part of the name
  for (const region of p.options.regionNames ?? []) {
    if (name.startsWith(region) && name.length > region.length + 1)
      name = stripLead(name.slice(region.length));
  }
  // a name read after the value may open with the document's own whole too (全省研发人员)
  if (own && name.startsWith(own) && name.length > own.length + 1) name = stripLead(name.slice(own.length));
  // 省定全省生产总值增长目标, 全国…: another jurisdiction's figure
  if (isOtherJurisdiction(name, own)) return undefined;
  if (isBareVerb(name)) return undefined;
  if (!name || name.length < 2 || !/[\u4e00-\u9fffA-Za-z]/.test(name)) return undefined;
  // “湘商回归”新注册企业: a quote whose opening mark was cut off with the words before it
  const close = name.indexOf("”");
  if (close > 0 && !name.slice(0, close).includes("“")) name = "“" + name;
  return { name: name.length > 40 ? name.slice(-40) : name, fromSuffix, suffixEnd, suffix };
}

/** Level, growth or change, and the sign: a fall written in prose is negative growth. */
function measureOf(
  m: Mention,
  name: string,
  zone: string,
  words: PredicateWord[],
  state: SentenceState,
  inList: boolean,
): { measure: Measure; value: number; valueMax?: number; measureWords: PredicateWord[] } {
  // a list going on (、11.3%、8.7%) keeps the predicate of its first value
  const continuing = inList && !zone.replace(/[\s、和及]/g, "") && state.lastWords !== undefined;
  const measureWords = continuing ? (state.lastWords ?? []) : words;
  // compounds such as 增长到/提高至 are links (a level); a growth word with 保持在 stays growth
  const growth = measureWords.some((w) => w.type === "growth");
  const fall = measureWords.some((w) => w.type === "fall");
  let measure: Measure = "level";
  if (m.unit === "个百分点") measure = "change";
  else if (m.unit === "%" && GROWTH_NAME.test(name)) measure = "growth";
  else if ((growth || fall) && (m.unit === "%" || m.unit === "倍" || m.unit === "‰")) measure = "growth";
  // 优良天数增加25天, 净增231万户: a growth word before an amount is a change in level, not a rate
  else if (growth || fall) measure = "change";
  // where the indicator's own name states the fall (能耗降低), the value stays positive
  const negate = fall && !/降低|下降|减少/.test(name) && measure !== "level";
  return {
    measure,
    value: negate ? -m.value : m.value,
    valueMax: m.value_max !== undefined && negate ? -m.value_max : m.value_max,
    measureWords,
  };
}

/** The year a value refers to, whether it is an actual, a target or an estimate, and its period. */
function yearAndKind(
  p: Place,
  numberStart: number,
  measure: Measure,
  isFrom: boolean,
  continuesFrom: boolean,
  reached: boolean,
  flow: boolean,
): { year: number; kind: Kind; yearInferred: boolean; periodStart?: number } | undefined {
  const { text, options, review, state } = p;
  const ref = yearRefBefore(p.refs, numberStart, p.clauseStart);
  const planEnd = options.periodEnd;
  let year: number | undefined;
  let yearInferred = false;
  let kind: Kind;
  let periodStart: number | undefined;
  if (continuesFrom && state.lastYear !== undefined) {
    // 由138亿元增长到239.5亿元: the second value is the end of the same change
    year = review ? options.reviewYear : planEnd;
    const past = year !== undefined && options.reviewYear !== undefined && year <= options.reviewYear;
    kind = review || past ? "actual" : "target";
    yearInferred = true;
  } else if (isFrom) {
    const base = ref && ref.role === "from" ? ref.year : undefined;
    const endYear = review
      ? options.reviewYear
      : options.periodStart !== undefined
        ? options.periodStart - 1
        : undefined;
    year = base ?? (endYear !== undefined ? (review ? endYear - options.reviewSpan : endYear) : undefined);
    yearInferred = base === undefined;
    kind = "actual";
  } else if (ref) {
    year = ref.year;
    periodStart = ref.periodStart;
    // a past year is an actual; the year still running (全年 of a mid-year report) is planned for
    const running = year === options.currentYear && !review;
    kind = options.reviewYear !== undefined && year <= options.reviewYear && !running ? "actual" : "target";
  } else {
    year = review ? options.reviewYear : planEnd;
    kind = review ? "actual" : "target";
    yearInferred = true;
  }
  if (p.estimate) kind = "estimate";
  if (year === undefined) return undefined;

  // period averages and cumulative totals (年均, 累计, “十三五”期间) of a multi-year plan
  const clauseText = text.slice(p.clauseStart, numberStart);
  const sentenceHead = text.slice(p.sentenceStart, numberStart);
  const multiYear = options.reviewSpan > 1;
  const clauseCue = CLAUSE_PERIOD_CUES.some((c) => clauseText.includes(c));
  // a level reached (达709.3亿元) is a value at its year, whatever span the sentence opens with;
  // only 累计/年均/每年 in its own clause make it a period figure
  const spanCue =
    !(reached && measure === "level") &&
    (PERIOD_CUES.some((c) => sentenceHead.includes(c)) || periodStart !== undefined);
  // work done or things added, dated only by the period's end (到2025年, or the plan's context)
  const periodEnd = review ? options.reviewYear : planEnd;
  const byPeriodEnd =
    !ref || (year === periodEnd && /[到至]$/.test(text.slice(Math.max(0, ref.start - 1), ref.start)));
  const flowTotal = flow && measure === "level" && !reached && byPeriodEnd && year === periodEnd;
  if (multiYear && (clauseCue || spanCue || flowTotal)) {
    periodStart =
      periodStart !== undefined && periodStart <= year ? periodStart : year - options.reviewSpan + 1;
  } else if (multiYear && measure === "growth" && clauseText.includes("年均")) {
    periodStart = year - options.reviewSpan + 1;
  } else {
    periodStart = undefined;
  }
  // changes, and the two ends of 由…增长到…, are values at a point in time
  if (measure === "change" || isFrom || continuesFrom) periodStart = undefined;
  return { year, kind, yearInferred, periodStart };
}

function buildCandidate(p: Place, m: Mention): { candidates: Candidate[]; consumed: number } {
  const none = { candidates: [], consumed: m.end };
  const { state } = p;
  const numberStart = m.number.start;
  const zone = nameZone(p, numberStart);
  const stripped = stripPredicate(zone);
  const { words } = stripped;
  let rawName = stripped.name;
  const fallFirst = words.some((w) => w.type !== "filler" && w.type !== "modal")
    ? undefined
    : leadingFall(rawName);
  if (fallFirst) {
    rawName = fallFirst.rest;
    words.push(fallFirst.word);
  } else if (p.segStart > p.clauseStart && !words.length && /^[\s、]/.test(zone) && state.lastLeadFall) {
    // 平均压减时间58%、材料52%: the next object of the same fall verb
    words.push(state.lastLeadFall);
  }
  state.lastLeadFall = fallFirst?.word ?? (words.length === 1 ? state.lastLeadFall : undefined);
  const named = resolveName(p, m, zone, rawName, words);
  if (!named) return none;
  // counts of the plan's own items, numbers in names and slogans … (rules.ts)
  const refused = notARecord({
    text: p.text,
    mention: m,
    name: named.name,
    suffix: named.suffix,
    clauseStart: p.clauseStart,
    sentenceEnd: p.sentenceEnd,
  });
  if (refused?.id === "count-of-plan-items") state.countingItems = true;
  if (refused || (state.countingItems && m.unit === "项")) return none;
  let { name } = named;
  const isFrom = words.some((w) => w.type === "from");
  // 从2020年的3.68万亿元增长到2025年的4.93万亿元: a year of its own makes the second value a value at
  // that year (the 由…到 rule dates it only when it has none)
  const k = firstRefEndingAfter(p.refs, p.segStart);
  const ownYear = k < p.refs.length && p.refs[k].start < numberStart && p.refs[k].role !== "compare";
  const continuesFrom = state.fromPending && !isFrom && !ownYear;

  // a list goes on only inside its clause: a new clause (，70%村卫生室…) starts afresh
  const inList = p.segStart > p.clauseStart;
  const { measure, value, valueMax, measureWords } = measureOf(m, name, zone, words, state, inList);

  // qualifier: words before the number override a plain value (in a list, the words before its first
  // value: 分别突破100亿元、50亿元); a range is plain
  let qualifier = m.qualifier;
  const prefixQ = measureWords.find((w) => w.type === "qualifier");
  if (prefixQ?.qualifier && qualifier === "=") qualifier = prefixQ.qualifier;
  if (m.value_max !== undefined) qualifier = "=";
  if (measure === "growth") name = name.replace(/(年均|同比)$/, "");
  // a continued list (分别达709.3亿元、54.4亿元) shares its first value's words
  const reached = measureWords.some((w) => w.type === "link" && REACHED_LINKS.has(w.word));
  const listed = inList && !zone.replace(/[\s、和及]/g, "") && state.lastFlow === true;
  const flow = m.unit !== "%" && (listed || FLOW_WORDS.some((w) => zone.includes(w)));
  state.lastFlow = flow;
  const when = yearAndKind(p, numberStart, measure, isFrom, continuesFrom, reached, flow);
  if (!when) return none;

  state.lastName = name;
  state.lastWords = measureWords;
  state.lastYear = when.year;
  state.fromPending = isFrom;

  let confidence = 0.85;
  if (named.fromSuffix) confidence -= 0.15;
  if (when.yearInferred) confidence -= 0.1;
  if (name.length > 20) confidence -= 0.15;
  if (m.number.chinese) confidence -= 0.05;

  const cand: Candidate = {
    indicator: name,
    kind: when.kind,
    measure,
    year: when.year,
    value,
    unit: m.unit,
    qualifier,
    year_inferred: when.yearInferred,
    // the quote: the clause up to the value, bounded (a clause may run on without punctuation)
    start: Math.max(p.clauseStart, p.segStart, m.end - MAX_QUOTE),
    end: m.end,
    confidence: Math.round(confidence * 100) / 100,
  };
  if (valueMax !== undefined) cand.value_max = valueMax;
  if (when.periodStart !== undefined) cand.period_start = when.periodStart;
  const consumed = named.fromSuffix ? Math.max(m.end, named.suffixEnd) : m.end;
  // 问题解决率和满意度保持在97%以上: one value for each rate named
  // 问题解决率和满意度保持在97%以上, 工业投资、民间投资年均增长6%: one value for each subject named
  const ownClause = p.segStart === p.clauseStart;
  const parts =
    state.listNames || !ownClause ? undefined : subjectsSharingValue(name, measure === "growth", RATE_TAIL);
  if (parts) {
    return { candidates: parts.map((x) => ({ ...cand, indicator: x })), consumed };
  }
  return { candidates: [cand], consumed };
}
