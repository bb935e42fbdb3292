/**
 * Two data problems the functions met: a level reached at the end of a review period must not carry
 * the period's start (only 累计/年均-type statements do), and words of expectation or intent (预计, 有望,
 * 计划 …) between a name and its verb are not part of the indicator's name. Counts of work done over a
 * multi-year plan's period (新增, 新建 …), on the other hand, are period totals.
 */
import { extractDocument } from "../../src/extract";

const FIVE_YEAR = "某县国民经济和社会发展第十四个五年规划纲要\n第一章 “十三五”发展成就\n";
const ANNUAL = "某县2024年国民经济和社会发展计划\n一、2023年计划执行情况\n";

async function records(head: string, body: string) {
  const { records } = await extractDocument({ name: "t.txt", text: head + body + "\n" });
  return records.map((r) => ({
    name: r.indicator,
    kind: r.kind,
    measure: r.measure,
    year: r.year,
    from: r.period_start ?? null,
    value: r.value,
  }));
}

describe("period_start in a review of the last plan period", () => {
  it("leaves it off levels reached, even after 经过五年 or “十三五”期间", async () => {
    const got = await records(
      FIVE_YEAR,
      "经过五年的发展,全县生产总值和一般公共预算收入分别达709.3亿元、54.4亿元。\n" +
        "“十三五”期间,常住人口城镇化率提高到58.2%。",
    );
    expect(got).toEqual([
      { name: "生产总值", kind: "actual", measure: "level", year: 2020, from: null, value: 709.3 },
      { name: "一般公共预算收入", kind: "actual", measure: "level", year: 2020, from: null, value: 54.4 },
      { name: "常住人口城镇化率", kind: "actual", measure: "level", year: 2020, from: null, value: 58.2 },
    ]);
  });

  it("keeps it on totals, averages and sums over the period", async () => {
    const got = await records(
      FIVE_YEAR,
      "“十三五”期间,累计完成固定资产投资604亿元,年均增长10%。\n" +
        "五年新增城镇就业11.55万人。\n" +
        "五年来,财政民生支出占一般公共预算支出比例稳定在75%以上。",
    );
    // a share held over the period is a level at its end (no sum, no average): no period_start
    expect(got.map((r) => [r.value, r.measure, r.year, r.from])).toEqual([
      [604, "level", 2020, 2016],
      [10, "growth", 2020, 2016],
      [11.55, "level", 2020, 2016],
      [75, "level", 2020, null],
    ]);
  });
});

describe("work done or things added over a plan period", () => {
  it("is a total over the period when only the period's end dates it", async () => {
    const review = await records(FIVE_YEAR, "新增城镇就业11.55万人,新开工建设安置房项目57个、869万平方米。");
    expect(review.map((r) => [r.value, r.year, r.from])).toEqual([
      [11.55, 2020, 2016],
      [57, 2020, 2016],
      [869, 2020, 2016],
    ]);
    const plan = await records(
      "某县国民经济和社会发展第十四个五年规划纲要\n第二章 发展目标\n",
      "到2025年,新建公园游园34个,常住人口城镇化率达到65%。",
    );
    expect(plan.map((r) => [r.value, r.year, r.from])).toEqual([
      [34, 2025, 2021],
      [65, 2025, null],
    ]);
  });

  it("is a figure for its year when a year of its own is written", async () => {
    const got = await records(FIVE_YEAR, "2018年新增城镇就业2.1万人。");
    expect(got.map((r) => [r.value, r.year, r.from])).toEqual([[2.1, 2018, null]]);
  });
});

describe("cue words between a name and its verb", () => {
  it.each([
    ["全县地区生产总值预计可达1500亿元。", "地区生产总值", "estimate", 1500],
    ["地区生产总值预计1500亿元。", "地区生产总值", "estimate", 1500],
    ["社会消费品零售总额有望突破200亿元。", "社会消费品零售总额", "actual", 200],
    ["出口额可望超过30亿元。", "出口额", "actual", 30],
    ["固定资产投资计划增长10%。", "固定资产投资", "actual", 10],
    ["城镇居民人均可支配收入预期增长6%左右。", "城镇居民人均可支配收入", "actual", 6],
    ["进出口总额力争达到50亿元。", "进出口总额", "actual", 50],
  ])("%s", async (sentence, name, kind, value) => {
    const got = await records(ANNUAL, sentence);
    expect(got.map((r) => [r.name, r.kind, r.value])).toEqual([[name, kind, value]]);
  });

  it("keeps such a word when no verb follows it: it is then part of the name", async () => {
    const got = await records(ANNUAL, "全年完成年度计划的105%。");
    expect(got.map((r) => r.name)).toEqual(["年度计划"]);
  });
});
