/** Small hand-made records for the workbook tests (not taken from the seeds). */
import type { Dataset, IndicatorRecord, RegionInfo } from "../../src/record";

export const REGION: RegionInfo = {
  id: "test-zone",
  name: "测试经济技术开发区",
  name_en: "Test Economic Zone",
  aliases: ["Testzone", "测试经开区"],
};

export const OTHER_REGION: RegionInfo = { id: "other", name: "别处市", name_en: "Elsewhere", aliases: [] };

let counter = 0;
export function record(overrides: Partial<IndicatorRecord>): IndicatorRecord {
  counter++;
  return {
    id: `r${counter}`,
    doc: "doc-a",
    region: REGION.name,
    region_id: REGION.id,
    region_en: REGION.name_en,
    indicator: "地区生产总值",
    indicator_id: "gdp",
    indicator_en: "GDP",
    kind: "target",
    measure: "level",
    year: 2025,
    value: 500,
    unit: "亿元",
    qualifier: ">=",
    source: "table",
    quote: "地区生产总值(亿元)239.5≥500",
    start: counter * 100,
    end: counter * 100 + 20,
    confidence: 0.9,
    ...overrides,
  };
}

export function sampleRecords(): IndicatorRecord[] {
  return [
    record({ id: "gdp-2020", kind: "actual", year: 2020, value: 239.5, qualifier: "=", start: 10 }),
    record({ id: "gdp-2025", start: 11 }),
    record({
      id: "rd-2025",
      indicator: "研发投入强度",
      indicator_id: "rd-intensity",
      indicator_en: "R&D intensity",
      value: 2.5,
      unit: "%",
      qualifier: "~",
      start: 50,
    }),
    record({
      id: "growth-2025",
      measure: "growth",
      period_start: 2021,
      value: null,
      text: "高于全市平均水平",
      unit: "%",
      qualifier: "=",
      start: 12,
    }),
    record({
      id: "evil",
      indicator: '=HYPERLINK("http://evil.example","点击")',
      indicator_id: "x-evil",
      indicator_en: "+cmd|' /C calc'!A0",
      quote: '=HYPERLINK("http://evil.example","点击") 达到 -5 @SUM(1)',
      value: 3,
      unit: "个",
      qualifier: "=",
      start: 80,
    }),
    record({ id: "elsewhere", region_id: OTHER_REGION.id, region: OTHER_REGION.name, start: 5 }),
  ];
}

export function sampleDataset(): Dataset {
  return {
    version: 1,
    documents: [
      {
        doc: "doc-a",
        title: "测试经开区“十四五”规划",
        region: REGION.name,
        region_id: REGION.id,
        region_en: REGION.name_en,
        plan_type: "five-year",
        period_start: 2021,
        period_end: 2025,
        published: "2021-06-01",
        records: 5,
        warnings: [],
      },
    ],
    regions: [REGION, OTHER_REGION],
    records: sampleRecords(),
  };
}
