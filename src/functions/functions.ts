/**
 * PLAN custom functions. custom-functions-metadata reads the JSDoc below to generate functions.json; its
 * webpack plugin registers each function with CustomFunctions.associate. The wrappers are thin: each
 * hands its arguments to the spec table (src/model/function-specs.ts), which coerces them once and runs
 * the implementation; test/functions/metadata.test.ts keeps this JSDoc in step with that table.
 * Each returns its value at once when the data is loaded, or a Promise while it loads, and returns
 * (never throws) a CustomFunctions.Error with a message on bad input.
 */
import { call } from "./answer";
import { specOf } from "../model/function-specs";
import { ADDIN_VERSION } from "../model/version";

const TARGET_SPEC = specOf("TARGET");
const BASEVALUE_SPEC = specOf("BASEVALUE");
const BASEYEAR_SPEC = specOf("BASEYEAR");
const ACTUAL_SPEC = specOf("ACTUAL");
const TARGETGROWTH_SPEC = specOf("TARGETGROWTH");
const PLANNED_SPEC = specOf("PLANNED");
const GAP_SPEC = specOf("GAP");
const GAPPCT_SPEC = specOf("GAPPCT");
const PROGRESS_SPEC = specOf("PROGRESS");
const REQUIRED_SPEC = specOf("REQUIRED");
const STATUS_SPEC = specOf("STATUS");
const UNIT_SPEC = specOf("UNIT");
const QUALIFIER_SPEC = specOf("QUALIFIER");
const SOURCE_SPEC = specOf("SOURCE");
const REGIONS_SPEC = specOf("REGIONS");
const INDICATORS_SPEC = specOf("INDICATORS");

/**
 * Returns the version of the Plan Indicators add-in.
 * @customfunction VERSION
 * @returns {string} The add-in version, e.g. 0.1.0.
 */
export function version(): string {
  return ADDIN_VERSION; // needs no data: answers before the store loads
}

/**
 * The planned level target of an indicator for a year, e.g. =PLAN.TARGET("Luohe","GDP",2025) gives 500; percentages as Excel percentages (95% is 0.95). Where the year has only a growth target, the #N/A message points to PLAN.TARGETGROWTH.
 * @customfunction TARGET
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Year, as a number (2025) or text ("2025", "2025年").
 * @returns {number} The target value, in the indicator's unit (see PLAN.UNIT).
 */
export function target(region: string, indicator: string, year: number | string) {
  return call(TARGET_SPEC, region, indicator, year);
}

/**
 * The base value of the plan: the actual (or estimate) of the year before the plan period (2020 for 十四五).
 * @customfunction BASEVALUE
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @returns {number} The base value, in the indicator's unit.
 */
export function baseValue(region: string, indicator: string) {
  return call(BASEVALUE_SPEC, region, indicator);
}

/**
 * The year of the plan's base value (e.g. 2020 for a 2021–2025 plan).
 * @customfunction BASEYEAR
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @returns {number} The base year.
 */
export function baseYear(region: string, indicator: string) {
  return call(BASEYEAR_SPEC, region, indicator);
}

/**
 * The recorded actual value of an indicator for a year (or the document's estimate when no actual is recorded).
 * @customfunction ACTUAL
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Data year, as a number (2020) or text ("2020", "2020年").
 * @returns {number} The actual value, in the indicator's unit.
 */
export function actual(region: string, indicator: string, year: number | string) {
  return call(ACTUAL_SPEC, region, indicator, year);
}

/**
 * Planned growth as an Excel percentage (0.07 for 7%): one year's growth target, or the period's annual average.
 * @customfunction TARGETGROWTH
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param [year] Optional: the year of an annual growth target (2024); omit for the plan period's annual average.
 * @returns {number} The planned growth rate as a fraction.
 */
export function targetGrowth(region: string, indicator: string, year?: number | string) {
  return call(TARGETGROWTH_SPEC, region, indicator, year);
}

/**
 * The value the plan's path reaches in a year: compound for amounts, linear for rates, base·(1+g)^years for growth targets, the elapsed share of a cumulative target.
 * @customfunction PLANNED
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Year on the path, between the base year and the target year.
 * @param [method] Optional path: "compound", "linear" or "growth" (复合, 线性, 增速); omit for the default.
 * @param [targetYear] Optional: the year of the target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @param [base] Optional: your base value where the document has none (e.g. from the statistical bulletin), in the indicator's unit; percentages as Excel percentages.
 * @param [baseYear] Optional: the year of your base value (2020); omit for the year before the plan period.
 * @returns {number} The planned value for the year, in the indicator's unit.
 */
export function planned(
  region: string,
  indicator: string,
  year: number | string,
  method?: string,
  targetYear?: number | string,
  base?: number | string,
  baseYear?: number | string,
) {
  return call(PLANNED_SPEC, region, indicator, year, method, targetYear, base, baseYear);
}

/**
 * Gap between an actual and the plan for its year: actual − planned value (growth targets: actual growth − target growth).
 * @customfunction GAP
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Year of the actual value (2023).
 * @param actual The actual for that year (usually a cell): a level, a growth rate for growth targets (5.5% or 0.055), the total so far for cumulative targets; percentages as Excel percentages.
 * @param [targetYear] Optional: the year of the target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @param [base] Optional: your base value where the document has none (e.g. from the statistical bulletin), in the indicator's unit; percentages as Excel percentages.
 * @param [baseYear] Optional: the year of your base value (2020); omit for the year before the plan period.
 * @returns {number} The gap (negative means behind the plan).
 */
export function gap(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
  base?: number | string,
  baseYear?: number | string,
) {
  return call(GAP_SPEC, region, indicator, year, actual, targetYear, base, baseYear);
}

/**
 * Gap as a fraction of the planned value for the year: (actual − planned) / planned.
 * @customfunction GAPPCT
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Year of the actual value (2023).
 * @param actual The actual for that year (usually a cell): a level, a growth rate for growth targets (5.5% or 0.055), the total so far for cumulative targets; percentages as Excel percentages.
 * @param [targetYear] Optional: the year of the target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @param [base] Optional: your base value where the document has none (e.g. from the statistical bulletin), in the indicator's unit; percentages as Excel percentages.
 * @param [baseYear] Optional: the year of your base value (2020); omit for the year before the plan period.
 * @returns {number} The relative gap as a fraction (format the cell as %).
 */
export function gapPct(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
  base?: number | string,
  baseYear?: number | string,
) {
  return call(GAPPCT_SPEC, region, indicator, year, actual, targetYear, base, baseYear);
}

/**
 * Share of the target reached: (actual − base) / (target − base) for levels, total so far / target for cumulative targets.
 * @customfunction PROGRESS
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param actual The latest actual (usually a cell); for cumulative targets the total so far.
 * @param [targetYear] Optional: the year of the target to measure against (2035 or "2035年"); omit for the plan's last target.
 * @param [base] Optional: your base value where the document has none (e.g. from the statistical bulletin), in the indicator's unit; percentages as Excel percentages.
 * @param [baseYear] Optional: the year of your base value (2020); omit for the year before the plan period.
 * @returns {number} Progress as a fraction: 0 at the base, 1 at the target.
 */
export function progress(
  region: string,
  indicator: string,
  actual: number | string,
  targetYear?: number | string,
  base?: number | string,
  baseYear?: number | string,
) {
  return call(PROGRESS_SPEC, region, indicator, actual, targetYear, base, baseYear);
}

/**
 * What is still required each year to reach the target: growth (amounts), change (rates), average growth (growth targets) or amount (cumulative targets).
 * @customfunction REQUIRED
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Year of the actual value (2023).
 * @param actual The actual for that year (usually a cell): a level, a growth rate for growth targets (5.5% or 0.055), the total so far for cumulative targets; percentages as Excel percentages.
 * @param [targetYear] Optional: the year of the target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @param [base] Optional: your base value where the document has none (e.g. from the statistical bulletin), in the indicator's unit; percentages as Excel percentages.
 * @param [baseYear] Optional: the year of your base value (2020); omit for the year before the plan period.
 * @returns {number} The required annual growth, change or amount.
 */
export function required(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
  base?: number | string,
  baseYear?: number | string,
) {
  return call(REQUIRED_SPEC, region, indicator, year, actual, targetYear, base, baseYear);
}

/**
 * achieved, ahead, on track, behind or qualitative, direction-aware, with documented tolerances; with language "zh" the words of plan reviews (提前完成/已完成, 快于预期, 符合预期, 滞后于预期, 定性目标).
 * @customfunction STATUS
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Year of the actual value (2023).
 * @param actual The actual for that year (usually a cell): a level, a growth rate for growth targets (5.5% or 0.055), the total so far for cumulative targets; percentages as Excel percentages.
 * @param [targetYear] Optional: the year of the target to follow (2035 or "2035年"); omit for the first target at or after the year.
 * @param [base] Optional: your base value where the document has none (e.g. from the statistical bulletin), in the indicator's unit; percentages as Excel percentages.
 * @param [baseYear] Optional: the year of your base value (2020); omit for the year before the plan period.
 * @param [language] Optional: "zh" (中文) for the Chinese words, "en" or omitted for the codes.
 * @returns {string} A status code, or its Chinese words.
 */
export function status(
  region: string,
  indicator: string,
  year: number | string,
  actual: number | string,
  targetYear?: number | string,
  base?: number | string,
  baseYear?: number | string,
  language?: string,
) {
  return call(STATUS_SPEC, region, indicator, year, actual, targetYear, base, baseYear, language);
}

/**
 * The unit of the indicator's target as the plan writes it (亿元, %, 万元/人·年 …).
 * @customfunction UNIT
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @returns {string} The unit as written in the plan.
 */
export function unit(region: string, indicator: string) {
  return call(UNIT_SPEC, region, indicator);
}

/**
 * How the target is qualified: = plain, ~ about (左右), >= at least (以上), > more than (突破), <= at most (以内), < less than.
 * @customfunction QUALIFIER
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Target year.
 * @returns {string} One of = ~ >= > <= <.
 */
export function qualifier(region: string, indicator: string, year: number | string) {
  return call(QUALIFIER_SPEC, region, indicator, year);
}

/**
 * The document and quoted passage the answer for that year comes from, which rule chose it, and the base the gap functions use.
 * @customfunction SOURCE
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @param indicator Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).
 * @param year Year of the target or actual.
 * @returns {string} Document title, id, table or prose, the quoted passage and the base.
 */
export function source(region: string, indicator: string, year: number | string) {
  return call(SOURCE_SPEC, region, indicator, year);
}

/**
 * Lists the regions with data (spills): id, name, English name, aliases, documents, records.
 * @customfunction REGIONS
 * @returns {any[][]} A table with a header row.
 */
export function regions() {
  return call(REGIONS_SPEC);
}

/**
 * Lists a region's indicators (spills): id, name, English name, unit, base, target year, target.
 * @customfunction INDICATORS
 * @param region Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).
 * @returns {any[][]} A table with a header row.
 */
export function indicators(region: string) {
  return call(INDICATORS_SPEC, region);
}
