/**
 * The time scope of each paragraph: which years its values speak of and whether it reviews the past or
 * plans ahead. A document has a base scope (its own period); a section heading sets a scope for the
 * section (过去五年 → the five years just ended, "十五五"主要目标 → 2026–2030, 2026年重点工作 → 2026); a
 * paragraph that opens with a time (2019年…, 这五年…, 今年…) sets it for itself and the paragraphs after it
 * until another time opens a paragraph or a heading of its section's level ends the section. Readers
 * consult the scope instead of re-deriving it from the text around each value.
 */
import { FIVE_YEAR_PLANS } from "./context";
import { FLOW_WORDS, REVIEW_CUES } from "./vocabulary/cues";
import { wordTest } from "./vocabulary";

/** The time fields of the prose options a scope sets (see ProseOptions / YearFrame). */
export interface TimeScope {
  /** The paragraph reviews past results: values without a year are actuals of reviewYear. */
  review: boolean;
  /** Last reviewed year: values of it and earlier years are actuals. */
  reviewYear?: number;
  /** Length of the period a review or plan covers (5 for a five-year span, 1 for one year). */
  reviewSpan: number;
  /** First and last year of the planned period: targets without a year are for periodEnd. */
  periodStart?: number;
  periodEnd?: number;
}

/** The document's own period: its first year (anchor), and its last year of actuals. */
export interface ScopeContext {
  /** First year of the document's own period: a work report's or annual plan's year, a plan's first. */
  anchor: number;
  /** The document's period start, for 规划实施以来. */
  periodStart?: number;
  /** Last year of actuals (a mid-term evaluation's year); else the year before the anchor. */
  lastActual?: number;
}

/** What a time opening sets; `undefined` fields keep the enclosing scope's. */
type Frame = Partial<TimeScope>;

/** The paragraph structure the scope follows (see prose/frames.ts). */
export interface ScopeParagraph {
  start: number;
  end: number;
  /** Heading level (1 chapter … 4 (一)), 0 for running text. */
  level: number;
}

const FIVE_YEARS_PAST = /^(?:回望|回顾|纵观)?(?:过去|刚刚过去)的?五年|^(?:这|近)五年|^五年来/;
/** A span of years opening words: 2020年到2025年, 2021—2025年, 2021年至2025年. */
const OPENING_SPAN =
  /^(?:从|自)?\s*((?:19|20)\d{2})\s*(年?)\s*(?:到|至|—|－|-|~|～)+\s*((?:19|20)\d{2})\s*年(?!\s*\d{0,2}\s*月)/;
const FIVE_YEARS_AHEAD = /^(?:未来|今后)五年/;
const ONE_YEAR_PAST = /^(?:过去|刚刚过去)的?一年|^一年来|^去年/;
/** 这一年, “十四五”收官之年: the last year of a review (a plan's closing year), not its whole span. */
const CLOSING_YEAR = /^这一年|^(?:十[一二三四五六]五)?(?:规划)?收官(?:之)?年/;
/** 今年以来, 年初以来: the running year so far, in review. */
const YEAR_TO_DATE = /^(?:今年|年初)以来/;
const THIS_YEAR = /^今年/;
/** A year that opens words: 2019年…, 刚刚过去的2025年…, 到2030年… (not 2025年12月, not 1990年代). */
const OPENING_YEAR = /^(?:刚刚过去的|过去的|在|到|至)?\s*((?:19|20)\d{2})\s*年(?!\s*\d{0,2}\s*月|代)/;
/** A heading's number (第三章, 三、, （三）), left out before its words are read. */
const HEADING_NUMBER =
  /^\s*(?:第[一二三四五六七八九十百]+(?:[章节篇]|部分)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;
const GOAL_WORDS = /目标|任务|展望|远景|思路|安排|重点|举措|部署/;
const QUOTES = /[“”"‘’「」]/g;
/** “十五五”开好局: a plan named as the label of a year, not as the period spoken of. */
const PLAN_LABEL = /^(?:开好局|开局|起步|良好开局|收官|首年|第一年)/;
/** A first clause that only reports who says what follows (报告提出, 他表示). */
const REPORTING = /(?:提出|指出|明确|表示|强调|介绍|显示|获悉|了解到|回顾)$/;
/** Words of a paragraph that sets out targets. */
const TARGET_WORDS = /力争|预期目标|主要目标|目标是|发展目标|努力实现/;

const MAY_FRAME = /[年五来]/;

const hasReviewCue = wordTest(REVIEW_CUES, "in");

function isReview(words: string): boolean {
  return hasReviewCue(words) || /成就|成绩|成效|以来/.test(words);
}

function fiveYearReview(end: number): Frame {
  return { review: true, reviewYear: end, reviewSpan: 5 };
}

function plannedSpan(start: number, end: number): Frame {
  return {
    review: false,
    reviewYear: start - 1,
    reviewSpan: end - start + 1,
    periodStart: start,
    periodEnd: end,
  };
}

/**
 * The frame words set, for a document whose own period starts in `anchor` (a work report's or annual
 * plan's year, a five-year plan's first year). A heading is read whole; running text by its opening.
 */
export function frameOf(raw: string, ctx: ScopeContext, heading: boolean): Frame | undefined {
  // every frame below needs 年 (a year, 五年, 今年 …), 五 (a plan's name) or 来 (实施以来); removing
  // quotes and a heading number adds none, and most sentence openings have none of them
  if (!MAY_FRAME.test(raw)) return undefined;
  const { anchor } = ctx;
  const lastActual = ctx.lastActual ?? anchor - 1;
  const words = raw.replace(QUOTES, "").replace(HEADING_NUMBER, "").trim();
  // 规划实施以来, “十四五”以来: a review from the plan's start to the last year of actuals
  const since = /^(?:规划实施|实施)以来/.test(words) ? ctx.periodStart : undefined;
  if (since !== undefined && lastActual >= since)
    return { review: true, reviewYear: lastActual, reviewSpan: lastActual - since + 1 };
  // 这一年, “十四五”收官之年 in a review: its last year only (a plan's closing year, if named)
  if (CLOSING_YEAR.test(words)) {
    const closing = FIVE_YEAR_PLANS.find((p) => words.startsWith(p.name));
    const end = closing ? closing.start + 4 : lastActual;
    if (end <= lastActual) return { review: true, reviewYear: end, reviewSpan: 1 };
  }
  // a five-year plan named first: a past one is reviewed, the document's own or a later one is planned
  // every plan name is 十?五: most words name none, so skip the scan (runs once per sentence)
  const plans = !words.includes("五")
    ? []
    : FIVE_YEAR_PLANS.map((p) => ({ p, at: words.indexOf(p.name) }))
        .filter(
          (x) => x.at >= 0 && (heading || x.at <= 2) && !PLAN_LABEL.test(words.slice(x.at + x.p.name.length)),
        )
        .sort((a, b) => a.at - b.at);
  const year = OPENING_YEAR.exec(words);
  const firstPlan = plans[0];
  if (firstPlan && (!year || firstPlan.at < year.index + year[0].length - 5)) {
    const { start } = firstPlan.p;
    const end = start + 4;
    // a plan whose last year has actuals already (a final evaluation) is reviewed too
    if (end < anchor || end <= lastActual) return fiveYearReview(end);
    if (/^[^,，。]{0,4}以来/.test(words.slice(firstPlan.at + firstPlan.p.name.length)) && lastActual >= start)
      return {
        review: true,
        reviewYear: Math.min(end, lastActual),
        reviewSpan: Math.min(end, lastActual) - start + 1,
      };
    if (start >= anchor && (!heading || !isReview(words) || GOAL_WORDS.test(words)))
      return plannedSpan(start, end);
    return undefined;
  }
  const span = OPENING_SPAN.exec(words);
  if (span && Number(span[3]) > Number(span[1])) {
    // 2020年到2025年 runs from the end of 2020: from-values at 2020, the rest at 2025, averages over
    // 2021–2025; 2021—2025年 names the five years themselves
    const to = Number(span[3]);
    const from = span[2] ? Number(span[1]) : Number(span[1]) - 1;
    if (to < anchor) return { review: true, reviewYear: to, reviewSpan: to - from };
    // a planned span names its years: 2026年至2030年 is 2026–2030
    return plannedSpan(Math.max(Number(span[1]), anchor), to);
  }
  if (FIVE_YEARS_PAST.test(words)) return fiveYearReview(Math.max(lastActual, anchor - 1));
  if (FIVE_YEARS_AHEAD.test(words)) return plannedSpan(anchor, anchor + 4);
  if (ONE_YEAR_PAST.test(words)) return { review: true, reviewYear: anchor - 1, reviewSpan: 1 };
  if (YEAR_TO_DATE.test(words)) return { review: true, reviewYear: anchor, reviewSpan: 1 };
  if (THIS_YEAR.test(words)) return plannedSpan(anchor, anchor);
  if (year) {
    const y = Number(year[1]);
    // 2023年以来: a review from that year to the last year of actuals
    if (y < lastActual && words.startsWith("以来", year.index + year[0].length))
      return { review: true, reviewYear: lastActual, reviewSpan: lastActual - y + 1 };
    if (y < anchor) return { review: true, reviewYear: y, reviewSpan: 1 };
    // 到2030年 in a one-year document: a span from its year to the target year
    if (/^[到至]/.test(year[0]) && y > anchor) return plannedSpan(anchor, y);
    if (!heading || !isReview(words)) return plannedSpan(y, y);
  }
  return undefined;
}

/** Opening words of a sentence: its first clause, at most 24 characters. */
function opening(text: string, start: number, end: number): string {
  const first = firstClause(text, start, end);
  // 报告提出，今年…: after words that report what someone said, the next clause opens the sentence;
  // so it does after a speaker's name in a transcript (郑海涛：2025年，…)
  const speaker =
    (text[start + first.length] === ":" || text[start + first.length] === "：") && SPEAKER.test(first);
  return REPORTING.test(first) || speaker ? firstClause(text, start + first.length + 1, end) : first;
}

/** A speaker's name or role before a colon: a few characters, not a clause that leads into a list. */
const SPEAKER = /^[\u4e00-\u9fff]{2,6}$(?<![是为下括])/;

function firstClause(text: string, start: number, end: number): string {
  const head = text.slice(start, Math.min(end, start + 24));
  const cut = head.search(/[,，。;；:：!！?？]/);
  return cut >= 0 ? head.slice(0, cut) : head;
}

/**
 * Follows the scope through a document: call `heading` or `paragraph` at each paragraph, then `sentence`
 * at each sentence; each returns the frame in force (undefined where no heading or opening set one, so
 * the document's base scope and its legacy review frames hold). `span` is the document's own period.
 */
export class ScopeTracker {
  /** Frames of the open headings, by level. */
  private headings: (Frame | undefined)[] = [];
  /** A frame a sentence opened, and the heading level it was opened under. */
  private opened: { frame: Frame; level: number; at: number; until?: number } | undefined;
  private paragraphEnd = 0;
  private innermost = 0;
  private current: Frame | undefined;
  private paragraphStart = false;

  constructor(
    private readonly text: string,
    private readonly span: { periodStart?: number; periodEnd?: number; reviewYear?: number },
  ) {}

  private context(anchor: number): ScopeContext {
    return { anchor, periodStart: this.span.periodStart, lastActual: this.span.reviewYear };
  }

  /** A heading line (level ≥ 1) or running text (level 0) starts. */
  paragraph(p: ScopeParagraph): Frame | undefined {
    const anchor = this.span.periodStart;
    if (anchor === undefined) return undefined;
    this.paragraphStart = p.level === 0;
    // in a multi-year plan an opening holds to its paragraph's end, unless it is a line of its own
    // (2019年：) heading a list; reports are written in runs of paragraphs under one opening
    if (this.opened?.until !== undefined && p.start >= this.opened.until) this.opened = undefined;
    this.paragraphEnd = p.end;
    if (p.level > 0) {
      this.headings.length = p.level;
      this.headings[p.level - 1] = frameOf(this.text.slice(p.start, p.end), this.context(anchor), true);
      this.innermost = p.level;
      // a heading of the opening's own section level or above ends it (any heading, before the first)
      if (this.opened && (this.opened.level === 0 || p.level <= this.opened.level)) this.opened = undefined;
    }
    return this.update();
  }

  /** A sentence of running text: an opening time (2019年…, 五年来…) holds from here on. */
  sentence(start: number, end: number): Frame | undefined {
    const anchor = this.span.periodStart;
    if (anchor === undefined) return undefined;
    const first = this.paragraphStart;
    this.paragraphStart = false;
    // a review opened in an earlier paragraph does not run into a paragraph that sets out targets
    if (
      first &&
      this.opened?.frame.review &&
      this.opened.at < start &&
      TARGET_WORDS.test(this.text.slice(start, end))
    ) {
      this.opened = undefined;
      this.update();
    }
    const words = opening(this.text, start, end);
    const frame =
      frameOf(words, this.context(anchor), false) ??
      (first && this.current?.review ? this.turnToPlan(start, end, anchor) : undefined);
    // 今年 is one year also in a multi-year document (a news report on a plan)
    if (!frame || (this.ownYear(frame, anchor) && !THIS_YEAR.test(words))) return this.current;
    const own = first && this.paragraphEnd - start <= 30;
    const multiYear = (this.span.periodEnd ?? anchor) > anchor;
    this.opened = {
      frame,
      level: this.innermost,
      at: start,
      until: multiYear && !own ? this.paragraphEnd : undefined,
    };
    return this.update();
  }

  /**
   * In a review, a paragraph of a one-year document whose first sentence speaks of the coming five-year
   * plan and of no past one (我们编制了“十五五”规划纲要…) turns to that plan.
   */
  private turnToPlan(start: number, end: number, anchor: number): Frame | undefined {
    if ((this.span.periodEnd ?? anchor) > anchor) return undefined;
    const sentence = this.text.slice(start, Math.min(end, start + 300));
    const named = FIVE_YEAR_PLANS.filter(
      (p) => sentence.includes(p.name) || sentence.includes(`第${p.name.slice(0, -1)}个五年`),
    );
    if (!named.length || named.some((p) => p.start < anchor) || /以来|成就|回顾/.test(sentence))
      return undefined;
    const plan = named[0];
    return plannedSpan(plan.start, plan.start + 4);
  }

  /** In a multi-year plan a year of its own period opens a sentence without changing the span. */
  private ownYear(frame: Frame, anchor: number): boolean {
    const end = this.span.periodEnd ?? anchor;
    return (
      end > anchor &&
      frame.periodEnd !== undefined &&
      frame.reviewSpan === 1 &&
      frame.periodEnd >= anchor &&
      frame.periodEnd <= end
    );
  }

  private update(): Frame | undefined {
    const frames = [...this.headings, this.opened?.frame].filter((f): f is Frame => f !== undefined);
    const next = frames.length ? (Object.assign({}, ...frames) as Frame) : undefined;
    // the same frame object while nothing changed: the prose reader keys its per-frame work on identity
    if (!sameFrame(next, this.current)) this.current = next;
    return this.current;
  }
}

function sameFrame(a: Frame | undefined, b: Frame | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof Frame)[];
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
}

/** Work done over a span (besides the flow words of cues.ts): 新设8所, 筹集30.3万套, 8家…落户. */
const SPAN_WORK = [
  "新设",
  "筹集",
  "改善",
  "落地",
  "落户",
  "获批",
  "累计",
  "净增",
  "压减",
  "完成",
  "开展",
  "实施",
  "开挖",
  "疏浚",
  "推出",
  "投入",
];

/** Work done over a span or a flow (累计, 新增 …): such a level sums the span. */
const hasSpanWork = wordTest([...SPAN_WORK, ...FLOW_WORDS], "in");

/**
 * Whether a value with no year of its own, read in a review of several years, is a total over the span:
 * a growth or change (增长5.1倍, 提高8个百分点), or an amount of work done (新增, 新设 …), not a level
 * reached (达到 …).
 */
export function isSpanTotal(
  measure: string,
  unit: string,
  reached: boolean,
  flow: boolean,
  clause: string,
): boolean {
  if (measure !== "level") return true;
  // a share is a level at the year, not a sum
  if (reached || unit === "%" || unit === "‰") return false;
  return flow || hasSpanWork(clause);
}

/** A clause ending by naming the plan's target (规划目标为, 《纲要》确定的目标是, 目标值). */
const PLAN_TARGET = /(?:规划|纲要|》)[^,，。]{0,8}目标(?:值)?(?:为|是)?\s*$/;

export function isPlanTarget(clause: string): boolean {
  return PLAN_TARGET.test(clause.length > 40 ? clause.slice(-40) : clause);
}

/** A heading and where its section starts. */
export interface Section {
  start: number;
  title: string;
}

/** The headings of a text, in order: a heading run into its text is cut at its first full stop. */
export function sectionsOf(text: string, paras: ScopeParagraph[]): Section[] {
  const out: Section[] = [];
  for (const p of paras) {
    if (p.level === 0) continue;
    const line = text.slice(p.start, Math.min(p.end, p.start + 80)).trim();
    const stop = line.search(/[。;；!！?？]/);
    const title = (stop > 0 ? line.slice(0, stop) : line).replace(/\s+/g, " ").slice(0, 60);
    if (title) out.push({ start: p.start, title });
  }
  return out;
}

/** The innermost-latest heading at or before pos (binary search over sections in order). */
export function sectionAt(sections: Section[], pos: number): string | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  let found: Section | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start <= pos) {
      found = sections[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found?.title;
}
