/**
 * PLAN custom functions. custom-functions-metadata reads the JSDoc below to generate
 * functions.json; its webpack plugin registers each function with CustomFunctions.associate.
 * Keep these wrappers thin: the logic lives in src/model (queries.ts), shared with the CLI.
 * Each returns its value at once when the data is loaded, or a Promise while it loads, and returns
 * (never throws) a CustomFunctions.Error with a message on bad input.
 */
import { answer } from "./answer";
import * as q from "../model/queries";
import { ADDIN_VERSION } from "../model/version";

/**
 * Returns the version of the Plan Indicators add-in.
 * @customfunction VERSION
 * @returns The add-in version, e.g. 0.1.0.
 */
export function version(): string {
  return ADDIN_VERSION;
}

/**
 * The planned level target of an indicator for a year, e.g. =PLAN.TARGET("Luohe","GDP",2025) gives 500.
 * Where the year has only a growth target (annual plans), the #N/A message points to PLAN.GROWTH.
 * @customfunction TARGET
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Target year, as a number (2025) or text ("2025", "2025年").
 * @returns {number} The target value, in the indicator's unit (see PLAN.UNIT).
 */
export function target(region: string, indicator: string, year: number | string) {
  return answer((s) => q.target(s, region, indicator, year));
}

/**
 * The base value of the plan: the actual of the year before the plan period (2020 for 十四五).
 * @customfunction BASE
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @returns {number} The base value, in the indicator's unit.
 */
export function base(region: string, indicator: string) {
  return answer((s) => q.base(s, region, indicator));
}

/**
 * The year of the plan's base value (e.g. 2020 for a 2021–2025 plan).
 * @customfunction BASEYEAR
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @returns {number} The base year.
 */
export function baseYear(region: string, indicator: string) {
  return answer((s) => q.baseYear(s, region, indicator));
}

/**
 * The recorded actual value of an indicator for a year (or the document's estimate when no actual is recorded).
 * @customfunction ACTUAL
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Data year, as a number (2020) or text ("2020", "2020年").
 * @returns {number} The actual value, in the indicator's unit.
 */
export function actual(region: string, indicator: string, year: number | string) {
  return answer((s) => q.actual(s, region, indicator, year));
}

/**
 * Planned growth as a fraction (0.07 for 7%): the period's annual average, or one year's growth target.
 * @customfunction GROWTH
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param [year] Year of an annual growth target (2024); omit for the plan period's annual average.
 * @returns {number} The planned growth rate as a fraction.
 */
export function growth(region: string, indicator: string, year?: number | string) {
  return answer((s) => q.growth(s, region, indicator, year));
}

/**
 * The value the plan's path reaches in a year: compound for amounts, linear for % and 个百分点,
 * base·(1+g)^years where only a growth rate is planned.
 * @customfunction PLANNED
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Year on the path, between the base year and the target year.
 * @param [method] Optional path: "compound", "linear" or "growth" (复合, 线性, 增速); omit for the default.
 * @param [targetYear] Optional: the year of the level target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @returns {number} The planned value for the year, in the indicator's unit.
 */
export function planned(
  region: string,
  indicator: string,
  year: number | string,
  method?: string,
  targetYear?: number | string,
) {
  return answer((s) => q.planned(s, region, indicator, year, method, targetYear));
}

/**
 * Gap between an actual value and the planned path: actual − planned value for the year.
 * @customfunction GAP
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Year of the actual value.
 * @param actual The actual value for that year, in the indicator's unit (usually a cell).
 * @param [targetYear] Optional: the year of the level target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @returns {number} The gap, in the indicator's unit (negative means below the path).
 */
export function gap(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
) {
  return answer((s) => q.gap(s, region, indicator, year, actual, targetYear));
}

/**
 * Gap as a fraction of the planned value for the year: (actual − planned) / planned.
 * @customfunction GAPPCT
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Year of the actual value.
 * @param actual The actual value for that year, in the indicator's unit (usually a cell).
 * @param [targetYear] Optional: the year of the level target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @returns {number} The relative gap as a fraction (format the cell as %).
 */
export function gapPct(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
) {
  return answer((s) => q.gapPct(s, region, indicator, year, actual, targetYear));
}

/**
 * Share of the way from base to target covered: (actual − base) / (target − base).
 * @customfunction PROGRESS
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param actual The latest actual value, in the indicator's unit (usually a cell).
 * @param [targetYear] Optional: the year of the level target to measure against (2035 or "2035年"); omit for the plan's last target.
 * @returns {number} Progress as a fraction: 0 at the base, 1 at the target.
 */
export function progress(
  region: string,
  indicator: string,
  actual: number | string,
  targetYear?: number | string,
) {
  return answer((s) => q.progress(s, region, indicator, actual, targetYear));
}

/**
 * Annual growth still required to reach the target from an actual: (target/actual)^(1/years left) − 1;
 * for % and 个百分点 indicators, the change per year still required.
 * @customfunction REQUIRED
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Year of the actual value.
 * @param actual The actual value for that year, in the indicator's unit (usually a cell).
 * @param [targetYear] Optional: the year of the level target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @returns {number} The required annual growth as a fraction (or change per year in the unit, for rates).
 */
export function required(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
) {
  return answer((s) => q.required(s, region, indicator, year, actual, targetYear));
}

/**
 * "achieved" if the target is met, "on track" if the planned value for the year is met, else "behind";
 * direction-aware (for energy intensity or unemployment, lower is better).
 * @customfunction STATUS
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Year of the actual value.
 * @param actual The actual value for that year, in the indicator's unit (usually a cell).
 * @param [targetYear] Optional: the year of the level target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @returns {string} achieved, on track or behind.
 */
export function status(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
) {
  return answer((s) => q.status(s, region, indicator, year, actual, targetYear));
}

/**
 * The unit of the indicator's target (亿元, %, 万元/人·年 …).
 * @customfunction UNIT
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @returns {string} The unit as written in the plan.
 */
export function unit(region: string, indicator: string) {
  return answer((s) => q.unit(s, region, indicator));
}

/**
 * How the target is qualified: = plain, ~ about (左右), >= at least (以上), > more than (突破), <= at most (以内), < less than.
 * @customfunction QUALIFIER
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Target year.
 * @returns {string} One of = ~ >= > <= <.
 */
export function qualifier(region: string, indicator: string, year: number | string) {
  return answer((s) => q.qualifier(s, region, indicator, year));
}

/**
 * The document and quoted passage the answer for that year comes from, and which rule chose it when
 * several records answer.
 * @customfunction SOURCE
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值).
 * @param year Year of the target or actual.
 * @returns {string} Document title, id, table or prose, and the quoted passage.
 */
export function source(region: string, indicator: string, year: number | string) {
  return answer((s) => q.source(s, region, indicator, year));
}

/**
 * Lists the regions with data (spills): id, name, English name, aliases, documents, records.
 * @customfunction REGIONS
 * @returns {any[][]} A table with a header row.
 */
export function regions() {
  return answer((s) => q.regions(s));
}

/**
 * Lists a region's indicators (spills): id, name, English name, unit, base, target year, target.
 * @customfunction INDICATORS
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @returns {any[][]} A table with a header row.
 */
export function indicators(region: string) {
  return answer((s) => q.indicators(s, region));
}
