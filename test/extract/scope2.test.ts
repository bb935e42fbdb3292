/**
 * Time scope and dating (issue 9): classes of misdated records, each pinned with invented sentences, and a
 * metamorphic check that the written documents give the same records in traditional characters, with CRLF
 * line ends and with full-width digits.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js";
import { extractDocument } from "../../src/extract";
import type { IndicatorRecord } from "../../src/record";
import { reportRows, rowOf as row } from "./record-rows";

const REPORT =
  "某某省2026年政府工作报告\n——2026年1月27日在某某省第十四届人民代表大会第四次会议上\n各位代表：\n";
const FIVE_YEAR_REVIEW = "一、“十四五”时期工作回顾\n";
const YEAR_REVIEW = "一、2025年工作回顾\n";
const GOALS = "二、“十五五”时期主要目标\n";
const PLAN = "三、2026年重点工作\n";

const rows = (body: string, head: string, doc = REPORT) => reportRows(body, head, doc);

describe("a work report's year and the coming five years", () => {
  it("keeps the title's year when its head speaks of 未来五年", async () => {
    const { document, records } = await extractDocument({
      name: "t.txt",
      text: REPORT + "未来五年，全省常住人口城镇化率提高到68%。\n" + YEAR_REVIEW + "地区生产总值增长5.4%。\n",
    });
    expect([document.period_start, document.period_end]).toEqual([2026, 2026]);
    expect(records.map(row)).toEqual([
      ["常住人口城镇化率", "target", "level", 2030, 68, "%", "=", undefined],
      ["地区生产总值", "actual", "growth", 2025, 5.4, "%", "=", undefined],
    ]);
  });

  it("counts 未来五年 of a work report from its own year", async () => {
    expect(await rows("未来五年，全省新增城镇就业300万人。", GOALS)).toEqual([
      ["新增城镇就业", "target", "level", 2030, 300, "万人", "=", 2026],
    ]);
  });
});

describe("levels under a span a sentence opens are levels at its year", () => {
  it.each([
    ["城镇化率68%", ["城镇化率", "target", "level", 2030, 68, "%", "=", undefined]],
    ["研发经费投入强度3%以上", ["研发经费投入强度", "target", "level", 2030, 3, "%", ">=", undefined]],
    ["粮食产量稳定在700亿斤以上", ["粮食产量", "target", "level", 2030, 700, "亿斤", ">=", undefined]],
    [
      "到2030年全省地区生产总值突破8万亿元",
      ["地区生产总值", "target", "level", 2030, 8, "万亿元", ">", undefined],
    ],
  ])("今后五年，%s", async (clause, expected) => {
    expect(await rows(`今后五年，${clause}。`, GOALS)).toEqual([expected]);
  });

  it("a share named with “十五五”时期 too; averages and work added still span the period", async () => {
    expect(
      await rows(
        "“十五五”时期，研发经费投入强度3%，地区生产总值年均增长5%，累计新增城镇就业300万人。",
        GOALS,
      ),
    ).toEqual([
      ["研发经费投入强度", "target", "level", 2030, 3, "%", "=", undefined],
      ["地区生产总值", "target", "growth", 2030, 5, "%", "=", 2026],
      ["新增城镇就业", "target", "level", 2030, 300, "万人", "=", 2026],
    ]);
  });

  it("money put in over a review is its total", async () => {
    expect(await rows("五年来，先后投入资金30亿元。", FIVE_YEAR_REVIEW)).toEqual([
      ["投入资金", "actual", "level", 2025, 30, "亿元", "=", 2021],
    ]);
  });
});

describe("由A提高到B in a review gives two actuals", () => {
  it.each([
    ["五年间，", FIVE_YEAR_REVIEW],
    ["过去五年，", FIVE_YEAR_REVIEW],
    ["“十四五”时期，", FIVE_YEAR_REVIEW],
    ["", FIVE_YEAR_REVIEW],
  ])("%s城镇化率由58%提高到63%", async (opening, head) => {
    expect(await rows(`${opening}城镇化率由58%提高到63%。`, head)).toEqual([
      ["城镇化率", "actual", "level", 2020, 58, "%", "=", undefined],
      ["城镇化率", "actual", "level", 2025, 63, "%", "=", undefined],
    ]);
  });

  it("also in a five-year plan's review of the plan before", async () => {
    const plan = "某某市国民经济和社会发展第十五个五年规划纲要\n第一章 发展基础\n";
    expect(await rows("“十四五”时期，一般公共预算收入由80亿元增加到110亿元。", "", plan)).toEqual([
      ["一般公共预算收入", "actual", "level", 2020, 80, "亿元", "=", undefined],
      ["一般公共预算收入", "actual", "level", 2025, 110, "亿元", "=", undefined],
    ]);
  });
});

describe("part-year figures are not the year's values", () => {
  it.each([
    "2025年上半年，全省地区生产总值增长5.8%。",
    "前三季度，全省固定资产投资增长4%。",
    "一季度社会消费品零售总额增长6%。",
    "2025年1—11月，规模以上工业增加值增长6%。",
    "前两个月，全省进出口总额增长9%。",
  ])("%s", async (sentence) => {
    expect(await rows(sentence, YEAR_REVIEW)).toEqual([]);
  });

  it("1—12月 is the whole year", async () => {
    expect(await rows("1—12月，规模以上工业增加值增长6%。", YEAR_REVIEW)).toEqual([
      ["规模以上工业增加值", "actual", "growth", 2025, 6, "%", "=", undefined],
    ]);
  });

  it("the whole year after a half goes on with its subject", async () => {
    expect(await rows("上半年地区生产总值增长5.5%，全年增长5.2%。", YEAR_REVIEW)).toEqual([
      ["地区生产总值", "actual", "growth", 2025, 5.2, "%", "=", undefined],
    ]);
  });

  it("from a half-year value to the year's end: only the year's end", async () => {
    expect(await rows("城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。", YEAR_REVIEW)).toEqual(
      [
        ["城镇新增就业", "actual", "level", 2025, 42.3, "万人", "=", undefined],
        ["年末城镇调查失业率", "actual", "level", 2025, 5.3, "%", "=", undefined],
      ],
    );
  });

  it("a part of the year earlier in the sentence is a deadline, not the value's time", async () => {
    expect(await rows("力争重点项目上半年全部开工，开工率100%。", PLAN)).toEqual([
      ["开工率", "target", "level", 2026, 100, "%", "=", undefined],
    ]);
  });

  it("a plan's part-year growth is no target of the year", async () => {
    expect(await rows("今年地区生产总值增长5.5%左右，一季度增长5%。", PLAN)).toEqual([
      ["地区生产总值", "target", "growth", 2026, 5.5, "%", "~", undefined],
    ]);
  });
});

describe("a span of years written before a growth", () => {
  it("names the subject of the clause before, not 实际, and spans the years", async () => {
    expect(
      await rows("2025年，全省固定资产投资达到900亿元，2021—2023年实际年均增长6.1%。", YEAR_REVIEW),
    ).toEqual([
      ["固定资产投资", "actual", "level", 2025, 900, "亿元", "=", undefined],
      ["固定资产投资", "actual", "growth", 2023, 6.1, "%", "=", 2021],
    ]);
  });

  it("drops 实际 after a subject of its own", async () => {
    expect(await rows("2021—2023年，研发经费实际年均增长6.1%。", YEAR_REVIEW)).toEqual([
      ["研发经费", "actual", "growth", 2023, 6.1, "%", "=", 2021],
    ]);
  });
});

describe("the written documents in other scripts and encodings", () => {
  const DIR = path.join(__dirname, "../fixtures/written");
  const FILES = readdirSync(DIR).filter((f) => f.endsWith(".txt"));
  const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });
  const TRANSFORMS: [string, (s: string) => string][] = [
    ["traditional characters (cn → t)", (s) => toTraditional(s)],
    ["CRLF line ends", (s) => s.replace(/\n/g, "\r\n")],
    ["full-width digits", (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
  ];
  const key = (r: IndicatorRecord): string =>
    [r.indicator, r.kind, r.measure, r.year, r.period_start, r.value, r.value_max, r.unit, r.qualifier]
      .map((v) => v ?? "")
      .join("|");
  const keys = async (text: string) =>
    (await extractDocument({ name: "d.txt", text })).records.map(key).sort();
  const originals = new Map<string, Promise<string[]>>();
  const original = (file: string) => {
    if (!originals.has(file)) originals.set(file, keys(readFileSync(path.join(DIR, file), "utf8")));
    return originals.get(file)!;
  };

  it("has documents to transform", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(17);
  });

  describe.each(TRANSFORMS)("%s", (_name, transform) => {
    it.each(FILES)("%s", async (file) => {
      const before = await original(file);
      expect(before.length).toBeGreaterThan(0);
      expect(await keys(transform(readFileSync(path.join(DIR, file), "utf8")))).toEqual(before);
    });
  });
});

describe("a dateline alone on a line dates the document", () => {
  it("at the end of a report without a year in its title, before a date inside its text", async () => {
    const text =
      "某某区人民政府工作报告\n各位代表：\n一、过去一年工作回顾\n" +
      "过去一年，全区地区生产总值增长5.6%。2024年3月14日召开的全区大会部署了全年工作。\n" +
      "二、今年主要目标\n今年全区地区生产总值预期增长6%左右。\n2025年1月15日\n";
    const { document, records } = await extractDocument({ name: "t.txt", text });
    expect([document.published, document.period_start]).toEqual(["2025-01-15", 2025]);
    expect(records.map(row)).toEqual([
      ["地区生产总值", "actual", "growth", 2024, 5.6, "%", "=", undefined],
      ["地区生产总值", "target", "growth", 2025, 6, "%", "~", undefined],
    ]);
  });

  it.each([
    ["二〇二三年十月", 2023],
    ["2023年10月", 2023],
    ["2024年3月", 2023],
  ])("a mid-term evaluation dated %s takes stock up to %d", async (dateline, year) => {
    const text = `某某县“十四五”规划实施中期评估报告\n规划实施以来，全县地区生产总值年均增长6.2%。\n某某县发展和改革委员会\n${dateline}\n`;
    const { records } = await extractDocument({ name: "t.txt", text });
    expect(records.map(row)).toEqual([["地区生产总值", "actual", "growth", year, 6.2, "%", "=", 2021]]);
  });

  it("a year inside the text is no dateline", async () => {
    const text = "某某区人民政府工作报告\n2024年，全区地区生产总值增长5.6%。\n";
    const { document } = await extractDocument({ name: "t.txt", text });
    expect(document.published).toBeUndefined();
  });
});

describe("the closing year of a five-year review", () => {
  it.each(["这一年，", "“十四五”收官之年，", "收官之年，"])(
    "%s a bare growth is the year's, not the period's",
    async (opening) => {
      expect(await rows(`${opening}全省进出口总额增长8%。`, "一、“十四五”时期和2025年工作回顾\n")).toEqual([
        ["进出口总额", "actual", "growth", 2025, 8, "%", "=", undefined],
      ]);
    },
  );

  it("a bare growth over the five years still spans them", async () => {
    expect(await rows("过去五年，全省进出口总额增长53.1%。", FIVE_YEAR_REVIEW)).toEqual([
      ["进出口总额", "actual", "growth", 2025, 53.1, "%", "=", 2021],
    ]);
  });
});

describe("今年, 去年 and 明年 in a news report on a work report", () => {
  it("dates each from the report's year", async () => {
    const text =
      "某某市召开新闻发布会解读政府工作报告\n2025-01-20 10:30 来源：某某日报\n" +
      "去年全市地区生产总值增长5.6%。今年，全市地区生产总值预期增长6%左右。\n" +
      "明年，全市将力争地区生产总值突破2000亿元。\n";
    const { records } = await extractDocument({ name: "t.txt", text });
    expect(records.map(row)).toEqual([
      ["地区生产总值", "actual", "growth", 2024, 5.6, "%", "=", undefined],
      ["地区生产总值", "target", "growth", 2025, 6, "%", "~", undefined],
      ["地区生产总值", "target", "level", 2026, 2000, "亿元", ">", undefined],
    ]);
  });
});

describe("a document dated after its own period reviews all of it", () => {
  it("a bulletin on the “十四五” period dated 2026: 由A提高到B gives two actuals", async () => {
    const text =
      "某某区“十四五”时期经济社会发展统计公报\n某某区统计局\n2026年3月\n" +
      "五年间，全区常住人口城镇化率由68.2%提高到72.5%。\n";
    const { records } = await extractDocument({ name: "t.txt", text });
    expect(records.map(row)).toEqual([
      ["常住人口城镇化率", "actual", "level", 2020, 68.2, "%", "=", undefined],
      ["常住人口城镇化率", "actual", "level", 2025, 72.5, "%", "=", undefined],
    ]);
  });

  it("a document that names what it says before the subject: the subject alone", async () => {
    const text = "某某市“十四五”规划实施中期评估报告\n2024年3月\n《纲要》提出固定资产投资年均增长8%。\n";
    const { records } = await extractDocument({ name: "t.txt", text });
    expect(records.map(row)).toEqual([["固定资产投资", "target", "growth", 2025, 8, "%", "=", 2021]]);
  });
});

describe("a year-end report on the running year", () => {
  it("reads 预计全年 as the running year and leaves 今年以来 and 1—11月 figures out", async () => {
    const text =
      "关于某某市2025年国民经济和社会发展计划执行情况的报告\n" +
      "一、今年以来计划执行情况\n今年以来，全市地区生产总值增长5.3%，预计全年增长5.5%左右。\n" +
      "1—11月，规模以上工业增加值增长6.1%。\n二、明年工作建议\n明年，城镇新增就业5万人。\n";
    const { records } = await extractDocument({ name: "t.txt", text });
    expect(records.map(row)).toEqual([
      ["地区生产总值", "estimate", "growth", 2025, 5.5, "%", "~", undefined],
      ["城镇新增就业", "target", "level", 2026, 5, "万人", "=", undefined],
    ]);
  });
});

describe("a year 以来 opens a review up to the last year of actuals", () => {
  it("sums work done since then, and a level reached is the last year's", async () => {
    expect(
      await rows("2023年以来，全省累计新增城镇就业150万人，高新技术企业达到1.5万家。", FIVE_YEAR_REVIEW),
    ).toEqual([
      ["新增城镇就业", "actual", "level", 2025, 150, "万人", "=", 2023],
      ["高新技术企业", "actual", "level", 2025, 1.5, "万家", "=", undefined],
    ]);
  });
});
