/**
 * Prose parser: proposes indicator candidates from sentences. One pass over the normalised text:
 * paragraphs carry a frame (review of past results or plan), sentences carry time expressions,
 * clauses carry "name + predicate + number + unit" statements.
 */
import type { Kind, Measure, Qualifier } from "../model/record";
import {
  ACTION_VERBS,
  ESTIMATE_CUES,
  FALL_WORDS,
  GROWTH_WORDS,
  INFIX_QUALIFIERS,
  LEVEL_LINKS,
  NAME_AFTER_UNIT,
  NAME_LEAD_FILLERS,
  NAME_TAIL_FILLERS,
  OBJECT_VERBS,
  PERIOD_CUES,
  CLAUSE_PERIOD_CUES,
  PREFIX_QUALIFIERS,
  REVIEW_CUES,
  SUFFIX_QUALIFIERS,
} from "./cues";
import { isAsciiDigit, isChineseNumeralChar, readNumber, type NumberToken } from "./numbers";
import { findTimeRefs, type TimeRef, type YearFrame } from "./timeRefs";
import { INDICATORS } from "./lexicon";
import { readUnit, skipSpaces } from "./units";

export interface Candidate {
  indicator: string;
  kind: Kind;
  measure: Measure;
  year: number;
  period_start?: number;
  value: number | null;
  value_max?: number;
  unit: string;
  qualifier: Qualifier;
  text?: string;
  year_inferred: boolean;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  confidence: number;
}

export interface ProseOptions extends YearFrame {
  /** Default year of actuals in a review section (the year before the plan period). */
  reviewYear?: number;
  /** Length of the reviewed period (5 for a five-year plan, 1 for an annual plan). */
  reviewSpan: number;
  /** The document's own jurisdiction (full name and short names): not part of an indicator's name. */
  regionNames?: string[];
  /** Spans (normalised offsets) to leave alone: tables. */
  skip: { start: number; end: number }[];
}

const SENTENCE_END_RE = /[。;!?\n!?;]/g;
const CLAUSE_ENDS = new Set([",", ",", ":", ":", "—", "…"]);
const RANGE_SEPARATORS = new Set(["~", "〜", "—", "–", "-", "－", "至", "到"]);
const OPEN_QUOTES = new Set(["“", "「", "《"]);
const CLOSE_QUOTES = new Set(["”", "」", "》"]);

interface PredicateWord {
  word: string;
  type: "growth" | "fall" | "link" | "from" | "qualifier" | "filler";
  qualifier?: Qualifier;
}

/** Every word that may sit between a name and its number, longest first. */
const PREDICATE_WORDS: PredicateWord[] = [
  ...GROWTH_WORDS.map((word) => ({ word, type: "growth" as const })),
  ...FALL_WORDS.map((word) => ({ word, type: "fall" as const })),
  ...LEVEL_LINKS.map((word) => ({ word, type: "link" as const })),
  ...["由", "从"].map((word) => ({ word, type: "from" as const })),
  ...PREFIX_QUALIFIERS.map(([word, qualifier]) => ({ word, type: "qualifier" as const, qualifier })),
  ...NAME_TAIL_FILLERS.map((word) => ({ word, type: "filler" as const })),
].sort((a, b) => b.word.length - a.word.length);

const LEAD_FILLERS = [...NAME_LEAD_FILLERS].sort((a, b) => b.length - a.length);

/** Word lists indexed by their last / first character (longest first), so a lookup tries a handful. */
function indexBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
const PREDICATE_BY_LAST = indexBy(PREDICATE_WORDS, (p) => p.word[p.word.length - 1]);
const LEAD_BY_FIRST = indexBy(LEAD_FILLERS, (w) => w[0]);
const ACTIONS = [...ACTION_VERBS].sort((a, b) => b.length - a.length);
const OBJECT_ENDS = [...new Set([...ACTION_VERBS, ...OBJECT_VERBS])].sort((a, b) => b.length - a.length);
const MAX_ZONE = 120;
const GENERIC_NAMES = /^(控制目标|预期目标|目标值?|水平|标准|要求|控制线)$/;
const ANY_QUOTE = /[“「《]/;
const QUOTE_MARK = /[“「《”」》]/g;
/** Characters where something can happen in a sentence: clause ends and the starts of numbers. */
const INTERESTING = /[0-9一二两三四五六七八九十百千〇零,,::—…]/g;
const ANY_NUMBER = /[0-9一二两三四五六七八九十百千〇零]/;
const OTHER_JURISDICTION = /^(省定|国家下达|省下达|省里|市定)?(全省|全国|全球|全世界)/;
/** The longest lexicon name in a passage (the subject a later clause refers back to). */
function indicatorNamedIn(passage: string): string | undefined {
  // the last one named wins (it is the nearest subject); at the same place, the longer name
  let best: { name: string; at: number } | undefined;
  for (const n of ALL_NAMES) {
    if (n.length < 3) continue;
    const at = passage.lastIndexOf(n);
    if (at < 0) continue;
    const end = at + n.length;
    const bestEnd = best ? best.at + best.name.length : -1;
    if (!best || end > bestEnd || (end === bestEnd && n.length > best.name.length)) best = { name: n, at };
  }
  return best?.name;
}
const ALL_NAMES = INDICATORS.flatMap((e) => [e.name_zh, ...e.synonyms]).filter((n) =>
  /[\u4e00-\u9fff]/.test(n),
);

/** Macro-indicator names (GDP, CPI …) that, after 全省/全国, make a figure another jurisdiction's. */
const MACRO_NAMES = INDICATORS.flatMap((e) => [e.name_zh, ...e.synonyms]).filter((n) => n.length >= 4);

/** 全省生产总值增长目标 is the province's; 全国休闲农业精品园区 (a national-level label) is not. */
function isOtherJurisdiction(name: string): boolean {
  const m = OTHER_JURISDICTION.exec(name);
  if (!m) return /^(省定|国家下达|省下达)/.test(name);
  const rest = name.slice(m[0].length);
  return MACRO_NAMES.some((n) => rest.startsWith(n));
}
const SCOPE_END = /(全区|全市|全县|辖区|区内|市内)$/;
/** Verbs that start a name without being part of the indicator (筹建日转运量 → 日转运量). */
const LEAD_VERBS = /^(筹建|打造|建设|推动|推进|实施|开展|加快|支持|完成|实现|争取|构建|统筹|聚焦|依托)(?=..)/;
const RATE_TAIL = /(率|度|比重|占比|比例)$/;
const GROWTH_NAME = /(增速|增幅|涨幅|增长率)$/;

const isLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

interface Mention {
  number: NumberToken;
  value: number;
  value_max?: number;
  unit: string;
  qualifier: Qualifier;
  /** End of the mention including suffix qualifier. */
  end: number;
}

/** Reads "number [多/余] unit [~ number unit] [以上/左右…]" at i, or undefined. */
function readMention(text: string, i: number, limit: number): Mention | undefined {
  const number = readNumber(text, i);
  if (!number || number.end > limit) return undefined;
  let qualifier: Qualifier = "=";
  let j = number.end;
  for (const [w, q] of INFIX_QUALIFIERS) {
    if (text.startsWith(w, skipSpaces(text, j))) {
      qualifier = q;
      j = skipSpaces(text, j) + w.length;
    }
  }
  let unit: string | undefined;
  let unitEnd = j;
  if (number.percent) unit = "%";
  else {
    const u = readUnit(text, j);
    if (u) {
      unit = u.unit;
      unitEnd = u.end;
    }
  }
  let valueMax: number | undefined;
  const sep = skipSpaces(text, unitEnd);
  if (RANGE_SEPARATORS.has(text[sep])) {
    const k = skipSpaces(text, sep + 1);
    const second =
      isAsciiDigit(text[k]) || (number.chinese && isChineseNumeralChar(text[k]))
        ? readNumber(text, k)
        : undefined;
    if (second && second.value > number.value) {
      const u2 = readUnit(text, second.end);
      if (u2 && (unit === undefined || u2.unit === unit)) {
        unit = u2.unit;
        unitEnd = u2.end;
        valueMax = second.value;
      } else if (!u2 && unit !== undefined && text[second.end] !== "年") {
        valueMax = second.value;
        unitEnd = second.end;
      }
    }
  }
  if (unit === undefined || unitEnd > limit) return undefined;
  const after = skipSpaces(text, unitEnd);
  if (NAME_AFTER_UNIT.some((w) => text.startsWith(w, after))) return undefined;
  let end = unitEnd;
  for (const [w, q] of SUFFIX_QUALIFIERS) {
    if (text.startsWith(w, after)) {
      qualifier = q;
      end = after + w.length;
      break;
    }
  }
  return { number, value: number.value, value_max: valueMax, unit, qualifier, end };
}

/** Whether a number starting at i is a quantity candidate at all (not part of a code, ordinal or name). */
/** A number after these is a rank or an ordinal (第3, 前30名, 后30). */
const RANK_BEFORE = new Set(["第", "前", "后"]);

function canStartNumber(text: string, i: number): boolean {
  const ch = text[i];
  const prev = text[i - 1];
  if (isAsciiDigit(ch))
    return !isAsciiDigit(prev) && prev !== "." && !isLetter(prev) && !RANK_BEFORE.has(prev);
  if (text.startsWith("百分之", i)) return true;
  if (!isChineseNumeralChar(ch) || ch === "点") return false;
  return !isChineseNumeralChar(prev) && !RANK_BEFORE.has(prev) && prev !== "之";
}

/** Zone endings that make the value a name or a feature of a project, not an indicator (年产, 占地). */
const FEATURE_BEFORE = /(年产|占地|届|全省|全国|全球|全世界)\s*$/;
const BARE_MAGNITUDE = new Set(["万", "亿", "万亿"]);

/** Numbers that are session numbers, ages, thresholds inside names or other jurisdictions' figures. */
function skipMention(text: string, sentenceStart: number, m: Mention): boolean {
  const before = text.slice(Math.max(sentenceStart, m.number.start - 6), m.number.start);
  if (FEATURE_BEFORE.test(before)) return true;
  const next = text[skipSpaces(text, m.end)];
  // 超500万企业: a bare magnitude followed by a noun is a threshold inside a name
  if (BARE_MAGNITUDE.has(m.unit) && next !== undefined && /[\u4e00-\u9fff]/.test(next)) return true;
  // 20万元以上的村, 30万吨/年以下煤矿: a threshold that qualifies a noun
  if (m.qualifier !== "=" && text[m.end] === "的" && m.unit !== "%") return true;
  if (
    (m.qualifier === "<=" || m.qualifier === "<") &&
    /[\u4e00-\u9fff]/.test(text[m.end] ?? "") &&
    !/[的,,。;;]/.test(text[m.end])
  ) {
    if (!/^(以内|以下)$/.test(text.slice(m.end - 2, m.end)) || !/^[的,,。;;\s]/.test(text[m.end] ?? "")) {
      if (/以下|以内/.test(text.slice(m.end - 2, m.end))) return true;
    }
  }
  // 超5000亿元开发区, 超千万元企业: "more than" + unit + noun names a class of things
  const lead = text.slice(Math.max(sentenceStart, m.number.start - 2), m.number.start);
  if (
    /超过?$/.test(lead) &&
    m.qualifier === "=" &&
    /[\u4e00-\u9fff]/.test(text[m.end] ?? "") &&
    !/^(的|以上|左右)/.test(text.slice(m.end, m.end + 2))
  )
    return true;
  // 按照1平方公里配置1座: a standard of provision, not a quantity
  if (
    /按照|按每/.test(
      text
        .slice(sentenceStart, m.number.start)
        .split(/[,,;;]/)
        .pop() ?? "",
    )
  )
    return true;
  // 3岁以下婴幼儿: an age bracket
  if (m.unit === "岁" && m.qualifier !== "=") return true;
  return false;
}

/** Removes words from the end of a prefix and reports them. */
function stripPredicate(prefix: string): { name: string; words: PredicateWord[] } {
  let name = prefix;
  const words: PredicateWord[] = [];
  for (let guard = 0; guard < 12; guard++) {
    const trimmed = name.replace(/[\s"“”'、]+$/u, "");
    if (trimmed !== name) {
      name = trimmed;
      continue;
    }
    const hit = PREDICATE_BY_LAST.get(name[name.length - 1])?.find((p) => name.endsWith(p.word));
    if (!hit) break;
    words.push(hit);
    name = name.slice(0, -hit.word.length);
  }
  return { name, words };
}

function stripLead(name: string): string {
  let out = name;
  for (let guard = 0; guard < 12; guard++) {
    const trimmed = out.replace(/^[\s"“”'、,:]+/u, "");
    if (trimmed !== out) {
      out = trimmed;
      continue;
    }
    // 对辖区73个…进行: a preposition, but 对外 starts a name (对外直接投资)
    if (out.startsWith("对") && !out.startsWith("对外")) {
      out = out.slice(1);
      continue;
    }
    const hit = LEAD_BY_FIRST.get(out[0])?.find((w) => out.startsWith(w));
    if (!hit) break;
    out = out.slice(hit.length);
  }
  return out;
}

function compact(s: string): string {
  return s.replace(/\s+/g, "");
}

/** Text after a mention that names what is counted (新建 6 家养老机构 → 养老机构), and where it ends. */
function suffixName(text: string, from: number, to: number): { name: string; end: number } {
  let i = from;
  while (i < to && /[\s的“”"]/.test(text[i])) i++;
  const begin = i;
  const limit = Math.min(to, begin + 24);
  let depth = 0;
  for (; i < limit; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "(") depth++;
    else if ((ch === ")" || ch === ")") && depth > 0) depth--;
    else if (depth === 0 && /[、,,;;。(]/.test(ch)) break;
    if (
      isAsciiDigit(ch) &&
      i > begin &&
      !isLetter(text[i - 1]) &&
      !isAsciiDigit(text[i - 1]) &&
      text[i - 1] !== "."
    )
      break;
    // 以上/左右 close the name only at its end (3家以上, 175个亿元以上重点项目 goes on)
    const closes = (w: string) => text.startsWith(w, i) && /^[,,。;;、\s]?$/.test(text[i + 2] ?? "");
    if (closes("以上") || closes("左右") || text.startsWith("和", i) || text.startsWith("及", i)) break;
  }
  const name = compact(text.slice(begin, i).replace(/[“”"]/g, "")).replace(SUFFIX_TAIL, "");
  return { name, end: i };
}

/** Work words after the thing counted (等82个重大续建项目建设): the thing is the indicator. */
const SUFFIX_TAIL = /(建设|工作|进行.*)$/;

/** Frames per paragraph: true where the paragraph reviews past results. */
function reviewFrames(text: string, reviewPlanNames: string[], options: ProseOptions): Map<number, boolean> {
  const frames = new Map<number, boolean>();
  // per heading level: review because of the heading, or because a paragraph opened with the reviewed period
  const byHeading: (boolean | undefined)[] = [];
  const byParagraph: (boolean | undefined)[] = [];
  const ownPlan =
    options.reviewSpan === 5 && options.periodStart !== undefined ? planName(options.periodStart) : undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    const level = headingLevel(line);
    const cueReview =
      REVIEW_CUES.some((c) => line.includes(c)) || reviewPlanNames.some((n) => line.includes(n));
    if (level > 0) {
      byHeading.length = byParagraph.length = level;
      byHeading[level - 1] = cueReview ? true : undefined;
      byParagraph[level - 1] = undefined;
    } else if (line && reviewPlanNames.some((n) => line.slice(0, 12).includes(n))) {
      // a paragraph opening with the reviewed period makes the rest of the section a review …
      byParagraph[Math.max(0, byHeading.length - 1)] = true;
    } else if (line && talksAboutPlan(line, ownPlan, options.periodStart)) {
      // … until a paragraph turns to the plan's own period (到2030年, “十五五”)
      byParagraph.fill(undefined);
    }
    // a paragraph opening with a review cue (过去一年…) is a review on its own
    const opensReview = level === 0 && REVIEW_CUES.some((c) => line.slice(0, 8).includes(c));
    frames.set(
      lineStart,
      opensReview || byHeading.some((v) => v === true) || byParagraph.some((v) => v === true),
    );
    lineStart = lineEnd + 1;
  }
  return frames;
}

const PLAN_NAMES: Record<number, string> = {
  2006: "十一五",
  2011: "十二五",
  2016: "十三五",
  2021: "十四五",
  2026: "十五五",
  2031: "十六五",
};

function planName(start: number): string | undefined {
  return PLAN_NAMES[start];
}

/** Whether a paragraph speaks of the plan period: its name, or a year inside or after it. */
function talksAboutPlan(line: string, ownPlan: string | undefined, periodStart: number | undefined): boolean {
  if (ownPlan && line.includes(ownPlan)) return true;
  if (periodStart === undefined) return false;
  for (const m of line.matchAll(/(20\d\d)\s*年/g)) if (Number(m[1]) >= periodStart) return true;
  return false;
}

const HEADING_PATTERNS: [RegExp, number][] = [
  [/^第[一二三四五六七八九十百]+[章篇]/, 1],
  [/^第[一二三四五六七八九十]+节/, 2],
  [/^[一二三四五六七八九十]+、/, 3],
  [/^[((][一二三四五六七八九十]+[))]/, 4],
];

function headingLevel(line: string): number {
  if (line.length > 60) return 0;
  for (const [re, level] of HEADING_PATTERNS) if (re.test(line)) return level;
  return 0;
}

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

function previousPlanNames(options: ProseOptions): string[] {
  if (options.reviewSpan !== 5 || options.periodStart === undefined) return [];
  const name = planName(options.periodStart - 5);
  return name ? [name] : [];
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

/** Qualitative target phrases, as data: words that end a clause and what they measure. */
const QUALITATIVE: { re: RegExp; measure: Measure; unit: string }[] = [
  { re: /与经济(?:增长)?(?:基本)?(?:保持)?同步(?:增长)?$/, measure: "growth", unit: "%" },
  { re: /(?:平稳|稳定|稳步|持续|较快|合理)增长$/, measure: "growth", unit: "%" },
  { re: /完成[^,,。;;]{0,12}目标(?:任务)?$/, measure: "level", unit: "" },
  { re: /(?:高于|低于|不低于|达到)全[国省市区](?:、全[国省市区])*平均水平$/, measure: "level", unit: "" },
];

function qualitativeTarget(
  text: string,
  a: number,
  b: number,
  year: number,
  options: ProseOptions,
  out: Candidate[],
) {
  const clause = text.slice(a, b).replace(/\s+/g, "");
  if (clause.length > 40) return;
  for (const q of QUALITATIVE) {
    const m = q.re.exec(clause);
    if (!m) continue;
    const name = stripLead(clause.slice(0, m.index)).replace(/(力争|确保|实现|保持)$/, "");
    if (name.length < 2 || name.length > 20 || !/[\u4e00-\u9fff]/.test(name)) return;
    const measure = q.measure === "level" && /增速|增长/.test(name) ? "growth" : q.measure;
    const cand: Candidate = {
      indicator: name.replace(/(年均)?(增速|增幅)$/, "") || name,
      kind: "target",
      measure,
      year,
      value: null,
      unit: measure === "growth" ? "%" : q.unit,
      qualifier: "=",
      text: m[0],
      year_inferred: true,
      start: a,
      end: b,
      confidence: 0.6,
    };
    if (measure === "growth" && options.reviewSpan > 1 && options.periodStart !== undefined)
      cand.period_start = options.periodStart;
    out.push(cand);
    return;
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
