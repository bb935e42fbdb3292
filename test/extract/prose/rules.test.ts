/**
 * Subjects, names, not-records and numerals in prose (issue 9, parts 3–5), one rule at a time. Each case
 * is a sentence inside a minimal provincial or city work report and lists every record it must give.
 */
import { extractDocument } from "../../../src/extract";
import { NOT_RECORD_RULES, LIST_RULES, shareTail } from "../../../src/extract/prose/rules";

const PROVINCE =
  "陕西省2026年政府工作报告\n——2026年1月27日在陕西省第十四届人民代表大会第四次会议上\n各位代表：\n";
const CITY =
  "宝鸡市2026年政府工作报告\n——2026年1月20日在宝鸡市第十七届人民代表大会第六次会议上\n各位代表：\n";
const REVIEW = "一、2025年工作回顾\n";
const PLAN = "三、2026年重点工作\n";

type Row = [string, string, number, string, number, string, string];

async function rows(body: string, head = PROVINCE + REVIEW): Promise<Row[]> {
  const { records } = await extractDocument({ name: "t.txt", text: head + body + "\n" });
  return records.map((r) => [r.indicator, r.kind, r.year, r.qualifier, r.value ?? NaN, r.unit, r.measure]);
}

describe("subjects and names", () => {
  it("carries the subject of a sentence that is only a name to the next one", async () => {
    expect(await rows("游客人均停留天数。2020年为1.6天，2023年提高到2.1天。")).toEqual([
      ["游客人均停留天数", "actual", 2020, "=", 1.6, "天", "level"],
      ["游客人均停留天数", "actual", 2023, "=", 2.1, "天", "level"],
    ]);
  });

  it("reads 《纲要》目标 as the paragraph's indicator, not as a name", async () => {
    const got = await rows("游客人均停留天数2023年为2.1天。《纲要》目标为2.5天。");
    expect(got.map((r) => r[0])).toEqual(["游客人均停留天数", "游客人均停留天数"]);
  });

  it("gives 由A增长到B with a year on each side two actuals at their own years", async () => {
    expect(await rows("全省生产总值从2020年的3.68万亿元增长到2023年的4.5万亿元。")).toEqual([
      ["生产总值", "actual", 2020, "=", 3.68, "万亿元", "level"],
      ["生产总值", "actual", 2023, "=", 4.5, "万亿元", "level"],
    ]);
  });

  it("names both ends of 由A整合为B by the subject, never by the verb", async () => {
    const got = await rows("开发区和工业园区由162个整合为123个。");
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["开发区和工业园区", 162],
      ["开发区和工业园区", 123],
    ]);
  });

  it.each([
    ["人均预期寿命从2020年的82.4岁提升至83.9岁。", ["人均预期寿命", "人均预期寿命"]],
    ["提供11.2万个高校毕业生就业岗位。", ["高校毕业生就业岗位"]],
    ["累计推出119个重点事项。", ["重点事项"]],
  ])("never takes a verb for a name: %s", async (sentence, names) => {
    expect((await rows(sentence)).map((r) => r[0])).toEqual(names);
  });

  it("names a verb's value by the thing of the subject before it, or gives no record", async () => {
    const got = await rows(
      "安置房新开工建设280万平方米，建成731万平方米。出台69项，在全面推进的情况下增长12%。",
    );
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["安置房新开工建设", 280],
      ["安置房建成", 731],
    ]);
  });

  it("gives each subject of a 分别 list its value, sharing the measure noun", async () => {
    expect(await rows("公路、水运、机场投资分别增长8%、15%、20%。")).toEqual([
      ["公路投资", "actual", 2025, "=", 8, "%", "growth"],
      ["水运投资", "actual", 2025, "=", 15, "%", "growth"],
      ["机场投资", "actual", 2025, "=", 20, "%", "growth"],
    ]);
  });

  it("reads a list of subjects and values without 分别 the same way", async () => {
    const got = await rows("国内游客人次、总花费增长5.6%、7.5%。");
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["国内游客人次", 5.6],
      ["总花费", 7.5],
    ]);
  });

  it("gives one growth rate written for several subjects to each of them", async () => {
    const got = await rows("工业投资、民间投资增长6%左右。", PROVINCE + PLAN);
    expect(got.map((r) => [r[0], r[3], r[4]])).toEqual([
      ["工业投资", "~", 6],
      ["民间投资", "~", 6],
    ]);
  });

  it("splits 城乡 into urban and rural", async () => {
    const got = await rows("城乡居民人均可支配收入分别增长5%和7%。");
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["城镇居民人均可支配收入", 5],
      ["农村居民人均可支配收入", 7],
    ]);
  });

  it("splits 城乡 with two values also where 分别 is left unsaid, and not with one", async () => {
    const got = await rows("城乡居民人均收入增长5.3%、7.7%，城乡居民人均可支配收入增长5%。");
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["城镇居民人均收入", 5.3],
      ["农村居民人均收入", 7.7],
      ["城乡居民人均可支配收入", 5],
    ]);
  });

  it("keeps whole names whole in a 分别 list (no shared noun added to 生产总值)", () => {
    expect(shareTail(["生产总值", "一般公共预算收入"])).toEqual(["生产总值", "一般公共预算收入"]);
    expect(shareTail(["工业增加值", "税收收入"])).toEqual(["工业增加值", "税收收入"]);
  });

  it("strips one-character verbs (增, 升至) but never from 新增", async () => {
    const got = await rows("上榜世界500强企业增18家，科技成果转化企业新增1013家，占全国比重升至6.5%。");
    expect(got.map((r) => [r[0], r[4], r[6]])).toEqual([
      ["上榜世界500强企业", 18, "change"],
      ["科技成果转化企业新增", 1013, "level"],
      ["占全国比重", 6.5, "level"],
    ]);
  });

  it("reads an age as part of a group's name, not as a figure", async () => {
    const got = await rows("0—6岁儿童健康管理率达到90%以上，人均预期寿命78.8岁。");
    expect(got.map((r) => [r[0], r[4], r[5]])).toEqual([
      ["0—6岁儿童健康管理率", 90, "%"],
      ["人均预期寿命", 78.8, "岁"],
    ]);
  });

  it("reads a growth word before an amount as a change in level", async () => {
    expect(await rows("优良天数增加25天，耕地面积净增212万亩。")).toEqual([
      ["优良天数", "actual", 2025, "=", 25, "天", "change"],
      ["耕地面积", "actual", 2025, "=", 212, "万亩", "change"],
    ]);
  });
});

describe("the document's own jurisdiction and others", () => {
  it("reads 全省 as the province itself in a province's report", async () => {
    expect(await rows("全省优良天数增加7.8天，全省8个品种入选国家推广目录。")).toEqual([
      ["优良天数", "actual", 2025, "=", 7.8, "天", "change"],
      ["品种入选国家推广目录", "actual", 2025, "=", 8, "个", "level"],
    ]);
  });

  it("reads 全省 as the parent province in a city's report, and 全国 always as another", async () => {
    const got = await rows("全省生产总值增长5%，全国生产总值增长5.2%，全市生产总值增长6%。", CITY + REVIEW);
    expect(got.map((r) => [r[0], r[4]])).toEqual([["生产总值", 6]]);
  });
});

describe("not records", () => {
  it.each([
    "设置主要指标24项，其中约束性指标9项，已提前完成3项。",
    "《纲要草案》从创新、协调、绿色、开放、共享、安全6个维度设置了29项主要指标。",
    "国考10市PM2.5浓度改善10.8%。",
    "全球首台风电主轴轴承、全球最高10米。",
    "建成首批4个国家级试点。",
    "经济总量连续迈上4万亿、5万亿两个台阶。",
    "加快中国邮政国际航空枢纽、洛阳等10个国家物流枢纽建设。",
    "西十、康渝等4条高铁加快建设。",
    "在2019家国家级开发区综合考评中排名133位。",
    "京津冀区域优良天数比率接近80%。",
    "行政村和20户以上自然村全部通硬化路。",
    "深入实施0.1微克攻坚行动。",
    "公交与轨道50米内换乘比例提升。",
    "以银鸽80万吨包装纸产业园、总投资4000万元的卷烟厂包装园区等重点项目为依托，发展包装材料。",
  ])("%s", async (sentence) => {
    expect(await rows(sentence, PROVINCE + PLAN)).toEqual([]);
  });

  it("reads a count that opens its clause, qualifier and all", async () => {
    expect(await rows("超过200家世界500强企业在陕设立分支机构，71.3万监测对象稳定消除风险。")).toEqual([
      ["世界500强企业在陕设立分支机构", "actual", 2025, ">", 200, "家", "level"],
      ["监测对象稳定消除风险", "actual", 2025, "=", 71.3, "万", "level"],
    ]);
  });

  it("keeps the total investment of the plan's projects", async () => {
    const got = await rows("实施总投资约593亿元的111个项目。", PROVINCE + PLAN);
    expect(got.map((r) => [r[3], r[4], r[5]])).toEqual([
      ["~", 593, "亿元"],
      ["=", 111, "个"],
    ]);
  });

  it("keeps counts of projects and of things built", async () => {
    const got = await rows("加快实施牧原生猪养殖等9个现代农业项目建设，新建公园12个。", PROVINCE + PLAN);
    expect(got.map((r) => r[4])).toEqual([9, 12]);
  });

  it("names every rule", () => {
    const ids = [...NOT_RECORD_RULES, ...LIST_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("numerals", () => {
  it.each([
    ["对经济增长贡献超五成。", ">", 50],
    ["中小微企业政府采购占比近八成。", "~", 80],
    ["白名单企业占全部企业超两成。", ">", 20],
    ["养老助餐点覆盖九成以上城乡社区。", ">=", 90],
    ["农村自来水普及率达三成。", "=", 30],
  ])("成 counts tenths: %s", async (sentence, qualifier, value) => {
    expect((await rows(sentence)).map((r) => [r[3], r[4], r[5]])).toEqual([[qualifier, value, "%"]]);
  });

  it("reads no tenths in words that begin with 成", async () => {
    expect(await rows("三成为一体，一成不变。")).toEqual([]);
  });

  it.each([
    ["旅游收入超万亿元。", 1, "万亿元"],
    ["争取国家政策性资金超千亿元。", 1000, "亿元"],
    ["产业基金规模突破百亿元。", 100, "亿元"],
  ])("reads an amount written as a magnitude word: %s", async (sentence, value, unit) => {
    expect((await rows(sentence)).map((r) => [r[3], r[4], r[5]])).toEqual([[">", value, unit]]);
  });

  it("leaves magnitude words in names alone (千亿级, 万亿元产业)", async () => {
    expect(await rows("培育千亿级产业集群，壮大万亿元产业。")).toEqual([]);
  });

  it("reads 5万余个 as more than 5 万个", async () => {
    expect(await rows("中心城区新增机动车停车位5万余个。")).toEqual([
      ["中心城区新增机动车停车位", "actual", 2025, ">", 5, "万个", "level"],
    ]);
  });

  it("reads a ratio without a unit", async () => {
    expect(await rows("城乡居民收入比缩小至2.54。")).toEqual([
      ["城乡居民收入比", "actual", 2025, "=", 2.54, "", "level"],
    ]);
  });

  it("reads 跨过 as more than", async () => {
    expect((await rows("地区生产总值跨过3万亿元。")).map((r) => [r[3], r[4], r[5]])).toEqual([
      [">", 3, "万亿元"],
    ]);
  });

  it("reads a fall verb before its object as a fall of each object listed", async () => {
    expect((await rows("平均压减时间58%、材料52%。")).map((r) => [r[0], r[4], r[6]])).toEqual([
      ["时间", -58, "growth"],
      ["材料", -52, "growth"],
    ]);
  });

  it("reads 翻一番 and 翻两番 as growth of 100 % and 300 %", async () => {
    const got = await rows("经济总量比2020年翻一番，居民收入翻两番，两项指标基本实现翻番。", PROVINCE + PLAN);
    expect(got.map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ["经济总量", 100, "%", "growth"],
      ["居民收入", 300, "%", "growth"],
    ]);
  });

  it("reads 增长2.3倍 as growth in 倍", async () => {
    expect(await rows("新能源汽车产量增长2.3倍。")).toEqual([
      ["新能源汽车产量", "actual", 2025, "=", 2.3, "倍", "growth"],
    ]);
  });
});
