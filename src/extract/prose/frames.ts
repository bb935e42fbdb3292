/** Paragraph frames: whether a paragraph reviews past results or sets out the plan. */
import { REVIEW_CUES } from "../cues";
import type { ProseOptions } from "./types";

/** Frames per paragraph: true where the paragraph reviews past results. */
export function reviewFrames(
  text: string,
  reviewPlanNames: string[],
  options: ProseOptions,
): Map<number, boolean> {
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
  [/^第[一二三四五六七八九十百]+[章篇]/, 1],
  [/^第[一二三四五六七八九十]+节/, 2],
  [/^[一二三四五六七八九十]+、/, 3],
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
