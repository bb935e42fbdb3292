/**
 * One value of a sentence made into candidates: its name (subject.ts), whether it is a record at all
 * (rules.ts), its measure and sign, qualifier, year and kind (scopeYear.ts), and one candidate per subject
 * where several share it. The sentence walk that finds values is ./index.ts.
 */
import type { Measure } from "../../record";
import { FLOW_WORDS, REACHED_LINKS } from "../vocabulary/cues";
import { wordTest } from "../vocabulary";
import type { TimeRef } from "../timeRefs";
import type { Candidate, ProseOptions, SentenceState } from "./types";
import { dropSlogan, notARecord, subjectsSharingValue } from "./rules";
import { firstRefEndingAfter, nameZone, resolveName } from "./subject";
import type { Mention } from "./mention";
import { type PredicateWord, leadingFall, RATE_TAIL, GROWTH_NAME, stripPredicate } from "./naming";
import { yearAndKind } from "../scopeYear";

const hasFlowWord = wordTest(FLOW_WORDS, "in");

const SLOGAN_NOUN_AT = (text: string, at: number) => /^(台阶|大关|关口)/.test(text.slice(at, at + 2));

const RATE_UNITS = new Set(["%", "‰", "个百分点"]);

/** Longest source passage a record quotes: far below Excel's 32,767 characters per cell. */
export const MAX_QUOTE = 300;

/** Where a value sits: its sentence, clause and the text the parser may read its name from. */
export interface Place {
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

const YEAR_ON_YEAR = /(同比|环比)\s*(增长|下降|提高|上涨|回落|增加)?\s*$/;
const INTENT = /力争|目标|预期|确保|计划|争取|努力/;

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
  else if (m.doubling) measure = "growth";
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

export function buildCandidate(p: Place, m: Mention): { candidates: Candidate[]; consumed: number } {
  const none = { candidates: [], consumed: m.end };
  const { state } = p;
  const numberStart = m.number.start;
  const zone = dropSlogan(nameZone(p, numberStart));
  const stripped = stripPredicate(zone);
  const { words } = stripped;
  let rawName = stripped.name;
  // “标准”、“品牌”分别新增12项和44项: 分别 parts the subjects from a verb the predicate words do not know
  const respectively = rawName.indexOf("分别");
  if (respectively > 0 && !words.some((w) => w.word === "分别")) {
    rawName = rawName.slice(0, respectively);
    words.push({ word: "分别", type: "filler" });
  }
  // 压减时间58% is a fall; 压减地下水开采量21.5亿立方米 is an amount of work done, named with its verb
  const fallFirst =
    words.some((w) => w.type !== "filler" && w.type !== "modal") || !RATE_UNITS.has(m.unit)
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
  // 跨过3个万亿级关口、突破10万亿元: the next value's name is read across the slogan (dropSlogan)
  if (refused?.id === "threshold-slogan") return { candidates: [], consumed: p.segStart };
  if (refused || (state.countingItems && m.unit === "项")) return none;
  let { name } = named;
  // 分别从645元、4318元: the list's later values are starts too
  const inFromList =
    p.segStart > p.clauseStart &&
    !zone.replace(/[\s、和及]/g, "") &&
    state.fromPending &&
    state.listFrom === true;
  const isFrom = inFromList || words.some((w) => w.type === "from");
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
  // 迈上3000亿元台阶: the level reached, at least that amount
  else if (qualifier === "=" && SLOGAN_NOUN_AT(p.text, m.end)) qualifier = ">=";
  if (measure === "growth") name = name.replace(/(?:实际|名义)?(?:年均|同比)$|(?:实际|名义)$/, "");
  // a continued list (分别达709.3亿元、54.4亿元) shares its first value's words
  const reached = measureWords.some((w) => w.type === "link" && REACHED_LINKS.has(w.word));
  const listed = inList && !zone.replace(/[\s、和及]/g, "") && state.lastFlow === true;
  const flow = m.unit !== "%" && (listed || hasFlowWord(zone));
  state.lastFlow = flow;
  const when = yearAndKind(p, numberStart, measure, isFrom, continuesFrom, reached, flow, m.unit);
  // a value not recorded (a part-year figure) still names the subject the next value goes on with
  if (!when) {
    state.lastName = name;
    return none;
  }
  // 同比增长7.2% compares a period that has passed with the same one a year before: a result, not a
  // goal, unless the sentence so far states an intent (力争…，同比增长6%以上); rare, so the look back is cheap
  if (
    when.kind === "target" &&
    measure === "growth" &&
    YEAR_ON_YEAR.test(zone) &&
    !INTENT.test(p.text.slice(Math.max(p.sentenceStart, numberStart - 120), numberStart))
  )
    when.kind = "actual";

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
