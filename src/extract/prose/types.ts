/** What the prose parser proposes and what it needs to know about the document. */
import type { Kind, Measure, Qualifier } from "../../record";
import type { YearFrame } from "../timeRefs";

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
  /** Where the parser reports what it skipped (a number too long to be one). */
  warnings?: string[];
}
