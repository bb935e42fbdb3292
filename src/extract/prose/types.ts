/** What the prose parser proposes and what it needs to know about the document. */
import type { Kind, Measure, Qualifier } from "../../record";
import type { YearFrame } from "../timeRefs";
import type { Paragraph } from "./frames";
import type { PredicateWord } from "./naming";

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
  /**
   * The document's last past year (its reviewYear, which a section's frame does not replace): a year
   * written next to a value up to this one is an actual in any frame (2020年为1.6天，2023年提高到2.1天).
   */
  lastPastYear?: number;
  /** Length of the reviewed period (5 for a five-year plan, 1 for an annual plan). */
  reviewSpan: number;
  /** Every value is an actual (a statistical bulletin): no frame makes a target. */
  actualsOnly?: boolean;
  /** The document's own jurisdiction (full name and short names): not part of an indicator's name. */
  regionNames?: string[];
  /** The document's year follows only from its publication: 今年, 全年, 去年 give inferred years. */
  relativeYearInferred?: boolean;
  /** The text's paragraphs with their heading levels, when the caller has them (computed once). */
  paragraphs?: (Paragraph & { level: number })[];
  /** Spans (normalised offsets) to leave alone: tables. */
  skip: { start: number; end: number }[];
  /** Where the parser reports what it skipped (a number too long to be one). */
  warnings?: string[];
}

/** What a sentence remembers from one value to the next. */
export interface SentenceState {
  lastWords?: PredicateWord[];
  /** The previous value counted work done (新建…57个、869万平方米: the list goes on counting). */
  lastFlow?: boolean;
  lastName?: string;
  lastYear?: number;
  /** The previous value was named by the words after it (建成35个先导区、12个示范村). */
  lastFromSuffix?: boolean;
  listNames?: string[];
  listIndex: number;
  /** The list's values are the starts of a 从…到 (分别从A、B提高到C、D): the 到 side lists them again. */
  listFrom?: boolean;
  /** The list's link brackets its values (分别控制在900吨、80吨以内): the closing qualifier holds for all;
   * "approx": a 分别 list, whose closing 左右 holds for all. */
  listBracket?: boolean | "approx";
  fromPending: boolean;
  /** The subject the sentence before handed on (游客人均停留天数。2020年为1.6天). */
  carried?: string;
  /** The fall verb written before the previous value's object (压减时间58%、材料52%). */
  lastLeadFall?: PredicateWord;
  /** The previous value counted the plan's own items: the sentence goes on counting them. */
  countingItems?: boolean;
  /** The subjects of the last clause that gave several (…达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%). */
  clauseNames?: string[];
}
