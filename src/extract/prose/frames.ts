/** Paragraph frames: whether a paragraph reviews past results or sets out the plan. */
import { REVIEW_CUES, REVIEW_HEADING_PHRASES } from "../vocabulary/cues";
import type { ProseOptions } from "./types";

/** Frames per paragraph: true where the paragraph reviews past results. */
/** A stretch of text read with one frame: a line, or part of a long line that holds headings. */
export interface Paragraph {
  start: number;
  end: number;
  /** Starts with a heading found inside a line (…。二、2024年主要目标 …). */
  inlineHeading: boolean;
}

/** Headings that may follow a sentence end inside one long line (pages flattened by a web site). */
const INLINE_HEADING =
  /[。;!?;]\s*(?=第[一二三四五六七八九十百]+(?:[章节篇]|部分)|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,3}、)|[((][一二三四五六七八九十]{1,3}[))])/g;

/** Lines, split before headings that stand inside a line. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  // the next heading at or after lineStart, found once: searching afresh from every line would rescan
  // the rest of the text for each line of a document that has few or none (null: no more)
  let next: RegExpExecArray | null | undefined;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let inline = false;
    if (next === undefined || (next !== null && next.index < lineStart)) {
      INLINE_HEADING.lastIndex = lineStart;
      next = INLINE_HEADING.exec(text);
    }
    for (; next && next.index < lineEnd; next = INLINE_HEADING.exec(text)) {
      const cut = next.index + next[0].length;
      out.push({ start, end: cut, inlineHeading: inline });
      start = cut;
      inline = true;
    }
    out.push({ start, end: lineEnd, inlineHeading: inline });
    lineStart = lineEnd + 1;
  }
  return out;
}

const BLANK = /\s/;

/** A paragraph with its heading level (a heading inside a line is judged by its first words). */
export function leveled(text: string): (p: Paragraph) => Paragraph & { level: number } {
  return (p) => {
    // the trimmed line's bounds (\s is what trim() strips) instead of a copy of the whole paragraph:
    // only its first 40 characters, or a line of at most 60, can be a heading
    let s = p.start;
    let e = p.end;
    while (s < e && BLANK.test(text[s])) s++;
    while (e > s && BLANK.test(text[e - 1])) e--;
    const level = p.inlineHeading
      ? headingLevel(text.slice(s, Math.min(e, s + 40)))
      : e - s > 60
        ? 0
        : headingLevel(text.slice(s, e));
    return { start: p.start, end: p.end, inlineHeading: p.inlineHeading, level };
  };
}

export function reviewFrames(
  text: string,
  paras: Paragraph[],
  reviewPlanNames: string[],
  options: ProseOptions,
): Map<number, boolean> {
  const frames = new Map<number, boolean>();
  // per heading level: review because of the heading, or because a paragraph opened with the reviewed period
  const byHeading: (boolean | undefined)[] = [];
  const byParagraph: (boolean | undefined)[] = [];
  const ownPlan =
    options.reviewSpan === 5 && options.periodStart !== undefined ? planName(options.periodStart) : undefined;
  for (const para of paras) {
    const line = text.slice(para.start, para.end).trim();
    // a heading inside a line runs on into its text: judge it by its first words
    const head = para.inlineHeading ? line.slice(0, 40) : line;
    const level = headingLevel(head);
    if (level > 0) {
      // only a heading's cues count: running text (often long) is not searched for them
      const cueReview =
        REVIEW_CUES.some((c) => head.includes(c)) ||
        REVIEW_HEADING_PHRASES.test(head) ||
        reviewPlanNames.some((n) => head.includes(n));
      byHeading.length = byParagraph.length = level;
      byHeading[level - 1] = cueReview ? true : undefined;
      byParagraph[level - 1] = undefined;
    } else if (line && reviewPlanNames.some((n) => line.slice(0, 12).includes(n))) {
      // a paragraph opening with the reviewed period makes the rest of the section a review …
      byParagraph[Math.max(0, byHeading.length - 1)] = true;
    } else if (line && byParagraph.includes(true) && talksAboutPlan(line, ownPlan, options.periodStart)) {
      // … until a paragraph turns to the plan's own period (到2030年, “十五五”); with no such review
      // open there is nothing to end, and the paragraph need not be searched
      byParagraph.fill(undefined);
    }
    // a paragraph opening with a review cue (过去一年…) is a review on its own
    const opensReview = level === 0 && REVIEW_CUES.some((c) => line.slice(0, 8).includes(c));
    frames.set(
      para.start,
      opensReview || byHeading.some((v) => v === true) || byParagraph.some((v) => v === true),
    );
  }
  return frames;
}

export const PLAN_NAMES: Record<number, string> = {
  2006: "十一五",
  2011: "十二五",
  2016: "十三五",
  2021: "十四五",
  2026: "十五五",
  2031: "十六五",
};

export function planName(start: number): string | undefined {
  return PLAN_NAMES[start];
}

/** Whether a paragraph speaks of the plan period: its name, or a year inside or after it. */
export function talksAboutPlan(
  line: string,
  ownPlan: string | undefined,
  periodStart: number | undefined,
): boolean {
  if (ownPlan && line.includes(ownPlan)) return true;
  if (periodStart === undefined) return false;
  for (const m of line.matchAll(/(20\d\d)\s*年/g)) if (Number(m[1]) >= periodStart) return true;
  return false;
}

export const HEADING_PATTERNS: [RegExp, number][] = [
  [/^第[一二三四五六七八九十百]+(?:[章篇]|部分)/, 1],
  [/^第[一二三四五六七八九十]+节/, 2],
  [/^[一二三四五六七八九十]+、(?![一二三四五六七八九十]{1,3}、)/, 3],
  [/^[((][一二三四五六七八九十]+[))]/, 4],
];

export function headingLevel(line: string): number {
  if (line.length > 60) return 0;
  for (const [re, level] of HEADING_PATTERNS) if (re.test(line)) return level;
  return 0;
}

export function previousPlanNames(options: ProseOptions): string[] {
  if (options.reviewSpan !== 5 || options.periodStart === undefined) return [];
  const name = planName(options.periodStart - 5);
  return name ? [name] : [];
}
