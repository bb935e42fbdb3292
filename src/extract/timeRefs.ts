/** Time expressions inside a sentence: 2025年, 二〇三五年, “十四五”末/期间, 全年, 未来3年. */
import { FIVE_YEAR_PLANS, yearValue } from "./context";
import { isAsciiDigit, isChineseNumeralChar } from "./numbers";
import { skipSpaces } from "./units";
import { wordTest } from "./vocabulary";

export type TimeRole = "at" | "from" | "compare";

export interface TimeRef {
  start: number;
  end: number;
  year: number;
  /** First year when the expression names a period (十四五期间: 2021). */
  periodStart?: number;
  role: TimeRole;
  /** Relative to the document's year (今年, 全年, 去年, 未来3年). */
  relative?: boolean;
  /** Part of a year (上半年, 前三季度, 1—11月): its figures are not the year's (year: the one it is in). */
  partYear?: boolean;
}

export interface YearFrame {
  /** Plan period (an annual plan: start = end). */
  periodStart?: number;
  periodEnd?: number;
  /** Year the publication looks ahead from (未来3年). */
  baseYear?: number;
  /** The year "this year" (全年, 今年) means: the annual plan's year or the year of publication. */
  currentYear?: number;
  /** Last year of actuals (“十四五”以来 runs up to it). */
  reviewYear?: number;
}

/** Characters a time expression can start with (the scan jumps from one to the next). */
const TIME_START = /[0-9一二十全今去上未下前第三四明]/g;
/** The rest of a span of years after its first year: —2023年, -2025 年 (not 2021-2025年度 … 月). */
const YEAR_SPAN_TAIL = /^[-—－~～]{1,2}\s*((?:19|20)\d{2})\s*年(?![代度])/;
/** Part of a year (1—12月 is the whole year), read where a time expression may start (sticky: only at that position). */
const PART_YEAR =
  /(?:[上下]半年|今年以来|前[一二三两]个?季度|第?[一二三四]季度|前[一二三四五六七八九十两]{1,2}个?月|1\s*[-—－~～至到]\s*(?:1[01]|[2-9])\s*月(?!\s*\d{1,2}\s*日))/y;
const COMPARE_BEFORE = ["较", "比", "相比", "与", "是", "同"];
const FROM_BEFORE = ["由", "从"];
const endsWithCompare = wordTest(COMPARE_BEFORE, "end");
const endsWithFrom = wordTest(FROM_BEFORE, "end");
const PLAN_LABEL = /^(?:开局|起步|收官|良好开局|开好局|首年|第一年)/;
const QUOTES = new Set(["“", "”", '"', "'", "‘", "’", " "]);

function roleBefore(text: string, start: number, lineStart: number): TimeRole {
  let i = start;
  while (i > lineStart && QUOTES.has(text[i - 1])) i--;
  const before = text.slice(Math.max(lineStart, i - 2), i);
  if (endsWithCompare(before)) return "compare";
  if (endsWithFrom(before)) return "from";
  return "at";
}

/** All time expressions in text[start, end). */
export function findTimeRefs(
  text: string,
  start: number,
  end: number,
  frame: YearFrame,
  review = false,
): TimeRef[] {
  const refs: TimeRef[] = [];
  let i = start;
  TIME_START.lastIndex = start;
  for (
    let hit = TIME_START.exec(text);
    hit && hit.index < end;
    TIME_START.lastIndex = i + 1, hit = TIME_START.exec(text)
  ) {
    i = hit.index;
    const ch = text[i];
    PART_YEAR.lastIndex = i;
    const part = PART_YEAR.exec(text);
    if (part && i + part[0].length <= end) {
      const single = frame.currentYear ?? frame.periodEnd;
      const year = refs.length ? refs[refs.length - 1].year : single;
      if (year !== undefined)
        refs.push({
          start: i,
          end: i + part[0].length,
          year,
          role: roleBefore(text, i, start),
          partYear: true,
        });
      i += part[0].length - 1;
      continue;
    }
    // Arabic or Chinese year followed by 年
    if ((isAsciiDigit(ch) || ch === "二" || ch === "一") && (i === start || !isAsciiDigit(text[i - 1]))) {
      let j = i;
      const digit = isAsciiDigit(ch);
      while (
        j < end &&
        j - i < 9 &&
        (digit ? isAsciiDigit(text[j]) : isChineseNumeralChar(text[j]) || text[j] === " ")
      )
        j++;
      const k = skipSpaces(text, j);
      // 2021—2023年: the span's last year, its first the period's start (one 年 after both)
      const span = digit && j - i === 4 ? YEAR_SPAN_TAIL.exec(text.slice(k, Math.min(end, k + 12))) : null;
      if (span && Number(span[1]) > Number(text.slice(i, j))) {
        const year = Number(span[1]);
        const periodStart = Number(text.slice(i, j));
        refs.push({ start: i, end: k + span[0].length, year, periodStart, role: roleBefore(text, i, start) });
        i = k + span[0].length - 1;
        continue;
      }
      // 二〇三五年远景目标: the name of the long-range goals, not the time of what follows
      if (text[k] === "年" && text[k + 1] !== "代" && !text.startsWith("远景目标", skipSpaces(text, k + 1))) {
        const year = yearValue(text.slice(i, j));
        // 2023年以来: from that year up to the last year of actuals
        const since =
          text.startsWith("以来", k + 1) && frame.reviewYear !== undefined && frame.reviewYear > year;
        if (Number.isFinite(year) && since) {
          const role = roleBefore(text, i, start);
          refs.push({ start: i, end: k + 3, year: frame.reviewYear!, periodStart: year, role });
          i = k + 2;
          continue;
        }
        if (Number.isFinite(year)) {
          refs.push({ start: i, end: k + 1, year, role: roleBefore(text, i, start) });
          i = k;
          continue;
        }
      }
      if (digit) {
        while (i + 1 < end && isAsciiDigit(text[i + 1])) i++;
      }
      continue;
    }
    if (ch === "十") {
      const plan = FIVE_YEAR_PLANS.find((p) => text.startsWith(p.name, i));
      if (plan) {
        let k = i + plan.name.length;
        while (k < end && QUOTES.has(text[k])) k++;
        const role = roleBefore(text, i, start);
        const tail = text.slice(k, k + 2);
        const refEnd = /^(末|期间|时期|以来|初|中)/.test(tail)
          ? k + (tail.startsWith("期间") || tail.startsWith("时期") || tail.startsWith("以来") ? 2 : 1)
          : k;
        // “十五五”开局之年, 确保“十五五”良好开局: a label of the year, not the plan's end
        if (PLAN_LABEL.test(text.slice(k, k + 4))) {
          i = k - 1;
          continue;
        }
        const isEnd = tail.startsWith("末");
        // “十四五”以来 in a plan still running: up to the last year of actuals
        const since =
          tail.startsWith("以来") && frame.reviewYear !== undefined && frame.reviewYear >= plan.start;
        const year = since ? Math.min(plan.start + 4, frame.reviewYear ?? plan.start + 4) : plan.start + 4;
        const ref: TimeRef = { start: i, end: refEnd, year, role };
        if (!isEnd) ref.periodStart = plan.start;
        refs.push(ref);
        i = refEnd - 1;
      }
      continue;
    }
    const single =
      frame.currentYear ??
      (frame.periodEnd !== undefined && frame.periodStart === frame.periodEnd ? frame.periodEnd : undefined);
    if (single !== undefined && (text.startsWith("全年", i) || text.startsWith("今年", i))) {
      // in a review, 全年 is the reviewed year: the past one, or the running one (今年以来…预计全年)
      const reviewed =
        frame.reviewYear !== undefined && frame.reviewYear <= single ? frame.reviewYear : single - 1;
      const year = review && text[i] === "全" ? reviewed : single;
      refs.push({ start: i, end: i + 2, year, role: "at", relative: true });
      i++;
      continue;
    }
    if (
      single !== undefined &&
      (text.startsWith("去年", i) || text.startsWith("上年", i)) &&
      text[i + 2] !== "同"
    ) {
      // 比上年末 (a stock at the end of last year) is last year too: 末 is no part of the next name
      const close = text[i + 2] === "末" || text[i + 2] === "底" ? 1 : 0;
      refs.push({
        start: i,
        end: i + 2 + close,
        year: single - 1,
        role: roleBefore(text, i, start),
        relative: true,
      });
      i++;
      continue;
    }
    // 明年: the year after the document's own (a news report on next year's plans)
    if (single !== undefined && text.startsWith("明年", i)) {
      refs.push({ start: i, end: i + 2, year: single + 1, role: roleBefore(text, i, start), relative: true });
      i++;
      continue;
    }
    if (text.startsWith("未来", i)) {
      const k = skipSpaces(text, i + 2);
      const n = isAsciiDigit(text[k]) ? Number(text[k]) : "一二三四五六七八九十".indexOf(text[k]) + 1;
      const after = skipSpaces(text, k + 1);
      const base = frame.baseYear;
      if (n > 0 && text[after] === "年" && base !== undefined) {
        refs.push({
          start: i,
          end: after + 1,
          year: base + n,
          periodStart: base + 1,
          role: "at",
          relative: true,
        });
        i = after;
      }
    }
  }
  return refs;
}
