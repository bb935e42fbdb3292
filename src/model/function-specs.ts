/**
 * The PLAN functions, one table (in the spirit of HyperFormula's `implementedFunctions`): each function's
 * id, parameters (type, optional, default), English and Chinese help, and implementation. The Excel
 * wrappers (src/functions), the CLI's `call`, the zh-CN metadata (src/functions/names.zh-CN.json) and the
 * insert-formula list derive from it; arguments are coerced once, by parameter type
 * (./function-spec-types.ts). The JSDoc of
 * src/functions/functions.ts repeats the English help for custom-functions-metadata; a test keeps the
 * two in step.
 */
import * as gq from "./gap-queries";
import * as q from "./queries";
import { ADDIN_VERSION } from "./version";

import type { Args, FunctionSpec, ParamSpec } from "./function-spec-types";

export { coerceArgs, runSpec } from "./function-spec-types";
export type { Args, FunctionSpec, ParamSpec, ParamType, PlanResult } from "./function-spec-types";

const REGION: ParamSpec = {
  name: "region",
  type: "region",
  en: 'Region: id, English name or alias ("Luohe"), or full or short Chinese name (漯河经开区).',
  zh: '地区:编号、英文名或别名("Luohe"),或中文全称、简称(漯河经开区)。',
};
const INDICATOR: ParamSpec = {
  name: "indicator",
  type: "indicator",
  en: 'Indicator: code ("GDP"), id, English name, or Chinese name or synonym (地区生产总值, 经济总量).',
  zh: '指标:代码("GDP")、编号、英文名,或中文名称、同义词(地区生产总值、经济总量)。',
};
const YEAR: ParamSpec = {
  name: "year",
  type: "year",
  en: 'Year, as a number (2025) or text ("2025", "2025年").',
  zh: '年份:数字(2025)或文本("2025"、"2025年")。',
};
const ACTUAL_YEAR: ParamSpec = {
  ...YEAR,
  en: "Year of the actual value (2023).",
  zh: "实际值所属年份(2023)。",
};
const ACTUAL: ParamSpec = {
  name: "actual",
  type: "actual",
  en: "The actual for that year (usually a cell): a level, a growth rate for growth targets (5.5% or 0.055), the total so far for cumulative targets; percentages as Excel percentages.",
  zh: "该年实际值(通常引用单元格):水平值;增速目标填实际增速(5.5%或0.055);累计目标填累计完成数;百分数按Excel百分比填写。",
};
const TARGET_YEAR: ParamSpec = {
  name: "targetYear",
  type: "targetYear",
  optional: true,
  default: "the first target at or after the year",
  en: 'Optional: the year of the target to follow (2035 or "2035年"); omit for the first target at or after the year.',
  zh: '可选:按该年份(2035或"2035年")的目标计算;省略时取该年及以后的第一个目标。',
};
const BASE: ParamSpec = {
  name: "base",
  type: "base",
  optional: true,
  default: "the recorded base",
  en: "Optional: your base value where the document has none (e.g. from the statistical bulletin), in the indicator's unit; percentages as Excel percentages.",
  zh: "可选:文件未给出基期值时自行填写(如取自统计公报),单位与指标一致;百分数按Excel百分比填写。",
};
const BASE_YEAR: ParamSpec = {
  name: "baseYear",
  type: "baseYear",
  optional: true,
  default: "the year before the plan period",
  en: "Optional: the year of your base value (2020); omit for the year before the plan period.",
  zh: "可选:自填基期值的年份(2020);省略时为规划期前一年。",
};
const OWN_BASE = [TARGET_YEAR, BASE, BASE_YEAR];

type Year = number;
type Maybe<T> = T | undefined;
const names = (a: Args): q.NameArgs => ({ region: a[0], indicator: a[1] });
const yearly = (a: Args) => ({ region: a[0], indicator: a[1], year: a[2] as Year });
const measured = (a: Args) => ({
  region: a[0],
  indicator: a[1],
  year: a[2] as Year,
  actual: a[3] as number,
  targetYear: a[4] as Maybe<Year>,
  base: a[5] as Maybe<number>,
  baseYear: a[6] as Maybe<Year>,
  language: a[7] as Maybe<string>,
});

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  {
    id: "VERSION",
    returns: "string",
    en: "Returns the version of the Plan Indicators add-in.",
    zh: "返回规划指标加载项的版本号。",
    params: [],
    run: () => ADDIN_VERSION,
  },
  {
    id: "TARGET",
    returns: "number",
    en: 'The planned level target of an indicator for a year, e.g. =PLAN.TARGET("Luohe","GDP",2025) gives 500; percentages as Excel percentages (95% is 0.95). Where the year has only a growth target, the #N/A message points to PLAN.TARGETGROWTH.',
    zh: '某年的规划目标值,例如 =PLAN.TARGET("Luohe","GDP",2025) 返回 500;百分数按Excel百分比返回(95%为0.95)。只有增速目标的年份请用 PLAN.TARGETGROWTH。',
    params: [REGION, INDICATOR, YEAR],
    run: (s, a) => q.target(s, yearly(a)),
  },
  {
    id: "BASEVALUE",
    returns: "number",
    en: "The base value of the plan: the actual (or estimate) of the year before the plan period (2020 for 十四五).",
    zh: "规划的基期值:规划期前一年的实际值或预计值(十四五为2020年)。",
    params: [REGION, INDICATOR],
    run: (s, a) => q.baseValue(s, names(a)),
  },
  {
    id: "BASEYEAR",
    returns: "number",
    en: "The year of the plan's base value (e.g. 2020 for a 2021–2025 plan).",
    zh: "规划基期值所在的年份(如2021–2025年规划为2020)。",
    params: [REGION, INDICATOR],
    run: (s, a) => q.baseYear(s, names(a)),
  },
  {
    id: "ACTUAL",
    returns: "number",
    en: "The recorded actual value of an indicator for a year (or the document's estimate when no actual is recorded).",
    zh: "某年记录的实际值(无实际值时为文件中的预计值)。",
    params: [REGION, INDICATOR, { ...YEAR, en: 'Data year, as a number (2020) or text ("2020", "2020年").' }],
    run: (s, a) => q.actual(s, yearly(a)),
  },
  {
    id: "TARGETGROWTH",
    returns: "number",
    en: "Planned growth as an Excel percentage (0.07 for 7%): one year's growth target, or the period's annual average.",
    zh: "计划增速(Excel百分比,7%为0.07):年度增速目标,或规划期年均增速。",
    params: [
      REGION,
      INDICATOR,
      {
        name: "year",
        type: "optionalYear",
        optional: true,
        default: "the plan period's average",
        en: "Optional: the year of an annual growth target (2024); omit for the plan period's annual average.",
        zh: "可选:年度增速目标的年份(2024);省略时返回规划期年均增速。",
      },
    ],
    run: (s, a) => q.targetGrowth(s, { region: a[0], indicator: a[1], year: a[2] as Maybe<Year> }),
  },
  {
    id: "PLANNED",
    returns: "number",
    en: "The value the plan's path reaches in a year: compound for amounts, linear for rates, base·(1+g)^years for growth targets, the elapsed share of a cumulative target.",
    zh: "规划路径在某年应达到的值:总量按复合增长,比率按线性,增速目标按基期×(1+增速)^年数,累计目标按已过年份比例。",
    params: [
      REGION,
      INDICATOR,
      {
        ...YEAR,
        en: "Year on the path, between the base year and the target year.",
        zh: "路径上的年份,介于基期年份与目标年份之间。",
      },
      {
        name: "method",
        type: "method",
        optional: true,
        default: "by unit",
        en: 'Optional path: "compound", "linear" or "growth" (复合, 线性, 增速); omit for the default.',
        zh: '可选路径:"复合"、"线性"或"增速"(compound、linear、growth);省略时按单位自动选择。',
      },
      ...OWN_BASE,
    ],
    run: (s, a) =>
      gq.planned(s, {
        region: a[0],
        indicator: a[1],
        year: a[2] as Year,
        method: a[3] as Maybe<string>,
        targetYear: a[4] as Maybe<Year>,
        base: a[5] as Maybe<number>,
        baseYear: a[6] as Maybe<Year>,
      }),
  },
  {
    id: "GAP",
    returns: "number",
    en: "Gap between an actual and the plan for its year: actual − planned value (growth targets: actual growth − target growth).",
    zh: "实际值与规划的差距:实际值 − 当年计划值(增速目标:实际增速 − 目标增速)。",
    params: [REGION, INDICATOR, ACTUAL_YEAR, ACTUAL, ...OWN_BASE],
    run: (s, a) => gq.gap(s, measured(a)),
  },
  {
    id: "GAPPCT",
    returns: "number",
    en: "Gap as a fraction of the planned value for the year: (actual − planned) / planned.",
    zh: "差距占当年计划值的比例:(实际值 − 计划值)/ 计划值。",
    params: [REGION, INDICATOR, ACTUAL_YEAR, ACTUAL, ...OWN_BASE],
    run: (s, a) => gq.gapPct(s, measured(a)),
  },
  {
    id: "PROGRESS",
    returns: "number",
    en: "Share of the target reached: (actual − base) / (target − base) for levels, total so far / target for cumulative targets.",
    zh: "目标完成进度:水平目标为(实际值 − 基期值)/(目标值 − 基期值),累计目标为累计完成数/目标值。",
    params: [
      REGION,
      INDICATOR,
      {
        ...ACTUAL,
        en: "The latest actual (usually a cell); for cumulative targets the total so far.",
        zh: "最新实际值(通常引用单元格);累计目标填累计完成数。",
      },
      {
        ...TARGET_YEAR,
        default: "the plan's last target",
        en: 'Optional: the year of the target to measure against (2035 or "2035年"); omit for the plan\'s last target.',
        zh: '可选:按该年份(2035或"2035年")的目标计算进度;省略时按规划最后一个目标。',
      },
      BASE,
      BASE_YEAR,
    ],
    run: (s, a) =>
      gq.progress(s, {
        region: a[0],
        indicator: a[1],
        actual: a[2] as number,
        targetYear: a[3] as Maybe<Year>,
        base: a[4] as Maybe<number>,
        baseYear: a[5] as Maybe<Year>,
      }),
  },
  {
    id: "REQUIRED",
    returns: "number",
    en: "What is still required each year to reach the target: growth (amounts), change (rates), average growth (growth targets) or amount (cumulative targets).",
    zh: "达到目标每年还需:总量为所需增速,比率为每年变化量,增速目标为剩余年份所需年均增速,累计目标为每年所需完成数。",
    params: [REGION, INDICATOR, ACTUAL_YEAR, ACTUAL, ...OWN_BASE],
    run: (s, a) => gq.required(s, measured(a)),
  },
  {
    id: "STATUS",
    returns: "string",
    en: 'achieved, ahead, on track, behind or qualitative, direction-aware, with documented tolerances; with language "zh" the words of plan reviews (提前完成/已完成, 快于预期, 符合预期, 滞后于预期, 定性目标).',
    zh: '完成状态:achieved、ahead、on track、behind 或 qualitative,按指标方向和容差判断;语言为"zh"时返回提前完成/已完成、快于预期、符合预期、滞后于预期、定性目标。',
    params: [
      REGION,
      INDICATOR,
      ACTUAL_YEAR,
      // Optional so that a qualitative target answers "qualitative" before any actual is typed.
      { ...ACTUAL, type: "optionalActual" },
      ...OWN_BASE,
      {
        name: "language",
        type: "language",
        optional: true,
        default: "en",
        en: 'Optional: "zh" (中文) for the Chinese words, "en" or omitted for the codes.',
        zh: '可选:"zh"(中文)返回中文用语;"en"或省略返回英文代码。',
      },
    ],
    run: (s, a) => gq.status(s, measured(a)),
  },
  {
    id: "UNIT",
    returns: "string",
    en: "The unit of the indicator's target as the plan writes it (亿元, %, 万元/人·年 …).",
    zh: "指标目标的计量单位(亿元、%、万元/人·年……)。",
    params: [REGION, INDICATOR],
    run: (s, a) => q.unit(s, names(a)),
  },
  {
    id: "QUALIFIER",
    returns: "string",
    en: "How the target is qualified: = plain, ~ about (左右), >= at least (以上), > more than (突破), <= at most (以内), < less than.",
    zh: "目标的限定方式:= 等于,~ 左右,>= 以上,> 突破,<= 以内,< 低于。",
    params: [REGION, INDICATOR, { ...YEAR, en: "Target year.", zh: "目标年份。" }],
    run: (s, a) => q.qualifier(s, yearly(a)),
  },
  {
    id: "SOURCE",
    returns: "string",
    en: "The document and quoted passage the answer for that year comes from, which rule chose it, and the base the gap functions use.",
    zh: "该年答案所依据的文件和原文摘录、多条记录时的选取规则,以及差距函数所用的基期值。",
    params: [REGION, INDICATOR, { ...YEAR, en: "Year of the target or actual.", zh: "目标或实际值的年份。" }],
    run: (s, a) => q.source(s, yearly(a)),
  },
  {
    id: "REGIONS",
    returns: "matrix",
    en: "Lists the regions with data (spills): id, name, English name, aliases, documents, records.",
    zh: "列出有数据的地区(溢出区域):编号、名称、英文名、别名、文件数、记录数。",
    params: [],
    run: (s) => q.regions(s),
  },
  {
    id: "INDICATORS",
    returns: "matrix",
    en: "Lists a region's indicators (spills): id, name, English name, unit, base, target year, target.",
    zh: "列出某地区的指标(溢出区域):编号、名称、英文名、单位、基期值、目标年份、目标值。",
    params: [REGION],
    run: (s, a) => q.indicators(s, { region: a[0] }),
  },
];

export const SPEC_BY_ID: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTION_SPECS.map((s) => [s.id, s]));

/** The spec of an id known to exist (wrappers, tests). */
export function specOf(id: string): FunctionSpec {
  const spec = SPEC_BY_ID.get(id);
  if (!spec) throw new Error(`no PLAN function ${id}`);
  return spec;
}

/** The zh-CN metadata table (src/functions/names.zh-CN.json): descriptions and parameter help only. */
export function zhMetadataTable() {
  return {
    locale: "zh-CN",
    functions: Object.fromEntries(
      FUNCTION_SPECS.map((s) => [
        s.id,
        {
          description: s.zh,
          parameters: Object.fromEntries(s.params.map((p) => [p.name, { description: p.zh }])),
        },
      ]),
    ),
  };
}
