/**
 * Contract between the table reader (src/extract/tables/) and the extraction pipeline.
 * Offsets are positions in the text handed to `findTables` (the normalised text);
 * the pipeline maps them back to the original document.
 */
import type { Attribute, Kind, Qualifier } from "../../record";

export interface TableCell {
  /** Number as written in the cell's unit, or null for a qualitative cell (then `text`). */
  value: number | null;
  value_max?: number;
  qualifier: Qualifier;
  /** Qualitative words (高于全市平均水平, 完成市定目标) when value is null. */
  text?: string;
  /** Unit written inside the cell itself (e.g. 个百分点), overriding the column's. */
  unit?: string;
  /** Written in 〔〕 brackets: a total over the whole plan period, not an annual figure. */
  cumulative?: boolean;
  /** The cell writes its own growth word (增长5%): a rate, whatever column it stands in. */
  growth?: boolean;
  /** The growth written after the level in the same cell (1846.1亿元，增长5.6%). */
  then?: TableCell;
  start: number;
  end: number;
}

/** A cell of a further dated column (2025年目标 beside 2026年目标), with what its header says of it. */
export interface DatedCell {
  cell: TableCell;
  kind: Kind;
  /** The column holds growth (增长% after a dated column), else levels. */
  growth: boolean;
  year?: number;
  /** Headed by a year alone (a year-by-year series): a target only while that year is still ahead. */
  fromYearOnly?: boolean;
}

export interface TableRow {
  rowNumber?: number;
  /** Category row the row sits under (结构优化, 创新驱动 …). */
  category?: string;
  /** Indicator name without the bracketed unit. */
  indicator: string;
  /** Unit from the indicator's brackets or the unit column. */
  unit: string;
  /** Base-year value (an actual). */
  base?: TableCell;
  /** Target-year value. */
  target?: TableCell;
  /** Average annual growth over the period, in % unless the cell gives its own unit. */
  growth?: TableCell;
  /**
   * Growth written next to the base value (2023年完成 | 增长% | 2024年目标 | 增长%): the base
   * year's own growth, an actual (or an estimate when the table's base is 预计).
   */
  baseGrowth?: TableCell;
  attribute?: Attribute;
  /** A mark after the name (★) that the table's note may explain (带★的为约束性指标). */
  mark?: string;
  /** Cells of further dated columns, in column order. */
  dated?: DatedCell[];
  /**
   * The row's text from its name to its last cell or attribute (row number and category left
   * out): the shortest passage that states the row's values, as the gold set quotes it.
   */
  start: number;
  end: number;
}

export interface ParsedTable {
  title?: string;
  baseYear?: number;
  targetYear?: number;
  rows: TableRow[];
  /**
   * Unit of the growth column from its header (年均增长(%) → %); "%" when the header gives none.
   * A growth cell's own unit (个百分点) overrides it and makes the cell a change, not a rate.
   */
  growthUnit?: string;
  /** The growth column's header writes its unit (年均增长(%)); else growthUnit is the "%" default. */
  growthUnitWritten?: boolean;
  /** The growth column holds a change over the whole period (header 累计), not an annual rate. */
  growthCumulative?: boolean;
  /** The base column is an estimate for a year still running (2023年预计, 预计完成), not an actual. */
  baseEstimate?: boolean;
  /**
   * The target column is headed by a year alone (2020年 | 2025年), without 目标/规划: it is a
   * target only if that year is still ahead when the document was written (else an actual).
   */
  targetFromYearOnly?: boolean;
  start: number;
  end: number;
  /** Cells or rows the reader could not place, for warnings. */
  problems: string[];
}
