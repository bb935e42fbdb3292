/**
 * Genres and layouts of round 2 (issue 9): a statistical bulletin, an unknown province's work report,
 * news on an annual plan, ①② items and a table whose units sit in lines of their own. Invented text.
 */
import { textRows as rows } from "./record-rows";

describe("a statistical bulletin reports actuals of its title's year", () => {
  const head = "苇塘市2024年国民经济和社会发展统计公报\n\n苇塘市统计局\n2025年3月20日\n\n一、综合\n\n";

  it("reads every figure as an actual of that year, 比上年末 and 比年初 included", async () => {
    const got = await rows(
      head +
        "全年全市地区生产总值812.4亿元，按可比价格计算，比上年增长4.7%。年末常住人口城镇化率为61.2%，比上年末提高0.8个百分点。年末金融机构本外币各项存款余额1520.3亿元，比年初增长6.1%。\n",
    );
    expect(got).toEqual([
      ["地区生产总值", "actual", "level", 2024, 812.4, "亿元", "=", undefined],
      ["地区生产总值", "actual", "growth", 2024, 4.7, "%", "=", undefined],
      ["年末常住人口城镇化率", "actual", "level", 2024, 61.2, "%", "=", undefined],
      ["年末常住人口城镇化率", "actual", "change", 2024, 0.8, "个百分点", "=", undefined],
      ["年末金融机构本外币各项存款余额", "actual", "level", 2024, 1520.3, "亿元", "=", undefined],
      ["年末金融机构本外币各项存款余额", "actual", "growth", 2024, 6.1, "%", "=", undefined],
    ]);
  });

  it("keeps a plan's targets where the title is not a bulletin", async () => {
    const got = await rows("苇塘市2025年国民经济和社会发展计划\n\n地区生产总值增长5%左右。\n");
    expect(got).toEqual([["地区生产总值", "target", "growth", 2025, 5, "%", "~", undefined]]);
  });
});

describe("an assembly with its ordinal names a province the table does not know", () => {
  it("reads 全省 figures as the document's own", async () => {
    const got = await rows(
      "政府工作报告\n\n——2026年1月22日在苇川省第十四届人民代表大会第五次会议上\n\n一、2025年工作回顾\n\n过去一年，全省地区生产总值达到2.46万亿元，增长5.1%。\n",
    );
    expect(got).toEqual([
      ["地区生产总值", "actual", "level", 2025, 2.46, "万亿元", "=", undefined],
      ["地区生产总值", "actual", "growth", 2025, 5.1, "%", "=", undefined],
    ]);
  });
});

describe("news on an annual plan", () => {
  const head =
    "苇城市今年GDP增长目标定为6%左右\n\n2026-02-11 来源：苇城日报\n\n本报讯 记者从市发展改革委获悉，";

  it("keeps the body's Chinese name for a figure the headline gave as GDP", async () => {
    const got = await rows(head + "今年全市地区生产总值增长6%左右，固定资产投资增长5%。\n");
    expect(got).toEqual([
      ["地区生产总值", "target", "growth", 2026, 6, "%", "~", undefined],
      ["固定资产投资", "target", "growth", 2026, 5, "%", "=", undefined],
    ]);
  });

  it("leaves the month out of a name (3月份环比增长)", async () => {
    const got = await rows(head + "一季度全市规模以上工业增加值同比增长6.2%，3月份环比增长1.1%。\n");
    // the headline's own figure stays (the body does not restate it); the quarter's figure is a part of
    // the year, no record (scope2.test.ts); the month's keeps its subject, without the month
    expect(got.map((r) => r[0])).toEqual(["GDP", "规模以上工业增加值"]);
  });
});

describe("a county's ①② items and a table with units in lines of their own", () => {
  const doc =
    "苇河县2026年国民经济和社会发展计划\n\n" +
    "2026年主要预期目标是：\n①地区生产总值增长6.5%左右；\n②城乡居民人均可支配收入分别增长5.5%和7%。\n\n" +
    "附表  苇河县2026年主要指标\n\n" +
    "指标                          2025年实际      2026年目标\n" +
    "                              （亿元）        （亿元）\n" +
    "地区生产总值                  96.4            102\n" +
    "                              （%）           （%）\n" +
    "一般公共预算收入增长          3.8             4\n";

  it("reads the items without their marks and pairs 城乡 as 城镇, 农村", async () => {
    const got = (await rows(doc)).filter((r) => r[1] === "target" && r[2] === "growth");
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["地区生产总值", 6.5],
      ["城镇居民人均可支配收入", 5.5],
      ["农村居民人均可支配收入", 7],
      ["一般公共预算收入增长", 4],
    ]);
  });

  it("gives the rows below a units line that line's unit", async () => {
    const got = (await rows(doc)).filter((r) => r[4] === 96.4 || r[4] === 3.8);
    expect(got).toEqual([
      ["地区生产总值", "actual", "level", 2025, 96.4, "亿元", "=", undefined],
      ["一般公共预算收入增长", "actual", "growth", 2025, 3.8, "%", "=", undefined],
    ]);
  });
});

describe("a final evaluation of a five-year plan", () => {
  const doc =
    '苇港市"十四五"规划纲要实施情况总结评估报告\n\n一、总体情况\n\n' +
    '"十四五"时期，主要目标任务总体完成。五年来，全市地区生产总值年均增长5.8%，2025年达到733.5亿元。\n\n' +
    "表1  主要指标完成情况\n\n" +
    "| 指标 | 单位 | 2020年 | 2025年规划目标 | 2025年实际完成 | 完成情况 |\n|---|---|---|---|---|---|\n" +
    "| 常住人口城镇化率 | % | 55.1 | 60 | 60.4 | 已完成 |\n" +
    "| 森林覆盖率 | % | 38.2 | 40 | 39.6 | 未完成 |\n";

  it("reads the review to the plan's last year and the table's columns as base, target, actual", async () => {
    expect(await rows(doc)).toEqual([
      ["地区生产总值", "actual", "growth", 2025, 5.8, "%", "=", 2021],
      ["地区生产总值", "actual", "level", 2025, 733.5, "亿元", "=", undefined],
      ["常住人口城镇化率", "actual", "level", 2020, 55.1, "%", "=", undefined],
      ["常住人口城镇化率", "target", "level", 2025, 60, "%", "=", undefined],
      ["常住人口城镇化率", "actual", "level", 2025, 60.4, "%", "=", undefined],
      ["森林覆盖率", "actual", "level", 2020, 38.2, "%", "=", undefined],
      ["森林覆盖率", "target", "level", 2025, 40, "%", "=", undefined],
      ["森林覆盖率", "actual", "level", 2025, 39.6, "%", "=", undefined],
    ]);
  });
});

describe("a comma-separated table (an open-data export)", () => {
  it("reads the rows like a tab-separated table", async () => {
    const got = await rows(
      '苇山市"十五五"规划主要指标\n\n' +
        "序号,指标名称,单位,2025年基期值,2030年目标值,属性\n" +
        "1,地区生产总值,亿元,530.2,700,预期性\n" +
        "2,森林覆盖率,%,41.5,42,约束性\n",
    );
    expect(got).toEqual([
      ["地区生产总值", "actual", "level", 2025, 530.2, "亿元", "=", undefined],
      ["地区生产总值", "target", "level", 2030, 700, "亿元", "=", undefined],
      ["森林覆盖率", "actual", "level", 2025, 41.5, "%", "=", undefined],
      ["森林覆盖率", "target", "level", 2030, 42, "%", "=", undefined],
    ]);
  });

  it("leaves prose with commas alone", async () => {
    const got = await rows("苇山市2026年国民经济和社会发展计划\n\n地区生产总值增长5%左右。\n");
    expect(got).toHaveLength(1);
  });
});

describe("a press-conference transcript", () => {
  const head = "苇桥市《2026年国民经济和社会发展计划》新闻发布会\n\n发布时间：2026-02-20\n\n";

  it("reads a speaker's 2025年 opening as the review", async () => {
    const got = await rows(
      head + "王立新：2025年，全市地区生产总值完成980.5亿元，规模以上工业增加值增长7.1%。\n",
    );
    expect(got).toEqual([
      ["地区生产总值", "actual", "level", 2025, 980.5, "亿元", "=", undefined],
      ["规模以上工业增加值", "actual", "growth", 2025, 7.1, "%", "=", undefined],
    ]);
  });

  it("takes nothing from a question or from the national target", async () => {
    const got = await rows(
      head +
        "记者：我市今年增长目标为什么定在6%左右？\n\n王立新：全国今年的增长目标是5%左右。今年全市地区生产总值增长6%左右。\n",
    );
    expect(got).toEqual([["地区生产总值", "target", "growth", 2026, 6, "%", "~", undefined]]);
  });
});

describe("an annual plan report's 预计全年 sentence", () => {
  it("makes every ；-joined clause an estimate, and stops at the full stop", async () => {
    const got = await rows(
      "关于苇川市2025年计划执行情况与2026年计划草案的报告\n\n一、2025年计划执行情况\n\n" +
        "预计全年地区生产总值812亿元，增长5.2%；一般公共预算收入61.3亿元；城镇新增就业2.1万人。规模以上工业增加值增长6.4%。\n",
    );
    expect(got.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ["地区生产总值", "estimate", 2025, 812],
      ["地区生产总值", "estimate", 2025, 5.2],
      ["一般公共预算收入", "estimate", 2025, 61.3],
      ["城镇新增就业", "estimate", 2025, 2.1],
      ["规模以上工业增加值", "actual", 2025, 6.4],
    ]);
  });
});

describe("a development zone's work plan", () => {
  it("reads YYYY年工作计划 as that year's plan and leaves 高新区 out of names", async () => {
    const got = await rows(
      "苇塘高新技术产业开发区2025年工作总结和2026年工作计划\n\n一、2025年工作完成情况\n\n" +
        "2025年，高新区实现规上工业总产值410.2亿元；规上工业增加值增长9.5%。\n\n二、2026年工作目标\n\n" +
        "2026年，高新区力争规上工业总产值突破450亿元。\n",
    );
    expect(got).toEqual([
      ["规上工业总产值", "actual", "level", 2025, 410.2, "亿元", "=", undefined],
      ["规上工业增加值", "actual", "growth", 2025, 9.5, "%", "=", undefined],
      ["规上工业总产值", "target", "level", 2026, 450, "亿元", ">", undefined],
    ]);
  });
});

describe("实际 after a span of years", () => {
  it("is an adverb: the value belongs to the indicator spoken of before", async () => {
    const got = await rows(
      '苇宁市"十四五"规划纲要实施情况中期评估报告\n\n发布时间：2024-06-10\n\n' +
        "《纲要》提出固定资产投资年均增长7%，2021—2023年实际年均增长5.4%。\n",
    );
    const value = got.find((r) => r[4] === 5.4);
    // 《纲要》提出 names who set the target, not the indicator
    expect(value?.[0]).toBe("固定资产投资");
    expect(value?.[1]).toBe("actual");
    expect(got.map((r) => r[0])).not.toContain("实际");
  });
});

describe("同比 growth in a one-year document", () => {
  const head = "苇城市今年经济开局良好\n\n2026-04-20 来源：苇城日报\n\n本报讯 ";

  it("is a result of a period that has passed", async () => {
    const got = await rows(head + "从一季度运行情况看，全市规模以上工业增加值同比增长6.2%。\n");
    expect(got).toEqual([["规模以上工业增加值", "actual", "growth", 2026, 6.2, "%", "=", undefined]]);
  });

  it("stays a target where the sentence states an intent", async () => {
    const got = await rows(head + "今年力争金融机构存款余额达到900亿元，同比增长6%以上。\n");
    expect(got.map((r) => r[1])).toEqual(["target", "target"]);
  });
});
