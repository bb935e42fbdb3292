/**
 * Documents the engine has never seen (test/fixtures/documents): other formats, Chinese numerals,
 * other phrasing, a traditional-Chinese work report with pinyin. Expected records are written by hand.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../../src/extract";
import type { IndicatorRecord } from "../../src/record";

const DIR = path.join(__dirname, "../fixtures/documents");

async function extractFixture(file: string) {
  return extractDocument({ name: file, text: readFileSync(path.join(DIR, file), "utf8") });
}

type Expected = Pick<
  IndicatorRecord,
  "indicator" | "kind" | "measure" | "year" | "value" | "unit" | "qualifier"
> & {
  period_start?: number;
  value_max?: number;
};

function expectRecord(records: IndicatorRecord[], e: Expected) {
  const hit = records.find(
    (r) => r.indicator.includes(e.indicator) && r.year === e.year && r.value === e.value && r.unit === e.unit,
  );
  if (!hit)
    throw new Error(
      `missing ${JSON.stringify(e)}\ngot:\n${records.map((r) => `${r.indicator} ${r.year} ${r.value}${r.unit}`).join("\n")}`,
    );
  expect({ kind: hit.kind, measure: hit.measure, qualifier: hit.qualifier }).toEqual({
    kind: e.kind,
    measure: e.measure,
    qualifier: e.qualifier,
  });
  if (e.period_start !== undefined) expect(hit.period_start).toBe(e.period_start);
  if (e.value_max !== undefined) expect(hit.value_max).toBe(e.value_max);
  return hit;
}

describe("annual plan with Chinese numerals, 全年 and 预计", () => {
  it("reads the document facts and every stated value", async () => {
    const { document, records } = await extractFixture("annual_plan_chinese_numerals.txt");
    expect(document).toMatchObject({
      doc: "annual_plan_chinese_numerals",
      plan_type: "annual",
      period_start: 2025,
      period_end: 2025,
      region: "安阳市",
      published: "2025-02-20",
    });
    const expected: Expected[] = [
      {
        indicator: "生产总值",
        kind: "actual",
        measure: "growth",
        year: 2024,
        value: 5.2,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "一般公共预算收入",
        kind: "actual",
        measure: "level",
        year: 2024,
        value: 210,
        unit: "亿元",
        qualifier: "=",
      },
      {
        indicator: "居民消费价格",
        kind: "actual",
        measure: "growth",
        year: 2024,
        value: 0.3,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2025,
        value: 6,
        unit: "%",
        qualifier: "~",
      },
      {
        indicator: "社会消费品零售总额",
        kind: "target",
        measure: "growth",
        year: 2025,
        value: 7,
        unit: "%",
        qualifier: ">=",
      },
      {
        indicator: "城镇调查失业率",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 5.5,
        unit: "%",
        qualifier: "<=",
      },
      {
        indicator: "新增城镇就业",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 45000,
        unit: "人",
        qualifier: "=",
      },
      {
        indicator: "粮食总产",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 1500,
        unit: "万吨",
        qualifier: ">=",
      },
      {
        indicator: "进出口总额",
        kind: "estimate",
        measure: "level",
        year: 2025,
        value: 300,
        unit: "亿元",
        qualifier: ">",
      },
      {
        indicator: "5G基站",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 2000,
        unit: "个",
        qualifier: "=",
      },
      {
        indicator: "亿元以上项目",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 120,
        unit: "个",
        qualifier: "=",
      },
    ];
    for (const e of expected) expectRecord(records, e);
    // “三大行动” is a name, 2024/2025 are years: no records from them
    expect(records.some((r) => r.value === 3 || r.value === 2024 || r.value === 2025)).toBe(false);
    expect(records).toHaveLength(expected.length);
  });
});

describe("five-year plan with a review chapter and other phrasing", () => {
  it("separates actuals of 十三五 from targets of 十四五", async () => {
    const { document, records } = await extractFixture("five_year_other_order.txt");
    expect(document).toMatchObject({
      plan_type: "five-year",
      period_start: 2021,
      period_end: 2025,
      region: "新乡县",
    });
    const expected: Expected[] = [
      {
        indicator: "生产总值",
        kind: "actual",
        measure: "level",
        year: 2015,
        value: 180,
        unit: "亿元",
        qualifier: "=",
      },
      {
        indicator: "生产总值",
        kind: "actual",
        measure: "level",
        year: 2020,
        value: 265,
        unit: "亿元",
        qualifier: "=",
      },
      {
        indicator: "生产总值",
        kind: "actual",
        measure: "growth",
        year: 2020,
        value: 7.5,
        unit: "%",
        qualifier: "=",
        period_start: 2016,
      },
      {
        indicator: "城镇化率",
        kind: "actual",
        measure: "level",
        year: 2020,
        value: 52.3,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "生产总值",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 400,
        unit: "亿元",
        qualifier: ">",
      },
      {
        indicator: "研发经费投入强度",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 2.5,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "城镇化率",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 60,
        unit: "%",
        qualifier: "=",
      },
      // a fall written in prose is negative growth (gold README), the name leaves 降低 out
      {
        indicator: "单位生产总值能耗",
        kind: "target",
        measure: "growth",
        year: 2025,
        value: -13.5,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "高新技术企业",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 5,
        unit: "家",
        qualifier: ">=",
        period_start: 2021,
      },
      {
        indicator: "标准化厂房",
        kind: "target",
        measure: "level",
        year: 2025,
        value: 50,
        unit: "万平方米",
        qualifier: "=",
        period_start: 2021,
      },
    ];
    for (const e of expected) expectRecord(records, e);
    expect(records).toHaveLength(expected.length);
    const gdp = records.find((r) => r.year === 2025 && r.value === 400)!;
    expect(gdp.indicator_id).toBe("gdp");
    expect(gdp.indicator_en).toBe("Gross regional product");
  });
});

describe("traditional-Chinese work report with inline pinyin", () => {
  it("converts to simplified, drops the pinyin and keeps offsets in the original", async () => {
    const text = readFileSync(path.join(DIR, "work_report_traditional.txt"), "utf8");
    const { document, records } = await extractFixture("work_report_traditional.txt");
    expect(document).toMatchObject({ plan_type: "work-report", period_start: 2023, region: "开封市" });
    const expected: Expected[] = [
      {
        indicator: "地区生产总值",
        kind: "actual",
        measure: "growth",
        year: 2022,
        value: 4.5,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "固定资产投资",
        kind: "actual",
        measure: "growth",
        year: 2022,
        value: 10.2,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2023,
        value: 6,
        unit: "%",
        qualifier: "~",
      },
      {
        indicator: "一般公共预算收入",
        kind: "target",
        measure: "growth",
        year: 2023,
        value: 5,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "城镇新增就业",
        kind: "target",
        measure: "level",
        year: 2023,
        value: 5,
        unit: "万人",
        qualifier: "=",
      },
    ];
    for (const e of expected) {
      const r = expectRecord(records, e);
      expect(r.quote).not.toMatch(/[區國產經]|\(q/);
      // the offsets point at the traditional original: the same passage, pinyin and all
      const passage = text.slice(r.start, r.end);
      expect(passage).toContain(String(e.value));
      expect(passage.replace(/\([a-zāáǎàūúǔù]+\)/g, "").length).toBe(r.quote.length);
    }
    expect(records).toHaveLength(expected.length);
  });
});

describe("five-year plan with a tab-separated indicator table in another column order", () => {
  it("turns table rows into actuals, targets and growth with attribute and category, and keeps the prose", async () => {
    const { records } = await extractFixture("county_plan_grid_table.txt");
    const table = records.filter((r) => r.source === "table");
    const gdp = table.filter((r) => r.indicator === "地区生产总值");
    expect(gdp.map((r) => [r.kind, r.measure, r.year, r.value, r.unit, r.period_start])).toEqual(
      expect.arrayContaining([
        ["actual", "level", 2020, 420, "亿元", undefined],
        ["target", "level", 2025, 600, "亿元", undefined],
        ["target", "growth", 2025, 7.4, "%", 2021],
      ]),
    );
    expect(gdp.every((r) => r.attribute === "预期性" && r.category === "经济发展")).toBe(true);
    const income = table.find((r) => r.indicator === "居民人均可支配收入" && r.measure === "growth");
    expect(income).toMatchObject({ value: null, text: "与经济增长同步", kind: "target" });
    const energy = table.find((r) => r.indicator.startsWith("单位地区生产总值能耗"));
    expect(energy).toMatchObject({
      value: null,
      text: "完成省定目标",
      attribute: "约束性",
      category: "绿色生态",
    });
    const forest = table.find((r) => r.indicator === "森林覆盖率" && r.measure === "change");
    expect(forest).toMatchObject({ value: 2.5, unit: "个百分点", year: 2025 });
    // the sentence after the table states values again: prose records of their own
    const prose = records.filter((r) => r.source === "prose");
    expect(prose.map((r) => `${r.indicator} ${r.value}${r.unit}`)).toEqual(
      expect.arrayContaining(["地区生产总值 600亿元", "森林覆盖率 25%", "新增城镇就业 3万人"]),
    );
  });
});

describe("annual plan with other phrasing, ranges, names and dates that are not indicators", () => {
  it("reads 比上年/同比/控制在…以内/不超过/ranges and ignores names, dates, document numbers and the province", async () => {
    const { document, records } = await extractFixture("annual_plan_other_phrasing.txt");
    expect(document).toMatchObject({
      plan_type: "annual",
      period_start: 2023,
      region: "洛阳市",
      published: "2023-02-08",
    });
    const expected: Expected[] = [
      {
        indicator: "生产总值",
        kind: "actual",
        measure: "growth",
        year: 2022,
        value: 3.5,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "固定资产投资",
        kind: "actual",
        measure: "growth",
        year: 2022,
        value: 12.1,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "城镇居民人均可支配收入",
        kind: "actual",
        measure: "level",
        year: 2022,
        value: 45123,
        unit: "元",
        qualifier: "=",
      },
      {
        indicator: "常住人口城镇化率",
        kind: "actual",
        measure: "change",
        year: 2022,
        value: 1.2,
        unit: "个百分点",
        qualifier: "=",
      },
      {
        indicator: "生产总值",
        kind: "target",
        measure: "growth",
        year: 2023,
        value: 7,
        unit: "%",
        qualifier: ">=",
      },
      {
        indicator: "规上工业增加值",
        kind: "target",
        measure: "growth",
        year: 2023,
        value: 8,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "居民消费价格",
        kind: "target",
        measure: "growth",
        year: 2023,
        value: 3,
        unit: "%",
        qualifier: "<=",
      },
      {
        indicator: "城镇调查失业率",
        kind: "target",
        measure: "level",
        year: 2023,
        value: 5.5,
        unit: "%",
        qualifier: "<=",
      },
      {
        indicator: "单位生产总值能耗",
        kind: "target",
        measure: "growth",
        year: 2023,
        value: -2.5,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "5G基站",
        kind: "target",
        measure: "level",
        year: 2023,
        value: 1,
        value_max: 2,
        unit: "万个",
        qualifier: "=",
      },
      {
        indicator: "文化旅游收入",
        kind: "target",
        measure: "growth",
        year: 2023,
        value: 30,
        value_max: 35,
        unit: "%",
        qualifier: "=",
      },
    ];
    for (const e of expected) expectRecord(records, e);
    expect(records).toHaveLength(expected.length);
  });
});

describe("work report: review of the past year and this year's targets", () => {
  it("reads 全年 in the review as the past year, 预计 as an estimate and thousands separators", async () => {
    const { document, records } = await extractFixture("work_report_review_and_targets.txt");
    expect(document).toMatchObject({
      plan_type: "work-report",
      period_start: 2024,
      region: "许昌市",
      published: "2024-01-15",
    });
    const expected: Expected[] = [
      {
        indicator: "地区生产总值",
        kind: "actual",
        measure: "level",
        year: 2023,
        value: 3746.2,
        unit: "亿元",
        qualifier: "=",
      },
      {
        indicator: "地区生产总值",
        kind: "actual",
        measure: "growth",
        year: 2023,
        value: 5.1,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "城镇居民人均可支配收入",
        kind: "actual",
        measure: "level",
        year: 2023,
        value: 41220,
        unit: "元",
        qualifier: "=",
      },
      {
        indicator: "一般公共预算收入",
        kind: "estimate",
        measure: "growth",
        year: 2023,
        value: 6,
        unit: "%",
        qualifier: "~",
      },
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2024,
        value: 6,
        unit: "%",
        qualifier: ">=",
      },
      {
        indicator: "城镇新增就业",
        kind: "target",
        measure: "level",
        year: 2024,
        value: 5.5,
        unit: "万人",
        qualifier: "=",
      },
      {
        indicator: "研究与试验发展经费投入强度",
        kind: "target",
        measure: "change",
        year: 2024,
        value: 0.2,
        unit: "个百分点",
        qualifier: "=",
      },
    ];
    for (const e of expected) expectRecord(records, e);
    expect(records).toHaveLength(expected.length);
    expect(records.find((r) => r.value === 0.2)?.indicator_id).toBe("rd-intensity");
  });
});

describe("news report of a 十五五 plan without headings", () => {
  it("ends the review when the text turns to the plan period and carries a subject named earlier", async () => {
    const { document, records } = await extractFixture("news_fifteenth_plan.txt");
    expect(document).toMatchObject({
      plan_type: "five-year",
      period_start: 2026,
      period_end: 2030,
      region: "南阳市",
    });
    const expected: Expected[] = [
      {
        indicator: "经济总量",
        kind: "actual",
        measure: "level",
        year: 2024,
        value: 5100,
        unit: "亿元",
        qualifier: "=",
      },
      {
        indicator: "生产总值",
        kind: "estimate",
        measure: "growth",
        year: 2025,
        value: 5.5,
        unit: "%",
        qualifier: "~",
      },
      {
        indicator: "生产总值",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 7000,
        unit: "亿元",
        qualifier: "=",
      },
      {
        indicator: "生产总值",
        kind: "target",
        measure: "growth",
        year: 2030,
        value: 5,
        unit: "%",
        qualifier: ">=",
        period_start: 2026,
      },
      {
        indicator: "人均地区生产总值",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 7,
        unit: "万元",
        qualifier: ">",
      },
      {
        indicator: "研发投入强度",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 2.8,
        unit: "%",
        qualifier: "=",
      },
      {
        indicator: "高新技术企业",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 2000,
        unit: "家",
        qualifier: ">",
      },
      {
        indicator: "城镇新增就业",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 6,
        unit: "万人",
        qualifier: ">=",
        period_start: 2026,
      },
      {
        indicator: "城镇调查失业率",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 5.5,
        unit: "%",
        qualifier: "<=",
      },
      {
        indicator: "人均预期寿命",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 79.5,
        unit: "岁",
        qualifier: "=",
      },
      {
        indicator: "森林覆盖率",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 36,
        unit: "%",
        qualifier: "~",
      },
    ];
    for (const e of expected) expectRecord(records, e);
    expect(records.find((r) => r.indicator === "城镇调查失业率")?.period_start).toBeUndefined();
    const energy = records.find((r) => r.value === null);
    expect(energy).toMatchObject({
      indicator: "单位地区生产总值能耗降低",
      text: "完成省下达目标",
      kind: "target",
      year: 2030,
    });
    expect(records).toHaveLength(expected.length + 1);
  });
});

describe("news of a three-year outlook", () => {
  it("reads 未来3年 from the publication date and 今年 as the running year", async () => {
    const { document, records } = await extractFixture("news_three_year_outlook.txt");
    expect(document).toMatchObject({ published: "2021-07-20", period_start: 2022, period_end: 2024 });
    const expected: Expected[] = [
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "level",
        year: 2024,
        value: 300,
        unit: "亿元",
        qualifier: ">",
      },
      {
        indicator: "高新技术企业",
        kind: "target",
        measure: "level",
        year: 2024,
        value: 100,
        unit: "家",
        qualifier: ">=",
      },
      {
        indicator: "固定资产投资",
        kind: "target",
        measure: "level",
        year: 2021,
        value: 80,
        unit: "亿元",
        qualifier: "=",
      },
      {
        indicator: "固定资产投资",
        kind: "target",
        measure: "growth",
        year: 2021,
        value: 10,
        unit: "%",
        qualifier: ">=",
      },
    ];
    for (const e of expected) expectRecord(records, e);
    expect(records).toHaveLength(expected.length);
  });
});

describe("a document flattened into one line", () => {
  it("finds the headings inside the line and reads the same records as the original", async () => {
    const text = readFileSync(path.join(DIR, "five_year_other_order.txt"), "utf8");
    const lines = text.split("\n").filter(Boolean);
    // a web page that lost its line breaks: sentences run on, headings follow sentence ends
    const flat = lines.map((l) => (/[。:]$/.test(l) ? l : l + "。")).join("");
    const key = (r: IndicatorRecord) =>
      `${r.indicator}|${r.kind}|${r.measure}|${r.year}|${r.value}|${r.unit}|${r.qualifier}`;
    const original = (await extractDocument({ name: "a.txt", text })).records.map(key).sort();
    const flattened = (await extractDocument({ name: "a.txt", text: flat })).records.map(key).sort();
    expect(flattened).toEqual(original);
  });
});
