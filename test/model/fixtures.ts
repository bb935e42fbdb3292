/**
 * Small hand-written datasets for model tests: synthetic but realistic records (the Luohe ETDZ 十四五 table,
 * a Zhengzhou annual plan), written here so that the expected answers can be worked out by hand.
 */
import type { Dataset, DocumentInfo, IndicatorRecord, RegionInfo } from "../../src/record";
import type { LexiconEntry } from "../../src/model/store";

let counter = 0;

export function rec(
  fields: Partial<IndicatorRecord> & Pick<IndicatorRecord, "indicator_id" | "year">,
): IndicatorRecord {
  counter += 1;
  return {
    id: `r${counter}`,
    doc: "luohe-14th",
    region: "漯河经济技术开发区",
    region_id: "luohe-etdz",
    region_en: "Luohe ETDZ",
    indicator: "地区生产总值",
    kind: "target",
    measure: "level",
    value: 0,
    unit: "亿元",
    qualifier: "=",
    source: "table",
    quote: "…",
    start: counter * 10,
    end: counter * 10 + 5,
    confidence: 0.9,
    ...fields,
  };
}

export const LEXICON: LexiconEntry[] = [
  {
    id: "gdp",
    code: "GDP",
    name_en: "Gross regional product",
    name_zh: "地区生产总值",
    synonyms: ["生产总值", "经济总量"],
    unit: "亿元",
    lower_is_better: false,
  },
  {
    id: "fixed-asset-investment",
    code: "FAI",
    name_en: "Fixed-asset investment",
    name_zh: "固定资产投资",
    synonyms: ["固投"],
    unit: "亿元",
    lower_is_better: false,
  },
  {
    id: "rd-intensity",
    code: "RD_INTENSITY",
    name_en: "R&D intensity",
    name_zh: "研发经费投入强度",
    synonyms: ["研发投入强度"],
    unit: "%",
    lower_is_better: false,
  },
  {
    id: "energy-intensity",
    code: "ENERGY_INTENSITY",
    name_en: "Energy intensity",
    name_zh: "单位地区生产总值能耗",
    synonyms: ["单位GDP能耗"],
    unit: "吨标准煤/万元",
    lower_is_better: true,
  },
  {
    id: "retail-sales",
    code: "RETAIL",
    name_en: "Retail sales",
    name_zh: "社会消费品零售总额",
    synonyms: [],
    unit: "亿元",
    lower_is_better: false,
  },
];

export const REGIONS: RegionInfo[] = [
  { id: "luohe-etdz", name: "漯河经济技术开发区", name_en: "Luohe ETDZ", aliases: ["Luohe", "漯河经开区"] },
  { id: "zhengzhou", name: "郑州市", name_en: "Zhengzhou", aliases: ["郑州"] },
];

export const DOCUMENTS: DocumentInfo[] = [
  {
    doc: "luohe-14th",
    title: "漯河经开区十四五规划",
    region: "漯河经济技术开发区",
    region_id: "luohe-etdz",
    region_en: "Luohe ETDZ",
    plan_type: "five-year",
    period_start: 2021,
    period_end: 2025,
    published: "2021-09-01",
    records: 0,
    warnings: [],
  },
  {
    doc: "zz-2024",
    title: "郑州市2024年计划",
    region: "郑州市",
    region_id: "zhengzhou",
    region_en: "Zhengzhou",
    plan_type: "annual",
    period_start: 2024,
    period_end: 2024,
    published: "2024-03-14",
    records: 0,
    warnings: [],
  },
];

const zz = {
  doc: "zz-2024",
  region: "郑州市",
  region_id: "zhengzhou",
  region_en: "Zhengzhou",
  source: "prose" as const,
};

export function luoheDataset(): Dataset {
  const records: IndicatorRecord[] = [
    rec({
      indicator_id: "gdp",
      kind: "actual",
      year: 2020,
      value: 239.5,
      quote: "地区生产总值(亿元)239.5≥500",
    }),
    rec({
      indicator_id: "gdp",
      kind: "target",
      year: 2025,
      value: 500,
      qualifier: ">=",
      quote: "地区生产总值(亿元)239.5≥500",
    }),
    rec({
      indicator_id: "gdp",
      kind: "target",
      measure: "growth",
      year: 2025,
      period_start: 2021,
      value: null,
      unit: "%",
      text: "高于全市平均水平",
    }),
    rec({
      indicator_id: "rd-intensity",
      indicator: "研发投入强度",
      kind: "actual",
      year: 2020,
      value: 1.5,
      unit: "%",
    }),
    rec({
      indicator_id: "rd-intensity",
      indicator: "研发投入强度",
      kind: "target",
      year: 2025,
      value: 2.5,
      unit: "%",
    }),
    rec({
      indicator_id: "energy-intensity",
      indicator: "单位地区生产总值能耗",
      kind: "actual",
      year: 2020,
      value: 0.6,
      unit: "吨标准煤/万元",
    }),
    rec({
      indicator_id: "energy-intensity",
      indicator: "单位地区生产总值能耗",
      kind: "target",
      year: 2025,
      value: 0.5,
      unit: "吨标准煤/万元",
      qualifier: "<=",
    }),
    rec({
      indicator_id: "fixed-asset-investment",
      indicator: "固定资产投资",
      kind: "actual",
      year: 2020,
      value: 0,
      unit: "亿元",
    }),
    rec({
      indicator_id: "fixed-asset-investment",
      indicator: "固定资产投资",
      kind: "target",
      year: 2025,
      value: 100,
      unit: "亿元",
    }),
    rec({
      indicator_id: "x-abc1234",
      indicator: "主导产业集群规模",
      kind: "target",
      year: 2025,
      value: 1000,
      unit: "亿元",
      source: "prose",
      quote: "主导产业集群规模突破1000亿元",
    }),
    // Zhengzhou annual plan: a growth-only GDP target for 2024 and the 2023 level.
    rec({
      ...zz,
      indicator_id: "gdp",
      kind: "actual",
      year: 2023,
      value: 13617.8,
      quote: "2023年全市地区生产总值13617.8亿元",
    }),
    rec({
      ...zz,
      indicator_id: "gdp",
      kind: "target",
      measure: "growth",
      year: 2024,
      value: 7,
      unit: "%",
      qualifier: "~",
      quote: "地区生产总值增长7%左右",
    }),
    rec({
      ...zz,
      indicator_id: "retail-sales",
      indicator: "社会消费品零售总额",
      kind: "actual",
      year: 2023,
      value: 55,
      unit: "百亿元",
    }),
    rec({
      ...zz,
      indicator_id: "retail-sales",
      indicator: "社会消费品零售总额",
      kind: "target",
      year: 2024,
      value: 6000,
      unit: "亿元",
    }),
  ];
  return { version: 1, documents: DOCUMENTS, regions: REGIONS, records };
}
