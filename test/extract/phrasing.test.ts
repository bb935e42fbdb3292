/**
 * Prose phrasing, one sentence at a time, inside a minimal five-year plan (targets default to 2025,
 * the review chapter to 2020). Each case lists every record the sentence must give, and no more.
 */
import { extractDocument } from "../../src/extract";

const HEAD = "某县国民经济和社会发展第十四个五年规划纲要\n";

async function records(body: string, review = false) {
  const text = HEAD + (review ? "第一章 “十三五”发展成就\n" : "第二章 发展目标\n") + body + "\n";
  const { records } = await extractDocument({ name: "t.txt", text });
  return records.map((r) => [
    r.indicator,
    r.kind,
    r.measure,
    r.year,
    r.qualifier,
    r.value,
    r.value_max ?? null,
    r.unit,
  ]);
}

type Row = [string, string, string, number, string, number | null, number | null, string];

const CASES: [string, Row[]][] = [
  [
    "PM10、PM2.5平均浓度分别控制在70、40微克/立方米以内。",
    [
      ["PM10平均浓度", "target", "level", 2025, "<=", 70, null, "微克/立方米"],
      ["PM2.5平均浓度", "target", "level", 2025, "<=", 40, null, "微克/立方米"],
    ],
  ],
  [
    "城镇、农村居民人均可支配收入分别增长8、10%以上。",
    [
      ["城镇居民人均可支配收入", "target", "growth", 2025, "=", 8, null, "%"],
      ["农村居民人均可支配收入", "target", "growth", 2025, ">=", 10, null, "%"],
    ],
  ],
  [
    "工业增加值、税收收入分别突破100亿元、50亿元。",
    [
      ["工业增加值", "target", "level", 2025, ">", 100, null, "亿元"],
      ["税收收入", "target", "level", 2025, ">", 50, null, "亿元"],
    ],
  ],
  [
    "城镇、农村居民人均可支配收入分别达到5万元、2.5万元。",
    [
      ["城镇居民人均可支配收入", "target", "level", 2025, "=", 5, null, "万元"],
      ["农村居民人均可支配收入", "target", "level", 2025, "=", 2.5, null, "万元"],
    ],
  ],
  [
    "化学需氧量、氨氮排放总量分别下降到900吨、80吨。",
    [
      ["化学需氧量排放总量", "target", "level", 2025, "=", 900, null, "吨"],
      ["氨氮排放总量", "target", "level", 2025, "=", 80, null, "吨"],
    ],
  ],
  [
    "全县二氧化硫、氮氧化物排放量分别达到120吨、95吨。",
    [
      ["二氧化硫排放量", "target", "level", 2025, "=", 120, null, "吨"],
      ["氮氧化物排放量", "target", "level", 2025, "=", 95, null, "吨"],
    ],
  ],
  [
    "到2025年,全县常住人口城镇化率达到70%左右,比2020年提高5个百分点。",
    [
      ["常住人口城镇化率", "target", "level", 2025, "~", 70, null, "%"],
      ["常住人口城镇化率", "target", "change", 2025, "=", 5, null, "个百分点"],
    ],
  ],
  [
    "PM2.5平均浓度控制在42微克/立方米以下。",
    [["PM2.5平均浓度", "target", "level", 2025, "<=", 42, null, "微克/立方米"]],
  ],
  ["森林蓄积量达到1200万立方米。", [["森林蓄积量", "target", "level", 2025, "=", 1200, null, "万立方米"]]],
  [
    "单位地区生产总值能耗下降3%左右。",
    [["单位地区生产总值能耗", "target", "growth", 2025, "~", -3, null, "%"]],
  ],
  [
    "新建5G基站两千个,新增就业岗位1.5万个。",
    [
      ["新建5G基站", "target", "level", 2025, "=", 2000, null, "个"],
      ["新增就业岗位", "target", "level", 2025, "=", 1.5, null, "万个"],
    ],
  ],
  ["力争引进3—5家行业龙头企业。", [["引进行业龙头企业", "target", "level", 2025, "=", 3, 5, "家"]]],
  [
    "研发经费投入强度达到百分之二点五。",
    [["研发经费投入强度", "target", "level", 2025, "=", 2.5, null, "%"]],
  ],
  [
    "力争引进重大项目50个,总投资2500亿元以上。",
    [
      ["引进重大项目", "target", "level", 2025, "=", 50, null, "个"],
      ["引进重大项目总投资", "target", "level", 2025, ">=", 2500, null, "亿元"],
    ],
  ],
  [
    "液压科技产业营业收入达到100亿元,年税收达到5亿元。",
    [
      ["液压科技产业营业收入", "target", "level", 2025, "=", 100, null, "亿元"],
      ["液压科技产业年税收", "target", "level", 2025, "=", 5, null, "亿元"],
    ],
  ],
  [
    "城乡居民人均可支配收入分别增长5%和7%。",
    [
      ["城镇居民人均可支配收入", "target", "growth", 2025, "=", 5, null, "%"],
      ["农村居民人均可支配收入", "target", "growth", 2025, "=", 7, null, "%"],
    ],
  ],
  [
    "国家级、市级高新技术企业分别达到24家、20家。",
    [
      ["国家级高新技术企业", "target", "level", 2025, "=", 24, null, "家"],
      ["市级高新技术企业", "target", "level", 2025, "=", 20, null, "家"],
    ],
  ],
  [
    "PM10、PM2.5和NO2浓度分别下降11.7%、11.3%和8.7%。",
    [
      ["PM10浓度", "target", "growth", 2025, "=", -11.7, null, "%"],
      ["PM2.5浓度", "target", "growth", 2025, "=", -11.3, null, "%"],
      ["NO2浓度", "target", "growth", 2025, "=", -8.7, null, "%"],
    ],
  ],
  // a plan section whose heading speaks of success to come is still a plan
  [
    "第一节 改革开放取得新突破\n全县进出口总额达到50亿元。",
    [["进出口总额", "target", "level", 2025, "=", 50, null, "亿元"]],
  ],
  [
    "第二节 夯实产业发展基础\n全县进出口总额达到50亿元。",
    [["进出口总额", "target", "level", 2025, "=", 50, null, "亿元"]],
  ],
  // names, dates, codes and ranks are not indicators
  ["深入实施“1+5+N”工程和三大核心战略,落实国发〔2021〕5号文件,10月1日起施行,排名进入全省前10位。", []],
  ["加快建设5G网络,第5届博览会如期举办,35岁以下青年人才优先。", []],
];

describe("prose phrasing", () => {
  it.each(CASES)("%s", async (sentence, expected) => {
    expect(await records(sentence)).toEqual(expected);
  });

  it("reads the review chapter as actuals of the year before the plan", async () => {
    expect(await records("“十三五”期间,全县地区生产总值由180亿元增长到265亿元,年均增长8%。", true)).toEqual([
      ["地区生产总值", "actual", "level", 2015, "=", 180, null, "亿元"],
      ["地区生产总值", "actual", "level", 2020, "=", 265, null, "亿元"],
      ["地区生产总值", "actual", "growth", 2020, "=", 8, null, "%"],
    ]);
  });
});

describe("review headings", () => {
  it.each(["第一章 发展基础", "第一节 “十三五”发展成就", "一、2023年计划执行情况"])(
    "%s opens a review",
    async (heading) => {
      const text = HEAD + heading + "\n全县进出口总额达到50亿元。\n";
      const { records } = await extractDocument({ name: "t.txt", text });
      expect(records.map((r) => [r.kind, r.year])).toEqual([["actual", 2020]]);
    },
  );
});

describe("two values before one name", () => {
  it("names both from the words after the second and keeps the second value", async () => {
    const rows = await records("“十三五”期间,76户229名建档立卡贫困户全部如期脱贫。", true);
    expect(rows.map((r) => [r[0], r[5], r[7]])).toEqual([
      ["建档立卡贫困户", 76, "户"],
      ["建档立卡贫困户", 229, "名"],
    ]);
  });
});
