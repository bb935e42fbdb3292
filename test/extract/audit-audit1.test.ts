/**
 * Classes of error found auditing unlabelled provincial work reports (issue 9): each case is an invented
 * sentence in the style of the class, inside a minimal provincial report, with every record it must give.
 */
import { extractDocument } from "../../src/extract";
import { shareTail, splitItems } from "../../src/extract/prose/rules";

const PROVINCE =
  "江南省2026年政府工作报告\n——2026年1月20日在江南省第十四届人民代表大会第五次会议上\n各位代表：\n";
const REVIEW = "一、2025年工作回顾\n";
const PLAN = "三、2026年重点工作\n";

type Row = [string, string, string, number, number | undefined, string, number | null, string];

async function rows(body: string, head = PROVINCE + REVIEW): Promise<Row[]> {
  const { records } = await extractDocument({ name: "t.txt", text: head + body + "\n" });
  return records.map((r) => [
    r.indicator,
    r.kind,
    r.measure,
    r.year,
    r.period_start,
    r.qualifier,
    r.value,
    r.unit,
  ]);
}

describe("及 inside a word is no list separator", () => {
  it("keeps 普及率 whole in a 分别 list", async () => {
    expect(await rows("农村自来水、卫生厕所普及率分别提高到96.5%、98.2%。")).toEqual([
      ["农村自来水", "actual", "level", 2025, undefined, "=", 96.5, "%"],
      ["卫生厕所普及率", "actual", "level", 2025, undefined, "=", 98.2, "%"],
    ]);
  });

  it("splits at 及 and 以及 between items but not inside 普及, 惠及 or 及以上", () => {
    expect(splitItems("燃气普及率及供水普及率")).toEqual(["燃气普及率", "供水普及率"]);
    expect(splitItems("二级及以上医院以及基层医疗机构")).toEqual(["二级及以上医院", "基层医疗机构"]);
    expect(splitItems("政策惠及人数")).toEqual(["政策惠及人数"]);
  });

  it("reads 分别惠及 as the verb, and the list's unit for every value", async () => {
    expect(await rows("送戏下乡工程、全民阅读工程分别惠及1200万、860万人次。")).toEqual([
      ["送戏下乡工程", "actual", "level", 2025, undefined, "=", 1200, "万人次"],
      ["全民阅读工程", "actual", "level", 2025, undefined, "=", 860, "万人次"],
    ]);
  });
});

describe("a unit written once at a list's end", () => {
  it("completes the bare magnitudes of the values before it", async () => {
    expect(await rows("甲线、乙线、丙线日均客流分别达125万、98万、40万人次。")).toEqual([
      ["甲线日均客流", "actual", "level", 2025, undefined, "=", 125, "万人次"],
      ["乙线日均客流", "actual", "level", 2025, undefined, "=", 98, "万人次"],
      ["丙线日均客流", "actual", "level", 2025, undefined, "=", 40, "万人次"],
    ]);
  });

  it("leaves values with their own full unit alone", async () => {
    expect(await rows("全年接待游客1.8亿人次，旅游总收入2100亿元。")).toEqual([
      ["接待游客", "actual", "level", 2025, undefined, "=", 1.8, "亿人次"],
      ["旅游总收入", "actual", "level", 2025, undefined, "=", 2100, "亿元"],
    ]);
  });
});

describe("等 inside a word is no list's etc.", () => {
  it("keeps 高等 in 高等教育毛入学率", async () => {
    expect(
      await rows("高等教育毛入学率从51.2%提高到61%以上。", PROVINCE + "一、“十四五”时期工作回顾\n"),
    ).toEqual([
      ["高等教育毛入学率", "actual", "level", 2020, undefined, "=", 51.2, "%"],
      ["高等教育毛入学率", "actual", "level", 2025, undefined, ">=", 61, "%"],
    ]);
  });

  it("keeps 等级 in a name and still reads the category after a list's 等", async () => {
    expect(await rows("新增取得职业技能等级证书的劳动者25万人次。", PROVINCE + PLAN)).toEqual([
      ["新增取得职业技能等级证书的劳动者", "target", "level", 2026, undefined, "=", 25, "万人次"],
    ]);
    const got = await rows("新建重点实验室、工程研究中心等省级创新平台32家。");
    expect(got.map((r) => r[0])).toEqual(["新建省级创新平台"]);
  });
});

describe("adverbs of time are no part of a name", () => {
  it("drops 首次, 接连 and 连续N年 before the predicate", async () => {
    expect(
      await rows(
        "机场年货邮吞吐量首次突破80万吨。外贸进出口总额接连突破6000亿元、7000亿元。" +
          "城市空气优良天数连续5年稳定在330天以上。",
      ),
    ).toEqual([
      ["机场年货邮吞吐量", "actual", "level", 2025, undefined, ">", 80, "万吨"],
      ["外贸进出口总额", "actual", "level", 2025, undefined, ">", 6000, "亿元"],
      ["外贸进出口总额", "actual", "level", 2025, undefined, ">", 7000, "亿元"],
      ["城市空气优良天数", "actual", "level", 2025, undefined, ">=", 330, "天"],
    ]);
  });
});

describe("a list head's tail is shared by short heads only", () => {
  it("gives a long head that names its own thing no tail", async () => {
    expect(await rows("农产品网络零售额、乡村旅游接待收入分别增长7.2%、11.4%。")).toEqual([
      ["农产品网络零售额", "actual", "growth", 2025, undefined, "=", 7.2, "%"],
      ["乡村旅游接待收入", "actual", "growth", 2025, undefined, "=", 11.4, "%"],
    ]);
  });

  it("joins a head and the tail over the words they share", () => {
    expect(shareTail(["城市低保", "农村低保标准"])).toEqual(["城市低保标准", "农村低保标准"]);
    expect(shareTail(["城镇", "农村居民收入"])).toEqual(["城镇居民收入", "农村居民收入"]);
  });
});

describe("a rate's frame written before its number", () => {
  it("is no part of the name, and the predicate before it still counts", async () => {
    expect(
      await rows(
        "城市低保标准从每人每月820元提高到860元。PM2.5平均浓度低于每立方米24微克。",
        PROVINCE + "一、“十四五”时期工作回顾\n",
      ),
    ).toEqual([
      ["城市低保标准", "actual", "level", 2020, undefined, "=", 820, "元"],
      ["城市低保标准", "actual", "level", 2025, undefined, "=", 860, "元"],
      ["PM2.5平均浓度", "actual", "level", 2025, undefined, "<", 24, "微克"],
    ]);
  });
});

describe("numbers that are no values", () => {
  it("reads no numeral in ordinals run together (一二三次产业)", async () => {
    expect(await rows("推动一二三次产业融合发展，农业总产值增长4.1%。")).toEqual([
      ["农业总产值", "actual", "growth", 2025, undefined, "=", 4.1, "%"],
    ]);
  });

  it("reads no unit 台 in 台阶, so that thresholds crossed stay slogans", async () => {
    const got = await rows("全省经济总量迈上8万亿台阶。规上工业企业新增设备1200台。");
    expect(got).toEqual([["规上工业企业新增设备", "actual", "level", 2025, undefined, "=", 1200, "台"]]);
  });

  it("takes nothing from a glossary appended to the report, and reads 批次 as a unit", async () => {
    const body =
      "全年开展食品抽检超4万批次。\n名词解释\n1.“三个一批”：指建成投产一批、开工建设一批、谋划储备一批，共涉及项目120个。\n";
    expect(await rows(body, PROVINCE + PLAN)).toEqual([
      ["食品抽检", "target", "level", 2026, undefined, ">", 4, "万批次"],
    ]);
  });

  it("reads the next document after a glossary (a volume of reports), not only the next appendix", async () => {
    const body =
      "全年开展食品抽检超4万批次。\n名词解释\n1.“三个一批”：指建成投产一批、开工建设一批，共涉及项目120个。\n" +
      "关于2026年国民经济和社会发展计划的报告\n全年粮食产量稳定在1000万吨以上。\n";
    expect((await rows(body, PROVINCE + PLAN)).map((r) => r[0])).toEqual(["食品抽检", "粮食产量"]);
  });

  it("drops a note's reference mark from a name", async () => {
    expect(await rows("三大支柱产业[3]占地区生产总值比重达到62%。")).toEqual([
      ["三大支柱产业占地区生产总值比重", "actual", "level", 2025, undefined, "=", 62, "%"],
    ]);
  });
});

describe("streaks, ranks and standings", () => {
  it("reads no record in a streak's length or a rank", async () => {
    expect(
      await rows(
        "工业增加值增速连续18个季度高于全国平均水平。某集团在世界500强排名由402位上升到310位。" +
          "综合创新指数排名提升4位。",
      ),
    ).toEqual([]);
  });

  it("gives a value after a standing among others the sentence's subject", async () => {
    expect(await rows("地区生产总值达4.21万亿元、稳居全国前十五位、增长5.1%。")).toEqual([
      ["地区生产总值", "actual", "level", 2025, undefined, "=", 4.21, "万亿元"],
      ["地区生产总值", "actual", "growth", 2025, undefined, "=", 5.1, "%"],
    ]);
  });
});

describe("thresholds and brackets that are values", () => {
  it("reads 岁以上 at a clause's end as the value, 岁以上 before a noun as an age bracket", async () => {
    expect(await rows("人均预期寿命提高到79岁以上。为65岁以上老年人免费体检。")).toEqual([
      ["人均预期寿命", "actual", "level", 2025, undefined, ">=", 79, "岁"],
    ]);
  });

  it("counts things after 超 with a count unit, but not a class named by an amount", async () => {
    expect(await rows("支持超12所县域普通高中改善办学条件。培育超千亿元园区3个。", PROVINCE + PLAN)).toEqual([
      ["县域普通高中改善办学条件", "target", "level", 2026, undefined, ">", 12, "所"],
      ["培育超千亿元园区", "target", "level", 2026, undefined, "=", 3, "个"],
    ]);
  });
});

describe("more names", () => {
  it("drops 同口径 and an enumerator (七是) or 我们将 from a name", async () => {
    expect(
      await rows("一般公共预算收入同口径增长5%左右。三是完成农村危房改造4000户。", PROVINCE + PLAN),
    ).toEqual([
      ["一般公共预算收入", "target", "growth", 2026, undefined, "~", 5, "%"],
      ["农村危房改造", "target", "level", 2026, undefined, "=", 4000, "户"],
    ]);
  });

  it("reads no value in the base of a rate inside a name (每10万人口)", async () => {
    expect(await rows("每10万人口高等教育在校生人数增长12%。")).toEqual([
      ["每10万人口高等教育在校生人数", "actual", "growth", 2025, undefined, "=", 12, "%"],
    ]);
  });

  it("keeps X及相关产业 whole and shares a list's measure noun (出栏量)", async () => {
    expect(await rows("体育及相关产业、康养及相关产业增加值占地区生产总值比重分别超过1.5%、3%。")).toEqual([
      ["体育及相关产业增加值占地区生产总值比重", "actual", "level", 2025, undefined, ">", 1.5, "%"],
      ["康养及相关产业增加值占地区生产总值比重", "actual", "level", 2025, undefined, ">", 3, "%"],
    ]);
    const got = await rows("肉牛、肉羊出栏量分别增长6%、4%。");
    expect(got.map((r) => r[0])).toEqual(["肉牛出栏量", "肉羊出栏量"]);
  });
});

describe("period and qualifier of lists and averages", () => {
  const GOALS = PROVINCE + "二、“十五五”时期主要目标\n";

  it("gives a 年均 change of a plan period its period_start, as a 年均 growth has", async () => {
    const { records } = await extractDocument({
      name: "t.txt",
      text: GOALS + "常住人口城镇化率年均提升1.1个百分点，地区生产总值年均增长5.5%。\n",
    });
    expect(records.map((r) => [r.indicator, r.kind, r.measure, r.year, r.period_start, r.value])).toEqual([
      ["常住人口城镇化率", "target", "change", 2030, 2026, 1.1],
      ["地区生产总值", "target", "growth", 2030, 2026, 5.5],
    ]);
  });

  it("lets 左右 after a 分别 list's last value hold for the values before it", async () => {
    expect(await rows("城乡居民人均可支配收入分别增长5%、6.5%左右。", PROVINCE + PLAN)).toEqual([
      ["城镇居民人均可支配收入", "target", "growth", 2026, undefined, "~", 5, "%"],
      ["农村居民人均可支配收入", "target", "growth", 2026, undefined, "~", 6.5, "%"],
    ]);
  });
});

describe("names of lists and totals", () => {
  it("shares 产业 with the industries of a list and leaves 累计, 提出 and 包括 out of names", async () => {
    expect(
      await rows("新一代信息技术、新材料、装备产业产值分别增长9%、8%、11%。财政收入累计超1.2万亿元。"),
    ).toEqual([
      ["新一代信息技术产业产值", "actual", "growth", 2025, undefined, "=", 9, "%"],
      ["新材料产业产值", "actual", "growth", 2025, undefined, "=", 8, "%"],
      ["装备产业产值", "actual", "growth", 2025, undefined, "=", 11, "%"],
      ["财政收入", "actual", "level", 2025, undefined, ">", 1.2, "万亿元"],
    ]);
    const got = await rows(
      "纲要草案明确了主要目标，提出地区生产总值年均增长5%左右，包括城镇新增就业年均45万人。",
      PROVINCE + "二、“十五五”时期主要目标\n",
    );
    expect(got.map((r) => r[0])).toEqual(["地区生产总值", "城镇新增就业"]);
  });
});

describe("units of work done and of rates per amount", () => {
  it("reads 人/百亿元 as one unit", async () => {
    expect(await rows("亿元地区生产总值生产安全事故死亡率控制在0.8人/百亿元以下。", PROVINCE + PLAN)).toEqual(
      [["亿元地区生产总值生产安全事故死亡率", "target", "level", 2026, undefined, "<=", 0.8, "人/百亿元"]],
    );
  });

  it("keeps an amount of work done (压减…亿立方米) a level named with its verb; a rate cut stays a fall", async () => {
    expect(await rows("压减地下水超采量3.2亿立方米，平均压减办理时间40%。")).toEqual([
      ["压减地下水超采量", "actual", "level", 2025, undefined, "=", 3.2, "亿立方米"],
      ["办理时间", "actual", "growth", 2025, undefined, "=", -40, "%"],
    ]);
  });
});

describe("a count's own name after it, and 方 as a unit", () => {
  it("names the next count of a list by its own words, also when they open with 和", async () => {
    expect(await rows("建成20个先导区、600个和美乡村。", PROVINCE + PLAN)).toEqual([
      ["建成先导区", "target", "level", 2026, undefined, "=", 20, "个"],
      ["和美乡村", "target", "level", 2026, undefined, "=", 600, "个"],
    ]);
  });

  it("reads 亿方 as cubic metres, but not 方 of 方面 or 方案", async () => {
    expect(await rows("从6方面提出举措。新增天然气产量8亿方以上。", PROVINCE + PLAN)).toEqual([
      ["新增天然气产量", "target", "level", 2026, undefined, ">=", 8, "亿方"],
    ]);
  });
});

describe("counts that describe a rate or a threshold", () => {
  it("reads no record in the places a rate is taken over, and names the rate", async () => {
    expect(await rows("52个国考断面水质优良比例连续4年保持100%。")).toEqual([
      ["国考断面水质优良比例", "actual", "level", 2025, undefined, "=", 100, "%"],
    ]);
  });

  it("reads no record in a threshold that sorts things (超过20%的有44种)", async () => {
    expect(await rows("主要工业产品产量占全国比重超过10%的有31种、超过20%的有12种。")).toEqual([]);
  });
});

describe("slogans of thresholds crossed and slight falls", () => {
  it("reads no record in 连跨…台阶 or 跨过…大关, but keeps 跨过 + an amount", async () => {
    expect(
      await rows(
        "经济总量连跨4万亿元、5万亿元两个台阶。工业总产值跨过两个千亿元大关。地区生产总值跨过2万亿元。",
      ),
    ).toEqual([["地区生产总值", "actual", "level", 2025, undefined, ">", 2, "万亿元"]]);
  });

  it("reads 微降 as a fall", async () => {
    expect(await rows("居民消费价格微降0.2%。")).toEqual([
      ["居民消费价格", "actual", "growth", 2025, undefined, "=", -0.2, "%"],
    ]);
  });
});

describe("modifiers listed before the thing counted", () => {
  it("names the count by the noun after 的, not by the first modifier", async () => {
    const got = await rows("培育30个特色鲜明、带动力强的商业街区。", PROVINCE + PLAN);
    expect(got).toEqual([["培育商业街区", "target", "level", 2026, undefined, "=", 30, "个"]]);
  });
});

describe("verbs of a list of work done", () => {
  it("names each value by the subject and its own verb (新开工…、竣工…)", async () => {
    const got = await rows("省重点项目新开工120个以上、竣工80个以上。", PROVINCE + PLAN);
    expect(got.map((r) => [r[0], r[5], r[6]])).toEqual([
      ["省重点项目新开工", ">=", 120],
      ["省重点项目竣工", ">=", 80],
    ]);
  });
});

describe("分别从A、B提高到C、D", () => {
  it("reads both 从-values as actuals and gives each later value its own item's name", async () => {
    expect(
      await rows("城市、农村低保标准分别从每人每月900元、700元提高到950元、760元。", PROVINCE + PLAN),
    ).toEqual([
      ["城市低保标准", "actual", "level", 2025, undefined, "=", 900, "元"],
      ["农村低保标准", "actual", "level", 2025, undefined, "=", 700, "元"],
      ["城市低保标准", "target", "level", 2026, undefined, "=", 950, "元"],
      ["农村低保标准", "target", "level", 2026, undefined, "=", 760, "元"],
    ]);
  });

  it("dates both ends of a five-year review's list", async () => {
    const got = await rows(
      "城镇、农村居民人均可支配收入分别由3.8万元、1.6万元增长到4.9万元、2.2万元。",
      PROVINCE + "一、“十四五”时期工作回顾\n",
    );
    expect(got.map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
      ["城镇居民人均可支配收入", "actual", 2020, 3.8],
      ["农村居民人均可支配收入", "actual", 2020, 1.6],
      ["城镇居民人均可支配收入", "actual", 2025, 4.9],
      ["农村居民人均可支配收入", "actual", 2025, 2.2],
    ]);
  });
});

describe("an age bracket between a count and its noun", () => {
  it("leaves the bracket's 以上 out of the name", async () => {
    const got = await rows("为120万65岁以上老年人免费体检。");
    expect(got.map((r) => [r[0], r[6], r[7]])).toEqual([["老年人免费体检", 120, "万"]]);
  });
});
