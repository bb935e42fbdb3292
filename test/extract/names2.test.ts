/**
 * Naming and not-a-record classes found in real work reports (issue 9), each pinned with invented
 * sentences: verbs before a counted object, slogans of thresholds crossed, places sharing a measure,
 * funds named after what they pay for, gaps to the national figure in a list, names run into a predicate.
 */
import { reportRows as rows, YEAR_PLAN as PLAN } from "./record-rows";

describe("a verb before a counted object leaves the name to the object", () => {
  it("names 储备 and 办好 values by what follows the value", async () => {
    expect(await rows("开发储备超6000个公益性岗位，接续办好12件民生实事。", PLAN)).toEqual([
      ["公益性岗位", "target", "level", 2026, 6000, "个", ">", undefined],
      ["民生实事", "target", "level", 2026, 12, "件", "=", undefined],
    ]);
  });
});

describe("thresholds crossed", () => {
  it("reads the next value's name across a slogan", async () => {
    expect(await rows("地区生产总值跨过2个万亿级关口、突破8万亿元。")).toEqual([
      ["地区生产总值", "actual", "level", 2025, 8, "万亿元", ">", undefined],
    ]);
    expect(await rows("经济总量迈上4万亿台阶、五年增量达1.1万亿元。")).toEqual([
      ["经济总量五年增量", "actual", "level", 2025, 1.1, "万亿元", "=", undefined],
    ]);
  });

  it("reads one amount crossed as the level reached, several as a slogan", async () => {
    expect(await rows("经济总量迈上2000亿元台阶。")).toEqual([
      ["经济总量", "actual", "level", 2025, 2000, "亿元", ">=", undefined],
    ]);
    expect(await rows("工业增加值年均增长6%、迈上1万亿元台阶，服务业占比提高到52%。")).toEqual([
      ["工业增加值", "actual", "growth", 2025, 6, "%", "=", undefined],
      ["工业增加值", "actual", "level", 2025, 1, "万亿元", ">=", undefined],
      ["服务业占比", "actual", "level", 2025, 52, "%", "=", undefined],
    ]);
    expect(await rows("经济总量连跨3万亿元、4万亿元两个台阶。")).toEqual([]);
  });
});

describe("places listed before a measure they share", () => {
  it("gives each place the whole measure", async () => {
    expect(await rows("甲城、乙城地铁线网日均客运量分别达620万、480万人次。")).toEqual([
      ["甲城地铁线网日均客运量", "actual", "level", 2025, 620, "万人次", "=", undefined],
      ["乙城地铁线网日均客运量", "actual", "level", 2025, 480, "万人次", "=", undefined],
    ]);
  });
});

describe("funds raised or arranged for a programme", () => {
  it("are records named after what they pay for", async () => {
    expect(await rows("筹措资金9亿元实施城乡供水一体化工程。")).toEqual([
      ["城乡供水一体化工程筹措资金", "actual", "level", 2025, 9, "亿元", "=", undefined],
    ]);
    expect(await rows("安排资金2.4亿元用于中小学校舍改造。")).toEqual([
      ["中小学校舍改造安排资金", "actual", "level", 2025, 2.4, "亿元", "=", undefined],
    ]);
  });
});

describe("gaps to the national figure", () => {
  it("are no records, alone or in a list", async () => {
    expect(await rows("城乡居民收入增速分别高于全国1.2个、0.8个百分点。")).toEqual([]);
    expect(await rows("地区生产总值增速高于全国0.6个百分点。")).toEqual([]);
  });
});

describe("a name read after the value ends where its predicate starts", () => {
  it.each([
    ["7个重大交通项目全部开工。", "重大交通项目"],
    ["4个物流园区已经投入运营。", "物流园区"],
    ["9所新建学校相继建成。", "新建学校"],
  ])("%s", async (sentence, name) => {
    expect((await rows(sentence)).map((r) => r[0])).toEqual([name]);
  });
});

describe("found in an audit of two unlabelled reports", () => {
  it("reads a gap to the national average as no record too", async () => {
    expect(await rows("居民人均可支配收入增长5.2%、高于全国平均水平0.4个百分点。")).toEqual([
      ["居民人均可支配收入", "actual", "growth", 2025, 5.2, "%", "=", undefined],
    ]);
  });

  it("reads 调增 as a growth", async () => {
    expect(await rows("退休人员基本养老金调增2%。")).toEqual([
      ["退休人员基本养老金", "actual", "growth", 2025, 2, "%", "=", undefined],
    ]);
  });

  it("closes a quoted name whose closing mark sat before the value", async () => {
    expect((await rows("建设“暖心驿站”600家。", PLAN)).map((r) => r[0])).toEqual(["“暖心驿站”"]);
  });
});

describe("more verbs before a counted object, and levels listed with their counts", () => {
  it("names 壮大 and 提质升级 values by the object", async () => {
    expect((await rows("壮大9条重点产业链，提质升级300所乡村学校食堂。", PLAN)).map((r) => r[0])).toEqual([
      "重点产业链",
      "乡村学校食堂",
    ]);
  });

  it("gives a level listed with its count the noun of the last level", async () => {
    expect((await rows("建成3个国家级、11个省级区域医疗中心。")).map((r) => r[0])).toEqual([
      "建成国家级区域医疗中心",
      "省级区域医疗中心",
    ]);
  });
});

describe("a clause closed by its verb before 、", () => {
  it("is not part of the name of a value standing alone", async () => {
    expect(await rows("某电厂二期建成投产、总装机达260万千瓦。")).toEqual([
      ["总装机", "actual", "level", 2025, 260, "万千瓦", "=", undefined],
    ]);
  });

  it("leaves a list of subjects in a name alone", async () => {
    expect((await rows("认证绿色食品、有机农产品总数突破3000个。")).map((r) => r[0])).toEqual([
      "认证绿色食品、有机农产品总数",
    ]);
  });
});

describe("trade with a partner and a name that runs into 实施", () => {
  it("keeps 对 before a trading partner", async () => {
    expect((await rows("对东盟进出口增长8%。")).map((r) => r[0])).toEqual(["对东盟进出口"]);
  });

  it("ends a name read after the value before 实施", async () => {
    expect((await rows("为1500户困难家庭实施适老化改造。")).map((r) => r[0])).toEqual(["困难家庭"]);
  });
});
