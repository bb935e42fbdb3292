/**
 * The year of a value, and whether it is an actual, a target or an estimate, from the time expressions
 * before it and the scope it is read in (see scope.ts): the readers call these instead of re-deriving it.
 */
import type { Kind, Measure } from "../record";
import { CLAUSE_PERIOD_CUES, PERIOD_CUES } from "./vocabulary/cues";
import { wordTest } from "./vocabulary";

const hasClausePeriodCue = wordTest(CLAUSE_PERIOD_CUES, "in");
const hasPeriodCue = wordTest(PERIOD_CUES, "in");
import type { ProseOptions } from "./prose/types";
import { isPlanTarget, isSpanTotal } from "./scope";
import type { TimeRef } from "./timeRefs";

/** Where a value sits, as far as its time goes (the prose reader's Place has these fields). */
export interface YearPlace {
  text: string;
  sentenceStart: number;
  clauseStart: number;
  refs: TimeRef[];
  /** The scope reviews past results. */
  review: boolean;
  /** The document's options with the scope's time fields. */
  options: ProseOptions;
  state: { lastYear?: number };
  /** An estimate cue (预计) stands before the value. */
  estimate: boolean;
}

/** The time expression a value at pos refers to: the last one before it (由-years only in its own clause). */
export function yearRefBefore(
  refs: TimeRef[],
  pos: number,
  clauseStart: number,
  skipPartYear = false,
): TimeRef | undefined {
  let best: TimeRef | undefined;
  for (const r of refs) {
    if (r.end > pos || r.role === "compare" || (r.role === "from" && r.start < clauseStart)) continue;
    if (skipPartYear && r.partYear) continue;
    best = r;
  }
  return best;
}

/** The year a value refers to, whether it is an actual, a target or an estimate, and its period. */
export function yearAndKind(
  p: YearPlace,
  numberStart: number,
  measure: Measure,
  isFrom: boolean,
  continuesFrom: boolean,
  reached: boolean,
  flow: boolean,
  unit: string,
): { year: number; kind: Kind; yearInferred: boolean; periodStart?: number } | undefined {
  const { text, options, review, state } = p;
  let ref = yearRefBefore(p.refs, numberStart, p.clauseStart);
  if (ref?.partYear) {
    // a part-year figure (上半年增长5.5%, 2025年前三季度，…增长) is not the year's value: no record; a
    // part-year earlier in the sentence is a deadline (项目上半年完工，合格率100%) and dates nothing; after a
    // part-year from-value (从上半年5.5%降到5.3%) the later value is dated by the scope
    const opening =
      ref.start - p.sentenceStart <= 16 && /^\s*[,，:：]/.test(text.slice(ref.end, ref.end + 3));
    if (ref.role === "from" && !isFrom) ref = undefined;
    else if (ref.start >= p.clauseStart || opening) return undefined;
    else ref = yearRefBefore(p.refs, numberStart, p.clauseStart, true);
  }
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
    yearInferred = ref.relative === true && options.relativeYearInferred === true;
    // a past year is an actual; the year still running (全年 of a mid-year report) is planned for
    const running = year === options.currentYear && !review;
    const lastPast = Math.max(options.reviewYear ?? -Infinity, options.lastPastYear ?? -Infinity);
    kind = year <= lastPast && !running ? "actual" : "target";
  } else {
    year = review ? options.reviewYear : planEnd;
    kind = review ? "actual" : "target";
    yearInferred = true;
  }
  // 2022年城镇化率55.3%，规划目标为58%: a value the clause calls the plan's target is for the plan's end
  // in a review the reviewed plan's end, unless the review is of the document's own running plan
  const { reviewYear: reviewed, periodStart: ownStart } = options;
  const ownPlanRunning =
    reviewed !== undefined &&
    ownStart !== undefined &&
    planEnd !== undefined &&
    reviewed >= ownStart &&
    reviewed <= planEnd;
  const targetYear = review && !ownPlanRunning ? reviewed : planEnd;
  if (
    isPlanTarget(text.slice(p.clauseStart, numberStart)) &&
    (!ref || ref.start < p.clauseStart) &&
    targetYear !== undefined
  ) {
    year = targetYear;
    kind = "target";
    yearInferred = true;
    periodStart = undefined;
  }
  if (p.estimate) kind = "estimate";
  if (year === undefined) return undefined;

  // period averages and cumulative totals (年均, 累计, “十三五”期间) of a multi-year plan
  const clauseText = text.slice(p.clauseStart, numberStart);
  const sentenceHead = text.slice(p.sentenceStart, numberStart);
  const multiYear = options.reviewSpan > 1;
  const clauseCue = hasClausePeriodCue(clauseText);
  // the words after the value, to the clause's end, count as well (8家全国重点实验室落户)
  const after = text.slice(numberStart, Math.min(text.length, numberStart + 40));
  const clauseEnd = after.search(/[,，;；。:：]/);
  const wholeClause = clauseText + (clauseEnd >= 0 ? after.slice(0, clauseEnd) : after);
  // a level reached (达709.3亿元) or a share (城镇化率68%) is a value at its year, whatever span the
  // sentence opens with; only 累计/年均/每年 in its own clause make it a period figure. Under a span
  // opened by the sentence (今后五年, “十四五”期间) only work done or things added (新增, 完成) sum it
  const pointLevel = measure === "level" && (reached || unit === "%" || unit === "‰");
  const headCue =
    hasPeriodCue(sentenceHead) &&
    (measure !== "level" || isSpanTotal(measure, unit, reached, flow, wholeClause));
  const spanCue = !pointLevel && (headCue || periodStart !== undefined);
  // work done or things added, dated only by the period's end (到2025年, or the plan's context)
  const periodEnd = review ? options.reviewYear : planEnd;
  const byPeriodEnd =
    !ref || (year === periodEnd && /[到至]$/.test(text.slice(Math.max(0, ref.start - 1), ref.start)));
  const flowTotal = flow && measure === "level" && !reached && byPeriodEnd && year === periodEnd;
  // a review of several years: what changed or was done, with no year of its own, is the span's total
  const reviewTotal =
    review && !ref && !isFrom && !continuesFrom && isSpanTotal(measure, unit, reached, flow, wholeClause);
  if (multiYear && reviewTotal) {
    periodStart = year - options.reviewSpan + 1;
  } else if (multiYear && (clauseCue || spanCue || flowTotal)) {
    periodStart =
      periodStart !== undefined && periodStart <= year ? periodStart : year - options.reviewSpan + 1;
  } else if (multiYear && measure === "growth" && clauseText.includes("年均")) {
    periodStart = year - options.reviewSpan + 1;
  } else if (!(
    periodStart !== undefined &&
    periodStart < year &&
    (clauseCue || clauseText.includes("平均"))
  )) {
    // kept only where the value's own time names a span it averages or sums over, in a one-year scope
    // too (2021—2023年年均增长6.1%, “十四五”期间累计)
    periodStart = undefined;
  }
  // changes, and the two ends of 由…增长到…, are values at a point in time (a 年均 change, 城镇化率年均
  // 提高1个百分点, is one per year of the period, as a 年均 growth is)
  const averageChange = multiYear && clauseText.includes("年均");
  if ((measure === "change" && !(multiYear && reviewTotal) && !averageChange) || isFrom || continuesFrom)
    periodStart = undefined;
  return { year, kind, yearInferred, periodStart };
}
