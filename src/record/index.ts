/**
 * The indicator record: one quantified statement of a plan document.
 * Field names follow the gold-set format (../shared/gold/README.md) so that an
 * extraction can be scored as it is; the extra fields serve the add-in.
 */

export type Kind = "target" | "actual" | "estimate";
export type Measure = "level" | "growth" | "change";
/** `=` plain, `~` about, `>=` at least, `>` more than, `<=` at most, `<` less than. */
export type Qualifier = "=" | "~" | ">=" | ">" | "<=" | "<";
export type Attribute = "预期性" | "约束性";
export type SourceKind = "table" | "prose";

export interface IndicatorRecord {
  /** Stable id: the same document yields the same ids on every run. */
  id: string;
  /** Document id: the file name without extension. */
  doc: string;
  /** Full Chinese name of the jurisdiction, e.g. 漯河经济技术开发区. */
  region: string;
  region_id: string;
  region_en: string;
  /** Indicator name as the document words it (simplified, without the bracketed unit). */
  indicator: string;
  /** Lexicon id (e.g. "gdp") or a generated stable id ("x-…") for unknown indicators. */
  indicator_id: string;
  indicator_en?: string;
  kind: Kind;
  measure: Measure;
  /** Year the value refers to (target year, data year of an actual). */
  year: number;
  /** First year of the period for averages (年均) and cumulative totals (累计). */
  period_start?: number;
  /** Number in `unit`, or null for a qualitative target (then `text` holds the words). */
  value: number | null;
  /** Upper end of a range (1~2个 gives value 1, value_max 2). */
  value_max?: number;
  /** Unit as written: 亿元, %, 万元/人·年, 个百分点 … (magnitude words stay in the unit). */
  unit: string;
  qualifier: Qualifier;
  text?: string;
  attribute?: Attribute;
  year_inferred?: boolean;
  /** Table category row the record sits under (结构优化, 创新驱动 …). */
  category?: string;
  /** The heading the record sits under (三、2026年重点工作), for provenance. */
  section?: string;
  source: SourceKind;
  /** Shortest passage (simplified Chinese) that states the value. */
  quote: string;
  /** Offsets of the quoted passage in the ORIGINAL document text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** 0..1: how sure the extractor is. Low-confidence records are reviewed first. */
  confidence: number;
}

export type PlanType = "five-year" | "annual" | "work-report" | "news" | "other";

export interface DocumentInfo {
  doc: string;
  title: string;
  region: string;
  region_id: string;
  region_en: string;
  plan_type: PlanType;
  /** Plan period, e.g. 2021–2025 for 十四五, 2024–2024 for an annual plan. */
  period_start?: number;
  period_end?: number;
  /** ISO date (YYYY-MM-DD) of publication where the text or catalogue gives it. */
  published?: string;
  records: number;
  /** Problems met while reading (skipped lines, low-confidence records). */
  warnings: string[];
}

export interface RegionInfo {
  id: string;
  /** Full Chinese name. */
  name: string;
  name_en: string;
  /** English aliases (Luohe) and Chinese short names (漯河经开区, 航空港区). */
  aliases: string[];
}

/** What the add-in ships and what `npm run extract` writes to data/indicators.json. */
export interface Dataset {
  version: number;
  documents: DocumentInfo[];
  regions: RegionInfo[];
  records: IndicatorRecord[];
}

/**
 * The years the whole project accepts, defined once: plan documents (extraction), function arguments, CSV
 * rows, stored corrections and the sheets' input validation all use this range, so a record one part
 * produces is never rejected by another.
 */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;

export function isPlanYear(year: unknown): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}
