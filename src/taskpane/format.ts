/**
 * The one formatter of records for the whole pane: value, unit, qualifier, kind, measure and period read
 * the same in the browse list, the indicator view, the chart and the formula preview. English glosses
 * units (亿元 → 100 million yuan) by composing a magnitude prefix with a base unit, as data.
 */
import type { DocumentInfo, IndicatorRecord, Qualifier } from "../record";
import type { Language, StringKey } from "./strings";

const QUALIFIER_TEXT: Record<Qualifier, Record<Language, [string, string]>> = {
  "=": { en: ["", ""], zh: ["", ""] },
  "~": { en: ["about ", ""], zh: ["", "左右"] },
  ">=": { en: ["≥ ", ""], zh: ["≥", ""] },
  ">": { en: ["> ", ""], zh: ["超过", ""] },
  "<=": { en: ["≤ ", ""], zh: ["≤", ""] },
  "<": { en: ["< ", ""], zh: ["低于", ""] },
};

/** Whole units glossed as they are (checked before the magnitude rule). */
const UNIT_EN: Readonly<Record<string, string>> = {
  "%": "%",
  个百分点: "percentage points",
  百分点: "percentage points",
  "吨/万元": "tonnes per 10,000 yuan",
  "吨标准煤/万元": "tonnes of standard coal per 10,000 yuan",
  "立方米/万元": "cubic metres per 10,000 yuan",
  "万元/人·年": "10,000 yuan per person-year",
  "件/万人": "per 10,000 people",
  万m2: "10,000 m²",
  万平米: "10,000 m²",
  万标箱: "10,000 TEU",
  倍: "times",
};

/** Base units after an optional magnitude word. */
const BASE_EN: Readonly<Record<string, string>> = {
  元: "yuan",
  美元: "US dollars",
  人: "people",
  人次: "visits",
  名: "people",
  位: "people",
  户: "households",
  家: "firms",
  个: "units",
  所: "institutions",
  座: "facilities",
  条: "lines",
  项: "projects",
  件: "items",
  场: "venues",
  套: "units",
  "套(间)": "units (rooms)",
  栋: "buildings",
  处: "sites",
  张: "beds",
  辆: "vehicles",
  块: "plots",
  对: "pairs",
  次: "times",
  班次: "services",
  天: "days",
  年: "years",
  吨: "tonnes",
  斤: "jin",
  亩: "mu",
  公顷: "hectares",
  米: "metres",
  公里: "km",
  平方米: "m²",
  平方公里: "km²",
  立方米: "m³",
  千瓦: "kW",
  千瓦时: "kWh",
  兆瓦: "MW",
  "吨/日": "tonnes a day",
  "吨/年": "tonnes a year",
  "人次/年": "visits a year",
};

const MAGNITUDE_EN: ReadonlyArray<[string, string]> = [
  ["万亿", "trillion"],
  ["亿", "100 million"],
  ["万", "10,000"],
  ["千", "1,000"],
];

/** The unit in the pane's language: Chinese as written; English glossed where the parts are known. */
export function glossUnit(unit: string, lang: Language): string {
  if (lang === "zh" || unit === "") return unit;
  const whole = UNIT_EN[unit];
  if (whole !== undefined) return whole;
  for (const [prefix, magnitude] of MAGNITUDE_EN) {
    if (!unit.startsWith(prefix)) continue;
    const rest = unit.slice(prefix.length);
    if (rest === "") return magnitude;
    const base = BASE_EN[rest];
    if (base !== undefined) return `${magnitude} ${base}`;
  }
  return BASE_EN[unit] ?? unit;
}

export function formatNumber(value: number, lang: Language): string {
  return value.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 4 });
}

/** A number with its unit: "500亿元" / "500 (100 million yuan)", "7%", "12 firms". */
export function formatAmount(value: number, unit: string, lang: Language, valueMax?: number): string {
  const range = valueMax !== undefined ? `–${formatNumber(valueMax, lang)}` : "";
  const number = `${formatNumber(value, lang)}${range}`;
  if (lang === "zh" || unit === "" || unit === "%") return `${number}${unit}`;
  const gloss = glossUnit(unit, lang);
  // A magnitude unit reads as a scale ("500 (100 million yuan)"), a counted thing as a plain noun.
  return /^\d/.test(gloss) || gloss === "trillion" ? `${number} (${gloss})` : `${number} ${gloss}`;
}

/** "≥500亿元", "about 7%", "1–2个", or the words of a qualitative target. */
export function formatValue(
  record: Pick<IndicatorRecord, "value" | "unit"> &
    Partial<Pick<IndicatorRecord, "qualifier" | "value_max" | "text">>,
  lang: Language,
): string {
  if (record.value === null) return record.text ?? "";
  const [before, after] = QUALIFIER_TEXT[record.qualifier ?? "="][lang];
  return `${before}${formatAmount(record.value, record.unit, lang, record.value_max)}${after}`;
}

/** "2021–2025", "2024", or empty. */
export function formatPeriod(doc: Pick<DocumentInfo, "period_start" | "period_end">): string {
  const { period_start: start, period_end: end } = doc;
  if (start === undefined && end === undefined) return "";
  return start === end || end === undefined ? String(start) : `${start ?? ""}–${end}`;
}

/** Year of a record, with its period for averages and totals: "2021–2025". */
export function formatYear(record: IndicatorRecord): string {
  return record.period_start !== undefined && record.period_start !== record.year
    ? `${record.period_start}–${record.year}`
    : String(record.year);
}

type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** One line per record everywhere: "2025 · target · level: ≥500亿元". */
export function recordLine(record: IndicatorRecord, lang: Language, t: Translate): string {
  return `${formatYear(record)} · ${t(`kind_${record.kind}`)} · ${t(`measure_${record.measure}`)}: ${formatValue(record, lang)}`;
}

/** The record's facts beside its value: attribute, table or text, confidence, inferred year. */
export function recordFacts(record: IndicatorRecord, t: Translate): string[] {
  const facts: string[] = [];
  if (record.attribute) facts.push(t(`attribute_${record.attribute}`));
  facts.push(t(`source_${record.source}`));
  facts.push(t("confidence", { percent: `${Math.round(record.confidence * 100)}%` }));
  if (record.year_inferred) facts.push(t("yearInferred"));
  return facts;
}

const PLAN_TYPE: Record<DocumentInfo["plan_type"], Record<Language, string>> = {
  "five-year": { en: "Five-year plan", zh: "五年规划" },
  annual: { en: "Annual plan", zh: "年度计划" },
  "work-report": { en: "Work report", zh: "工作报告" },
  news: { en: "News", zh: "新闻" },
  other: { en: "Other", zh: "其他" },
};

export function planTypeName(type: DocumentInfo["plan_type"], lang: Language): string {
  return PLAN_TYPE[type]?.[lang] ?? type;
}

/** Known category rows of plan tables, glossed for English. */
const CATEGORY_EN: Readonly<Record<string, string>> = {
  结构优化: "Structural optimisation",
  绿色转型: "Green transition",
  创新驱动: "Innovation-driven",
  民生福祉: "People's well-being",
  经济发展: "Economic development",
  安全保障: "Security",
  改革开放: "Reform and opening-up",
  生态文明: "Ecological civilisation",
  社会文明: "Social civility",
  绿色生态: "Green ecology",
};

export function categoryName(category: string, lang: Language): string {
  return lang === "en" ? (CATEGORY_EN[category] ?? category) : category;
}

/** Whether an id is generated (x-…) and so never to be shown. */
export function isGeneratedId(id: string): boolean {
  return id.startsWith("x-");
}
