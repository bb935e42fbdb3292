/**
 * Prose parser: proposes indicator candidates from sentences. One pass over the normalised text:
 * paragraphs carry a frame (review of past results or plan), sentences carry time expressions,
 * clauses carry "name + predicate + number + unit" statements.
 */
import type { Kind, Measure } from "../../model/record";
import { ESTIMATE_CUES, PERIOD_CUES, CLAUSE_PERIOD_CUES } from "../cues";
import { findTimeRefs, type TimeRef } from "../timeRefs";
import type { Candidate, ProseOptions } from "./types";
import { type Mention, readMention, canStartNumber, skipMention } from "./mention";
import {
  type PredicateWord,
  ACTIONS,
  OBJECT_ENDS,
  GENERIC_NAMES,
  indicatorNamedIn,
  isOtherJurisdiction,
  SCOPE_END,
  LEAD_VERBS,
  RATE_TAIL,
  GROWTH_NAME,
  stripPredicate,
  stripLead,
  compact,
  suffixName,
} from "./naming";
import { reviewFrames, previousPlanNames } from "./frames";
import { qualitativeTarget } from "./qualitative";

export type { Candidate, ProseOptions } from "./types";

const SENTENCE_END_RE = /[。;!?\n!?;]/g;

const CLAUSE_ENDS = new Set([",", ",", ":", ":", "—", "…"]);

const OPEN_QUOTES = new Set(["“", "「", "《"]);

const CLOSE_QUOTES = new Set(["”", "」", "》"]);

const MAX_ZONE = 120;

const ANY_QUOTE = /[“「《]/;

const QUOTE_MARK = /[“「《”」》]/g;

/** Characters where something can happen in a sentence: clause ends and the starts of numbers. */
const INTERESTING = /[0-9一二两三四五六七八九十百千〇零,,::—…]/g;

const ANY_NUMBER = /[0-9一二两三四五六七八九十百千〇零]/;

interface SentenceState {
  lastWords?: PredicateWord[];
  lastName?: string;
  lastKind?: Kind;
  lastYear?: number;
  listNames?: string[];
  listIndex: number;
  fromPending: boolean;
}

export function parseProse(text: string, options: ProseOptions): Candidate[] {
  const out: Candidate[] = [];
  const reviewNames = options.reviewYear !== undefined ? previousPlanNames(options) : [];
  const frames = reviewFrames(text, reviewNames, options);
  const skip = [...options.skip].sort((a, b) => a.start - b.start);
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const review = frames.get(lineStart) ?? false;
    if (!skip.some((s) => s.start < lineEnd && s.end > lineStart)) {
      let s = lineStart;
      SENTENCE_END_RE.lastIndex = lineStart;
      for (let m = SENTENCE_END_RE.exec(text); ; m = SENTENCE_END_RE.exec(text)) {
        const i = m && m.index < lineEnd ? m.index : lineEnd;
        if (i > s) parseSentence(text, s, i, review, options, out);
        s = i + 1;
        if (i === lineEnd) break;
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
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
) {
  // quick reject: no digit or numeral at all
  if (!ANY_NUMBER.test(text.slice(start, end))) return;
  const refs = findTimeRefs(text, start, end, options, review);
  const quotes = shortQuotes(text, start, end);
  const sentence = text.slice(start, end);
  const estimateAt = ESTIMATE_CUES.map((c) => sentence.indexOf(c)).filter((p) => p >= 0);
  const state: SentenceState = { listIndex: 0, fromPending: false };
  let clauseStart = start;
  let segStart = start;
  const first = out.length;
  let before = out.length;
  /** Clauses without a number: candidates for qualitative targets. */
  const bare: [number, number][] = [];
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
    if (refs.some((r) => i >= r.start && i < r.end)) continue;
    if (quotes.some(([a, b]) => i > a && i < b)) continue;
    const m = readMention(text, i, end);
    if (!m) continue;
    INTERESTING.lastIndex = m.end;
    const numeral = text.slice(m.number.start, m.number.end);
    if (m.number.chinese && !m.number.percent && (m.value < 10 || !/[一二两三四五六七八九]/.test(numeral)))
      continue;
    if (m.unit === "倍" && /的\s*$/.test(text.slice(Math.max(start, m.number.start - 3), m.number.start)))
      continue;
    if (skipMention(text, start, m)) continue;
    const estimate = estimateAt.some((p) => start + p < m.number.start);
    const built = buildCandidate(
      text,
      start,
      segStart,
      m.number.start,
      m,
      clauseStart,
      end,
      refs,
      review,
      options,
      state,
      estimate,
    );
    out.push(...built.candidates);
    segStart = built.consumed;
  }
  if (out.length === before) bare.push([clauseStart, end]);
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

function buildCandidate(
  text: string,
  sentenceStart: number,
  segStart: number,
  numberStart: number,
  m: Mention,
  clauseStart: number,
  sentenceEnd: number,
  refs: TimeRef[],
  review: boolean,
  options: ProseOptions,
  state: SentenceState,
  estimate: boolean,
): { candidates: Candidate[]; consumed: number } {
  const none = { candidates: [], consumed: m.end };
  // the name zone: from the segment start to the number, time expressions removed
  let zone = "";
  let cursor = segStart;
  for (const r of refs) {
    if (r.end <= segStart || r.start >= numberStart) continue;
    zone += text.slice(cursor, Math.max(cursor, r.start));
    cursor = Math.max(cursor, r.end);
  }
  zone += text.slice(cursor, numberStart);
  // names are short: only the end of a long zone matters, and bounding it keeps every regex linear
  if (zone.length > MAX_ZONE) zone = zone.slice(-MAX_ZONE);
  const { name: rawName, words } = stripPredicate(zone);
  let name = compact(stripLead(rawName)).replace(/^(到|至|在|截至|于)(?=.)/, "");
  name = stripLead(name);
  // 比2020年提高5个百分点: only the comparison is left, the subject is the previous one
  if (/^(比|较|同比|与|相比)$/.test(name)) name = "";
  let fromSuffix = false;
  const { name: suffix, end: suffixEnd } = suffixName(text, m.end, sentenceEnd);
  const adjacent = m.end < text.length && !/[\s、,,;;。]/.test(text[m.end]);
  const verb = OBJECT_ENDS.find((a) => name.endsWith(a));
  const hasSuffix = suffix.length >= 2 && /^(\d+\s*)?[\u4e00-\u9fffA-Za-z]/.test(suffix);
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
    name = indicatorNamedIn(text.slice(Math.max(sentenceStart, clauseStart - 60), clauseStart)) ?? "";
  }
  if (!name) {
    if (state.listNames && state.listIndex < state.listNames.length) name = state.listNames[state.listIndex];
    else if (state.lastName) name = state.lastName;
    // 经济总量连续跨越两个千亿台阶,2024年达到5100亿元: the subject is an indicator named earlier
    else name = indicatorNamedIn(text.slice(sentenceStart, clauseStart)) ?? "";
  }
  const isFrom = words.some((w) => w.type === "from");
  const continuesFrom = state.fromPending && !isFrom;
  if (words.some((w) => w.word === "分别") && /[、和及]/.test(name)) {
    state.listNames = name.split(/[、和及]/).filter(Boolean);
    state.listIndex = 0;
    name = state.listNames[0];
  } else if (state.listNames && !zone.replace(/[\s、和及]/g, "")) {
    state.listIndex++;
    name = state.listNames[state.listIndex] ?? state.listNames[state.listNames.length - 1];
  }
  // 新建重点实验室、…、企业技术中心等省级以上创新平台: the category after 等 is the indicator
  const etc = name.lastIndexOf("等");
  if (etc > 0 && etc < name.length - 2) {
    const lead = OBJECT_ENDS.find((v) => name.startsWith(v)) ?? "";
    name = lead + name.slice(etc + 1);
  }
  name = name.replace(LEAD_VERBS, "");
  // 郑州高新区经济总量: the document's own region is the scope, not part of the name
  for (const region of options.regionNames ?? []) {
    if (name.startsWith(region) && name.length > region.length + 1)
      name = stripLead(name.slice(region.length));
  }
  // 省定全省生产总值增长目标: another jurisdiction's figure
  if (isOtherJurisdiction(name)) return none;
  if (!name || name.length < 2 || !/[\u4e00-\u9fffA-Za-z]/.test(name)) return none;
  if (name.length > 40) name = name.slice(-40);

  // qualifier: prefix words override plain
  let qualifier = m.qualifier;
  const prefixQ = words.find((w) => w.type === "qualifier");
  if (prefixQ?.qualifier && qualifier === "=") qualifier = prefixQ.qualifier;
  if (m.value_max !== undefined) qualifier = "=";

  // measure
  const continuing = !zone.replace(/[\s、和及]/g, "") && state.lastWords !== undefined;
  const measureWords = continuing ? (state.lastWords ?? []) : words;
  const growth = measureWords.some((w) => w.type === "growth");
  const fall = measureWords.some((w) => w.type === "fall");
  // compounds such as 增长到/提高至 are links (a level); a growth word with 保持在 stays growth
  const linkToLevel = false;
  let measure: Measure = "level";
  let value = m.value;
  let valueMax = m.value_max;
  const nameStatesFall = /降低|下降|减少/.test(name);
  if (m.unit === "个百分点") measure = "change";
  else if (m.unit === "%" && GROWTH_NAME.test(name)) measure = "growth";
  else if ((growth || fall) && !linkToLevel && (m.unit === "%" || m.unit === "倍" || m.unit === "‰"))
    measure = "growth";
  else if ((growth || fall) && !linkToLevel && /较|比/.test(zone)) measure = "change";
  if (fall && !nameStatesFall && measure !== "level") {
    value = -value;
    if (valueMax !== undefined) valueMax = -valueMax;
  }
  if (measure === "growth") name = name.replace(/(年均|同比)$/, "");

  // year and kind
  const zoneText = text.slice(clauseStart, numberStart);
  const sentenceHead = text.slice(sentenceStart, numberStart);
  const ref = yearRefBefore(refs, numberStart, clauseStart);
  const planEnd = options.periodEnd;
  let year: number | undefined;
  let yearInferred = false;
  let kind: Kind;
  let periodStart: number | undefined;
  if (continuesFrom && state.lastYear !== undefined) {
    // 由138亿元增长到239.5亿元: the second value is the end of the same change
    year = review ? options.reviewYear : planEnd;
    kind =
      review || (year !== undefined && options.reviewYear !== undefined && year <= options.reviewYear)
        ? "actual"
        : "target";
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
  if (estimate) kind = "estimate";
  if (year === undefined) return none;
  if (
    options.reviewSpan > 1 &&
    (PERIOD_CUES.some((c) => sentenceHead.includes(c)) ||
      CLAUSE_PERIOD_CUES.some((c) => zoneText.includes(c)) ||
      periodStart !== undefined)
  ) {
    const span = options.reviewSpan;
    periodStart = periodStart !== undefined && periodStart <= year ? periodStart : year - span + 1;
  } else {
    periodStart = undefined;
  }
  if (
    measure === "growth" &&
    zoneText.includes("年均") &&
    options.reviewSpan > 1 &&
    periodStart === undefined
  ) {
    periodStart = year - options.reviewSpan + 1;
  }
  if (measure !== "level" && measure !== "growth") periodStart = undefined;
  // the two ends of 由…增长到… are values at a point in time
  if (isFrom || continuesFrom) periodStart = undefined;

  state.lastName = name;
  state.lastWords = measureWords;
  state.lastKind = kind;
  state.lastYear = year;
  state.fromPending = isFrom;

  let confidence = 0.85;
  if (fromSuffix) confidence -= 0.15;
  if (yearInferred) confidence -= 0.1;
  if (name.length > 20) confidence -= 0.15;
  if (m.number.chinese) confidence -= 0.05;

  const quoteStart = Math.max(clauseStart, segStart);
  const cand: Candidate = {
    indicator: name,
    kind,
    measure,
    year,
    value,
    unit: m.unit,
    qualifier,
    year_inferred: yearInferred,
    start: quoteStart,
    end: m.end,
    confidence: Math.round(confidence * 100) / 100,
  };
  if (valueMax !== undefined) cand.value_max = valueMax;
  if (periodStart !== undefined) cand.period_start = periodStart;
  const consumed = fromSuffix ? Math.max(m.end, suffixEnd) : m.end;
  // 问题解决率和满意度保持在97%以上: one value for each rate named
  const parts = name.split(/[和及、]/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => p.length >= 2 && RATE_TAIL.test(p))) {
    return { candidates: parts.map((p) => ({ ...cand, indicator: p })), consumed };
  }
  return { candidates: [cand], consumed };
}
