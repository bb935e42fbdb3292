/**
 * Time scope and region: documents written for these tests (test/extract/documents), each in a genre whose
 * time frame the engine must read from headings, titles and openings, with the expected records by hand.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../../src/extract";
import { frameOf } from "../../src/extract/scope";
import { fullProvinceName, provinceBySelfReference, selfReferences } from "../../src/extract/scopeRegion";
import type { IndicatorRecord, Kind, Measure, Qualifier } from "../../src/record";
import { CORPUS_DIR } from "../../src/cli/eval";

const DIR = path.join(__dirname, "documents");

async function extractFile(file: string, options: { publishedYear?: number } = {}) {
  return extractDocument(
    { name: file, text: readFileSync(path.join(DIR, file), "utf8") },
    { ...options, strict: true },
  );
}

interface Expected {
  /** Part of the indicator's name; left out where the name is not what this test is about. */
  indicator?: string;
  kind: Kind;
  measure: Measure;
  year: number;
  value: number;
  unit: string;
  qualifier?: Qualifier;
  period_start?: number;
}

function expectRecords(records: IndicatorRecord[], expected: Expected[]) {
  for (const e of expected) {
    const hit = records.find(
      (r) =>
        r.year === e.year &&
        r.value === e.value &&
        r.unit === e.unit &&
        (e.indicator === undefined || r.indicator.includes(e.indicator)),
    );
    if (!hit)
      throw new Error(
        `missing ${JSON.stringify(e)}\ngot:\n${records.map((r) => `${r.indicator} ${r.kind} ${r.year} ${r.value}${r.unit}`).join("\n")}`,
      );
    expect({ kind: hit.kind, measure: hit.measure, period_start: hit.period_start }).toEqual({
      kind: e.kind,
      measure: e.measure,
      period_start: e.period_start,
    });
    if (e.qualifier) expect(hit.qualifier).toBe(e.qualifier);
  }
}

describe("计划执行情况与计划草案 report", () => {
  it("reviews the year before and plans the year the title ends with", async () => {
    const { document, records } = await extractFile("plan_execution_and_draft.txt");
    expect(document).toMatchObject({
      plan_type: "annual",
      period_start: 2026,
      period_end: 2026,
      region: "安平市",
    });
    expectRecords(records, [
      { indicator: "地区生产总值", kind: "actual", measure: "growth", year: 2025, value: 5.4, unit: "%" },
      {
        indicator: "一般公共预算收入",
        kind: "actual",
        measure: "level",
        year: 2025,
        value: 86.2,
        unit: "亿元",
      },
      { indicator: "城镇新增就业", kind: "actual", measure: "level", year: 2025, value: 3.1, unit: "万人" },
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2026,
        value: 5,
        unit: "%",
        qualifier: "~",
      },
      {
        indicator: "城镇新增就业",
        kind: "target",
        measure: "level",
        year: 2026,
        value: 3,
        unit: "万人",
        qualifier: ">=",
      },
    ]);
    expect(records.every((r) => r.year === 2025 || r.year === 2026)).toBe(true);
  });
});

describe("中期评估 report", () => {
  it("reads past years as actuals and the plan's target as a target for its end", async () => {
    const { document, records } = await extractFile("midterm_evaluation.txt");
    expect(document).toMatchObject({ plan_type: "five-year", period_start: 2021, period_end: 2025 });
    expectRecords(records, [
      // 规划实施以来: from the plan's start to the evaluated year (2023, the year the report is dated)
      {
        indicator: "地区生产总值",
        kind: "actual",
        measure: "growth",
        year: 2023,
        value: 6.2,
        unit: "%",
        period_start: 2021,
      },
      { indicator: "地区生产总值", kind: "actual", measure: "level", year: 2022, value: 312, unit: "亿元" },
      { kind: "target", measure: "level", year: 2025, value: 380, unit: "亿元" },
      { indicator: "城镇化率", kind: "actual", measure: "level", year: 2022, value: 55.3, unit: "%" },
      { kind: "target", measure: "level", year: 2025, value: 58, unit: "%" },
      { indicator: "研发经费投入强度", kind: "target", measure: "level", year: 2025, value: 2.2, unit: "%" },
    ]);
  });
});

describe("news report about a plan", () => {
  it("dates the plan's targets to its end and the review's values to their years", async () => {
    const { document, records } = await extractFile("news_about_plan.txt");
    expect(document).toMatchObject({ period_start: 2026, period_end: 2030, region: "东川区" });
    expectRecords(records, [
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 900,
        unit: "亿元",
        qualifier: ">",
      },
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2030,
        value: 6,
        unit: "%",
        period_start: 2026,
      },
      { indicator: "城镇化率", kind: "target", measure: "level", year: 2030, value: 70, unit: "%" },
      { kind: "actual", measure: "level", year: 2020, value: 512, unit: "亿元" },
      { kind: "actual", measure: "level", year: 2025, value: 680, unit: "亿元" },
    ]);
  });
});

describe("district work report whose year is only in its heading", () => {
  it("takes 今年 and 过去一年 from the title's year", async () => {
    const { document, records } = await extractFile("district_report_heading_year.txt");
    expect(document).toMatchObject({ plan_type: "work-report", period_start: 2024, region: "南湖区" });
    expectRecords(records, [
      { indicator: "地区生产总值", kind: "actual", measure: "growth", year: 2023, value: 6.1, unit: "%" },
      { indicator: "规上工业增加值", kind: "actual", measure: "growth", year: 2023, value: 7.5, unit: "%" },
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2024,
        value: 6,
        unit: "%",
        qualifier: "~",
      },
      { indicator: "一般公共预算收入", kind: "target", measure: "growth", year: 2024, value: 5, unit: "%" },
    ]);
  });

  it("reads 今年 as the title's year even where the page was dated the year before", async () => {
    const text = "2026年南湖区政府工作报告\n更新时间：2025-12-28\n今年全区生产总值增长6%左右。";
    const { records } = await extractDocument({ name: "early.txt", text }, { strict: true });
    expectRecords(records, [
      { indicator: "生产总值", kind: "target", measure: "growth", year: 2026, value: 6, unit: "%" },
    ]);
  });

  it("without any year, is dated by the year given at import and marks the years inferred", async () => {
    const text =
      "南湖区政府工作报告\n一、过去一年工作回顾\n过去一年，全区地区生产总值增长6.1%。\n二、今年工作安排\n今年全区地区生产总值增长6%左右。";
    const none = await extractDocument({ name: "undated.txt", text }, { strict: true });
    expect(none.records).toEqual([]);
    const { records } = await extractDocument(
      { name: "undated.txt", text },
      { strict: true, publishedYear: 2024 },
    );
    expectRecords(records, [
      { indicator: "地区生产总值", kind: "actual", measure: "growth", year: 2023, value: 6.1, unit: "%" },
      { indicator: "地区生产总值", kind: "target", measure: "growth", year: 2024, value: 6, unit: "%" },
    ]);
    expect(records.every((r) => r.year_inferred)).toBe(true);
  });
});

describe("provincial work report with 过去五年, 十五五 goals and 今年 sections", () => {
  it("dates each section's values by the section's frame", async () => {
    const { document, records } = await extractFile("provincial_report_sections.txt");
    expect(document).toMatchObject({ plan_type: "work-report", period_start: 2026, region: "云江省" });
    expectRecords(records, [
      { kind: "actual", measure: "level", year: 2020, value: 2.1, unit: "万亿元" },
      { kind: "actual", measure: "level", year: 2025, value: 2.8, unit: "万亿元" },
      {
        indicator: "规上工业增加值",
        kind: "actual",
        measure: "growth",
        year: 2025,
        value: 6.8,
        unit: "%",
        period_start: 2021,
      },
      {
        indicator: "高标准农田",
        kind: "actual",
        measure: "level",
        year: 2025,
        value: 900,
        unit: "万亩",
        period_start: 2021,
      },
      {
        indicator: "高新技术企业",
        kind: "actual",
        measure: "growth",
        year: 2025,
        value: 2.3,
        unit: "倍",
        period_start: 2021,
      },
      { indicator: "城镇新增就业", kind: "actual", measure: "level", year: 2025, value: 58, unit: "万人" },
      { kind: "target", measure: "growth", year: 2030, value: 5, unit: "%", period_start: 2026 },
      { indicator: "城镇化率", kind: "target", measure: "level", year: 2030, value: 66, unit: "%" },
      { indicator: "研发经费投入强度", kind: "target", measure: "level", year: 2030, value: 2.8, unit: "%" },
      // 今年是“十五五”开局之年: 今年 is the report's year, not the plan's end
      {
        indicator: "生产总值",
        kind: "target",
        measure: "growth",
        year: 2026,
        value: 5,
        unit: "%",
        qualifier: "~",
      },
      { indicator: "城镇新增就业", kind: "target", measure: "level", year: 2026, value: 55, unit: "万人" },
      { indicator: "一般公共预算收入", kind: "target", measure: "growth", year: 2026, value: 3, unit: "%" },
    ]);
    expect(records.find((r) => r.value === 55)?.section).toBe("三、2026年重点工作");
  });
});

describe("work report in the last year of a plan", () => {
  it("reads “十四五”以来 as actuals up to the year before the report", async () => {
    const text = [
      "2025年平安市政府工作报告",
      "一、2024年工作回顾",
      "“十四五”以来，全市地区生产总值年均增长6%，累计新增城镇就业50万人。",
      "二、2025年目标任务",
      "2025年是“十四五”规划收官之年。全市地区生产总值增长5.5%左右。",
      "到2025年，全市常住人口城镇化率达到82%。",
    ].join("\n");
    const { records } = await extractDocument({ name: "r2025.txt", text }, { strict: true });
    expectRecords(records, [
      {
        indicator: "地区生产总值",
        kind: "actual",
        measure: "growth",
        year: 2024,
        value: 6,
        unit: "%",
        period_start: 2021,
      },
      {
        indicator: "新增城镇就业",
        kind: "actual",
        measure: "level",
        year: 2024,
        value: 50,
        unit: "万人",
        period_start: 2021,
      },
      { indicator: "地区生产总值", kind: "target", measure: "growth", year: 2025, value: 5.5, unit: "%" },
      { indicator: "城镇化率", kind: "target", measure: "level", year: 2025, value: 82, unit: "%" },
    ]);
  });
});

describe("a year opening a paragraph", () => {
  it("holds for every later clause and paragraph until another year", async () => {
    const { records } = await extractFile("paragraph_year_opening.txt");
    expectRecords(records, [
      { indicator: "地区生产总值", kind: "actual", measure: "level", year: 2019, value: 212.6, unit: "亿元" },
      { indicator: "地区生产总值", kind: "actual", measure: "growth", year: 2019, value: 7.1, unit: "%" },
      {
        indicator: "一般公共预算收入",
        kind: "actual",
        measure: "level",
        year: 2019,
        value: 15.2,
        unit: "亿元",
      },
      { indicator: "一般公共预算收入", kind: "actual", measure: "growth", year: 2019, value: 4.3, unit: "%" },
      {
        indicator: "社会消费品零售总额",
        kind: "actual",
        measure: "level",
        year: 2019,
        value: 88.4,
        unit: "亿元",
      },
      {
        indicator: "城镇居民人均可支配收入",
        kind: "actual",
        measure: "level",
        year: 2019,
        value: 31250,
        unit: "元",
      },
    ]);
    expect(records.every((r) => r.year === 2019 && r.kind === "actual")).toBe(true);
  });
});

describe("county five-year plan in prose", () => {
  it("reads the past plan's review, a year's review, and targets after it", async () => {
    const { document, records } = await extractFile("county_plan_prose.txt");
    expect(document).toMatchObject({ plan_type: "five-year", period_start: 2026, period_end: 2030 });
    expectRecords(records, [
      {
        indicator: "地区生产总值",
        kind: "actual",
        measure: "growth",
        year: 2025,
        value: 6.5,
        unit: "%",
        period_start: 2021,
      },
      {
        indicator: "新增城镇就业",
        kind: "actual",
        measure: "level",
        year: 2025,
        value: 2.4,
        unit: "万人",
        period_start: 2021,
      },
      { indicator: "地区生产总值", kind: "actual", measure: "level", year: 2025, value: 318, unit: "亿元" },
      { indicator: "城镇化率", kind: "actual", measure: "level", year: 2025, value: 56, unit: "%" },
      // the 2025 opening does not run into the next paragraph, which sets out targets
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2030,
        value: 6,
        unit: "%",
        period_start: 2026,
      },
      { indicator: "城镇化率", kind: "target", measure: "level", year: 2030, value: 62, unit: "%" },
    ]);
  });
});

describe("openings in a five-year plan", () => {
  it("hold to the paragraph's end, or over a list they head on a line of their own", async () => {
    const text = [
      "平川县国民经济和社会发展第十五个五年规划纲要",
      "第二章 发展目标",
      "2025年全县地区生产总值为300亿元，规上工业增加值增长6%。",
      "——经济实力明显增强。地区生产总值年均增长6%，一般公共预算收入达到30亿元。",
      "第三章 发展基础",
      "2024年：",
      "地区生产总值280亿元。",
      "一般公共预算收入25亿元。",
    ].join("\n");
    const { records } = await extractDocument({ name: "plan.txt", text }, { strict: true });
    expectRecords(records, [
      { indicator: "地区生产总值", kind: "actual", measure: "level", year: 2025, value: 300, unit: "亿元" },
      { indicator: "规上工业增加值", kind: "actual", measure: "growth", year: 2025, value: 6, unit: "%" },
      {
        indicator: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2030,
        value: 6,
        unit: "%",
        period_start: 2026,
      },
      {
        indicator: "一般公共预算收入",
        kind: "target",
        measure: "level",
        year: 2030,
        value: 30,
        unit: "亿元",
      },
      { indicator: "地区生产总值", kind: "actual", measure: "level", year: 2024, value: 280, unit: "亿元" },
      {
        indicator: "一般公共预算收入",
        kind: "actual",
        measure: "level",
        year: 2024,
        value: 25,
        unit: "亿元",
      },
    ]);
  });
});

describe("frames of headings and openings", () => {
  const ctx = { anchor: 2026, periodStart: 2026 };
  it.each([
    ["一、“十四五”时期经济社会发展回顾", { review: true, reviewYear: 2025, reviewSpan: 5 }],
    ["二、“十五五”时期主要目标任务", { review: false, periodStart: 2026, periodEnd: 2030, reviewSpan: 5 }],
    ["三、2026年重点工作", { review: false, periodStart: 2026, periodEnd: 2026, reviewSpan: 1 }],
    ["一、2025年工作回顾", { review: true, reviewYear: 2025, reviewSpan: 1 }],
    ["第三部分 2026年重点工作", { review: false, periodStart: 2026, periodEnd: 2026, reviewSpan: 1 }],
    ["三、全力推动“十五五”开好局", undefined],
  ])("heading %s", (heading, frame) => {
    if (frame === undefined) expect(frameOf(heading, ctx, true)).toBeUndefined();
    else expect(frameOf(heading, ctx, true)).toMatchObject(frame);
  });
  it.each([
    ["过去五年", { review: true, reviewYear: 2025, reviewSpan: 5 }],
    ["这五年", { review: true, reviewYear: 2025, reviewSpan: 5 }],
    ["今年", { review: false, periodEnd: 2026 }],
    ["到2030年", { review: false, periodStart: 2026, periodEnd: 2030 }],
    ["2019年全县经济稳中有进", { review: true, reviewYear: 2019, reviewSpan: 1 }],
    ["回望过去五年", { review: true, reviewYear: 2025, reviewSpan: 5 }],
    // from the end of 2020: from-values at 2020, averages over 2021–2025
    ["2020年到2025年", { review: true, reviewYear: 2025, reviewSpan: 5 }],
    ["2021—2025年", { review: true, reviewYear: 2025, reviewSpan: 5 }],
    ["2026年至2030年", { review: false, periodStart: 2026, periodEnd: 2030, reviewSpan: 5 }],
    ["“十四五”以来", { review: true, reviewYear: 2025, reviewSpan: 5 }],
    ["今年以来", { review: true, reviewYear: 2026, reviewSpan: 1 }],
    ["去年", { review: true, reviewYear: 2025, reviewSpan: 1 }],
  ])("opening %s", (words, frame) => {
    expect(frameOf(words, ctx, false)).toMatchObject(frame);
  });
  it("reads the opening after words that report a statement (报告提出，今年…)", async () => {
    const text =
      "东川区发布“十五五”规划纲要\n更新时间：2026-03-02\n区长在政府工作报告中提出，今年全区生产总值增长6%左右。城镇新增就业3万人以上。";
    const { records } = await extractDocument({ name: "news.txt", text }, { strict: true });
    expectRecords(records, [
      { indicator: "生产总值", kind: "target", measure: "growth", year: 2026, value: 6, unit: "%" },
      { indicator: "城镇新增就业", kind: "target", measure: "level", year: 2026, value: 3, unit: "万人" },
    ]);
  });

  it("leaves words without a time alone", () => {
    expect(frameOf("全力扩大有效需求", ctx, false)).toBeUndefined();
    expect(frameOf("2025年12月", ctx, false)).toBeUndefined();
  });
});

describe("document facts of a work report", () => {
  it("take the report's own heading, not the plan it submits", async () => {
    const text = [
      "下载",
      "2026年云江省政府工作报告",
      "——2026年1月20日在云江省第十四届人民代表大会第四次会议上",
      "二、“十五五”时期主要目标任务",
      "省政府编制了《云江省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。",
      "三、2026年重点工作",
      "今年全省地区生产总值增长5%左右。",
    ].join("\n");
    const { document, records } = await extractDocument({ name: "report.txt", text }, { strict: true });
    expect(document).toMatchObject({
      title: "2026年云江省政府工作报告",
      plan_type: "work-report",
      period_start: 2026,
      region: "云江省",
    });
    expectRecords(records, [
      { indicator: "地区生产总值", kind: "target", measure: "growth", year: 2026, value: 5, unit: "%" },
    ]);
  });
});

describe("region", () => {
  it("knows provincial-level names long and short, and their self-references", () => {
    expect(fullProvinceName("广西")).toBe("广西壮族自治区");
    expect(fullProvinceName("河南省")).toBe("河南省");
    expect(fullProvinceName("郑州市")).toBeUndefined();
    expect(selfReferences("河南省")).toEqual(["全省", "我省", "本省"]);
    expect(selfReferences("宁夏回族自治区")).toContain("全区");
    expect(selfReferences("漯河市")).toContain("全市");
  });

  it("finds the province a text speaks for by 全省 and the name it keeps using", () => {
    const text =
      "全省经济回升。河南粮食产量稳定，全省就业稳定。河南制造业增长，郑州、洛阳发展加快，全省居民收入增长。河南。";
    expect(provinceBySelfReference(text)).toBe("河南省");
    // a city's text says 全市: it is not the province's
    expect(
      provinceBySelfReference("全市经济回升。河南河南河南，全市就业稳定，全市收入增长。"),
    ).toBeUndefined();
  });

  it("reads it from the assembly a report is given to, not from 我代表省人民政府", async () => {
    const text =
      "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n今年全省地区生产总值增长5%左右。";
    const { document, records } = await extractDocument({ name: "gd.txt", text }, { strict: true });
    expect(document.region).toBe("广东省");
    expect(records[0]).toMatchObject({ region: "广东省", indicator: "地区生产总值", year: 2026 });
  });

  it.each([
    ["关于洛阳市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n全市经济增长。", "洛阳市"],
    ["政府工作报告\n——2026年1月5日在洛阳市第十六届人民代表大会第四次会议上\n全市经济增长。", "洛阳市"],
    ["政府工作报告\n——2026年1月5日在市第十六届人民代表大会第四次会议上\n全市经济增长。", ""],
  ])("of %s", async (text, region) => {
    const { document } = await extractDocument({ name: "r.txt", text }, { strict: true });
    expect(document.region).toBe(region);
  });

  const corpus = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".txt")) : [];
  (corpus.length ? it : it.skip)(
    "is found for every corpus report, as a provincial-level name",
    async () => {
      for (const file of corpus) {
        const { document } = await extractDocument({
          name: file,
          text: readFileSync(path.join(CORPUS_DIR, file), "utf8"),
        });
        expect([file, fullProvinceName(document.region)]).toEqual([file, document.region]);
      }
    },
    60_000,
  );
});
