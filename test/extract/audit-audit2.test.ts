/**
 * Audit of unlabelled 2026 work reports (issue 9): classes of error found in real phrasing, each fixed by a
 * general rule and pinned here with invented sentences in the style of the class.
 */
import { reportRows as rows, YEAR_PLAN as PLAN } from "./record-rows";

describe("names keep words that open with a filler character or hold 等", () => {
  it.each([
    ["高等职业教育毛入学率提升至2025年的55%以上。", "高等职业教育毛入学率"],
    ["新增四星级酒店12家、等级民宿300家。", "等级民宿"],
    ["普通公路优良中等路比率稳定在80%以上。", "普通公路优良中等路比率"],
    ["内河高等级航道里程突破800公里。", "内河高等级航道里程"],
    ["打造和美乡村示范村120个。", "和美乡村示范村"],
    ["和田地区农产品加工产值增长12%。", "和田地区农产品加工产值"],
  ])("%s", async (sentence, name) => {
    expect((await rows(sentence)).map((r) => r[0])).toContain(name);
  });

  it("still reads the category after a list of examples closed by 等", async () => {
    const got = await rows("新建重点实验室、工程研究中心等省级创新平台25个。");
    expect(got.map((r) => r[0])).toEqual(["新建省级创新平台"]);
  });

  it("drops a conjunction left at the start once a lead verb is gone", async () => {
    const got = await rows("建设和改造燃气管网900公里。", PLAN);
    expect(got).toEqual([["改造燃气管网", "target", "level", 2026, 900, "公里", "=", undefined]]);
  });
});

describe("adverbs between a name and its verb are not part of the name", () => {
  it.each([
    [
      "城镇居民人均可支配收入首次突破5万元。",
      ["城镇居民人均可支配收入", "actual", "level", 2025, 5, "万元", ">", undefined],
    ],
    [
      "粮食总产量连续8年稳定在300亿斤以上。",
      ["粮食总产量", "actual", "level", 2025, 300, "亿斤", ">=", undefined],
    ],
    ["货物吞吐量历史性突破3亿吨。", ["货物吞吐量", "actual", "level", 2025, 3, "亿吨", ">", undefined]],
    ["民营企业投资逆势增长3.1%。", ["民营企业投资", "actual", "growth", 2025, 3.1, "%", "=", undefined]],
    [
      "地表水国控断面水质优良率保持100%。",
      ["地表水国控断面水质优良率", "actual", "level", 2025, 100, "%", "=", undefined],
    ],
  ])("%s", async (sentence, row) => {
    expect(await rows(sentence)).toEqual([row]);
  });

  it("reads 再提高 as a change of the subject", async () => {
    expect(await rows("到2030年，人均预期寿命再提高1岁。", "二、“十五五”时期主要目标\n")).toEqual([
      ["人均预期寿命", "target", "change", 2030, 1, "岁", "=", undefined],
    ]);
  });
});

describe("item numbers of a list of works (一是, 十二是) are not part of a name", () => {
  it("names each item by its object", async () => {
    const got = await rows("一是为困难老人家庭改造住房1200户，十二是维修养护农村供水工程800处。", PLAN);
    expect(got.map((r) => [r[0], r[4], r[5]])).toEqual([
      ["困难老人家庭改造住房", 1200, "户"],
      ["维修养护农村供水工程", 800, "处"],
    ]);
  });
});

describe("ages, units and repeated values", () => {
  it("reads a life expectancy with 左右 or 以上 and no group after it as a value, not an age bracket", async () => {
    expect(await rows("人均预期寿命从2020年的77.1岁提升至2025年的78.3岁左右。")).toEqual([
      ["人均预期寿命", "actual", "level", 2020, 77.1, "岁", "=", undefined],
      ["人均预期寿命", "actual", "level", 2025, 78.3, "岁", "~", undefined],
    ]);
    expect(await rows("人均预期寿命达到80岁以上。", PLAN)).toEqual([
      ["人均预期寿命", "target", "level", 2026, 80, "岁", ">=", undefined],
    ]);
    expect(await rows("为60岁以上老年人免费体检。")).toEqual([]);
  });

  it("reads a month as a unit's denominator and 户(套) as one unit", async () => {
    const got = await rows("城市低保平均标准提高到820元/月，累计完成棚户区改造12.5万户(套)。");
    expect(got.map((r) => [r[0], r[4], r[5]])).toEqual([
      ["城市低保平均标准", 820, "元/月"],
      ["棚户区改造", 12.5, "万户(套)"],
    ]);
  });

  it("keeps a year's growth that repeats the value of a five-year average", async () => {
    const got = await rows(
      "“十四五”时期，居民人均可支配收入年均增长5.3%。2025年，居民人均可支配收入增长5.3%。",
      "一、“十四五”时期和2025年工作回顾\n",
    );
    expect(got).toEqual([
      ["居民人均可支配收入", "actual", "growth", 2025, 5.3, "%", "=", 2021],
      ["居民人均可支配收入", "actual", "growth", 2025, 5.3, "%", "=", undefined],
    ]);
  });
});

describe("分别 without subjects lists the subjects of the clause before", () => {
  it("gives each growth the subject of the level before it", async () => {
    expect(await rows("接待国内游客3.2亿人次、旅游总花费3100亿元，分别增长6.1%、9.4%。")).toEqual([
      ["接待国内游客", "actual", "level", 2025, 3.2, "亿人次", "=", undefined],
      ["旅游总花费", "actual", "level", 2025, 3100, "亿元", "=", undefined],
      ["接待国内游客", "actual", "growth", 2025, 6.1, "%", "=", undefined],
      ["旅游总花费", "actual", "growth", 2025, 9.4, "%", "=", undefined],
    ]);
  });

  it("shares the measure noun 吞吐量 and parts subjects from an unknown verb after 分别", async () => {
    const got = await rows("港口旅客和货物吞吐量分别达到800万人次、2.1亿吨，分别增长3%、4%。");
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([
      ["港口旅客吞吐量", "level", 800],
      ["货物吞吐量", "level", 2.1],
      ["港口旅客吞吐量", "growth", 3],
      ["货物吞吐量", "growth", 4],
    ]);
    const named = await rows("“某地标准”、“某地品牌”分别新增10项和30项。");
    expect(named.map((r) => [r[0], r[4]])).toEqual([
      ["“某地标准”", 10],
      ["“某地品牌”", 30],
    ]);
  });
});

describe("分别从A、B提高到C、D", () => {
  it("dates both starts at the start year and names the 到 side from the list's start", async () => {
    const got = await rows(
      "城乡低保平均标准分别从2020年的600元/月、5000元/年提高到2025年的780元/月、7000元/年。",
      "一、“十四五”时期工作回顾\n",
    );
    expect(got.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ["城镇低保平均标准", 2020, 600, "元/月"],
      ["农村低保平均标准", 2020, 5000, "元/年"],
      ["城镇低保平均标准", 2025, 780, "元/月"],
      ["农村低保平均标准", 2025, 7000, "元/年"],
    ]);
  });

  it("works for a 分别 list of two subjects without years", async () => {
    const got = await rows(
      "地区总部、研发中心分别从500家、300家增加到800家、450家。",
      "一、“十四五”时期工作回顾\n",
    );
    expect(got.map((r) => [r[0], r[3], r[4]])).toEqual([
      ["地区总部", 2020, 500],
      ["研发中心", 2020, 300],
      ["地区总部", 2025, 800],
      ["研发中心", 2025, 450],
    ]);
  });
});

describe("a count with 左右 after a list comma is a value, not a threshold", () => {
  it("reads every item of a list of counted things", async () => {
    const got = await rows("建设200个以上美丽乡村示范村、1500个左右特色村。", PLAN);
    expect(got.map((r) => [r[0], r[4], r[6]])).toEqual([
      ["美丽乡村示范村", 200, ">="],
      ["特色村", 1500, "~"],
    ]);
  });
});

describe("subjects of lists", () => {
  it("lists the three industries written at once", async () => {
    for (const written of ["一、二、三产业增加值", "三次产业增加值", "一二三产增加值"]) {
      const got = await rows(`${written}分别增长3.9%、6.2%、5.1%。`);
      expect(got.map((r) => [r[0], r[4]])).toEqual([
        ["第一产业增加值", 3.9],
        ["第二产业增加值", 6.2],
        ["第三产业增加值", 5.1],
      ]);
    }
  });

  it("keeps 和 inside a subject when the list has as many values as 、-items", async () => {
    const got = await rows("金融业、租赁和商务服务业增加值分别增长8.1%、6.6%。");
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["金融业增加值", 8.1],
      ["租赁和商务服务业增加值", 6.6],
    ]);
    const three = await rows("工业投资、民间投资和基础设施投资分别增长9%、4%、6%。");
    expect(three.map((r) => r[0])).toEqual(["工业投资", "民间投资", "基础设施投资"]);
  });

  it("reads a statistical sector whose name holds 、 as one subject", async () => {
    expect((await rows("交通运输、仓储和邮政业增加值增长6.3%。")).map((r) => r[0])).toEqual([
      "交通运输、仓储和邮政业增加值",
    ]);
  });

  it("gives a share without its subject the previous subject", async () => {
    const got = await rows("高技术制造业增加值增长9.1%、占规模以上工业增加值比重提高到18.2%。");
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([
      ["高技术制造业增加值", "growth", 9.1],
      ["高技术制造业增加值占规模以上工业增加值比重", "level", 18.2],
    ]);
  });
});

describe("a list of changes in points writes 个百分点 whole only on its last value", () => {
  it("reads both values in 个百分点", async () => {
    const got = await rows("城镇和农村居民收入占比分别提高1.5个、0.6个百分点。");
    expect(got).toEqual([
      ["城镇居民收入占比", "actual", "change", 2025, 1.5, "个百分点", "=", undefined],
      ["农村居民收入占比", "actual", "change", 2025, 0.6, "个百分点", "=", undefined],
    ]);
  });
});

describe("thresholds that name classes of projects are not values", () => {
  it("reads the count of projects, not their size threshold", async () => {
    const got = await rows(
      "开工建设20亿元以上重大产业项目35个，推进8个百亿元、60个10亿元以上项目建设。",
      PLAN,
    );
    expect(got.map((r) => [r[4], r[5]])).toEqual([
      [35, "个"],
      [8, "个"],
      [60, "个"],
    ]);
    expect(got[2][0]).toBe("项目");
  });

  it("keeps an amount with 以上 at the end of its clause, and counts with 以上 before a noun", async () => {
    const got = await rows("完成水利投资300亿元以上，打造50个以上应用场景。", PLAN);
    expect(got.map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ["水利投资", 300, "亿元", ">="],
      ["应用场景", 50, "个", ">="],
    ]);
  });

  it("keeps 共建 in a name and shares 进出口总额 across a list", async () => {
    const got = await rows("对东盟、共建“一带一路”国家进出口总额分别增长9.5%、11.2%。");
    expect(got.map((r) => r[0])).toEqual(["东盟进出口总额", "共建“一带一路”国家进出口总额"]);
  });
});

describe("超 + amount + 的 + noun is a threshold naming a class", () => {
  it("counts the class, not its threshold", async () => {
    const got = await rows("经济总量超300亿元的县域增至9个。");
    expect(got.map((r) => [r[4], r[5]])).toEqual([[9, "个"]]);
  });
});

describe("short heads of one form share the last item's tail", () => {
  it("gives 炼铁 the tail of 炼钢先进产能占比", async () => {
    const got = await rows("炼铁、炼钢先进产能占比分别达到60.5%、58.2%。");
    expect(got.map((r) => [r[0], r[4]])).toEqual([
      ["炼铁先进产能占比", 60.5],
      ["炼钢先进产能占比", 58.2],
    ]);
  });
});

describe("a comparison with a quoted plan period leaves no trace in the name", () => {
  it.each([
    ["经营主体较“十三五”期末增长28.5%。", "经营主体"],
    ["货物进出口总额比“十三五”时期增长46%。", "货物进出口总额"],
    ["生产安全事故起数较“十三五”同期下降41.2%。", "生产安全事故起数"],
  ])("%s", async (sentence, name) => {
    const got = await rows(sentence, "一、“十四五”时期工作回顾\n");
    expect(got.map((r) => [r[0], r[2], r[3], r[7]])).toEqual([[name, "growth", 2025, 2021]]);
  });
});

describe("a bare magnitude in a list takes the base unit of the list's later values", () => {
  it("reads 1.28万亿、8200亿元 as 万亿元 and 亿元", async () => {
    const got = await rows("力争电子信息、装备制造产业规模分别达1.3万亿、9000亿元。", PLAN);
    expect(got.map((r) => [r[4], r[5]])).toEqual([
      [1.3, "万亿元"],
      [9000, "亿元"],
    ]);
  });
});

describe("a count with 以上 in a list of counts is a value; a threshold of a list item is not", () => {
  it("reads each count of a list of counted firms", async () => {
    const got = await rows("打造3家领军企业、20家以上骨干企业。", PLAN);
    expect(got.map((r) => [r[0], r[4], r[6]])).toEqual([
      ["领军企业", 3, "="],
      ["骨干企业", 20, ">="],
    ]);
  });

  it("still skips the threshold that qualifies the next item (20户以上自然村)", async () => {
    expect(await rows("5G网络覆盖所有行政村和20户以上自然村。")).toEqual([]);
  });
});
