/** The PLAN implementations over a hand-written dataset (test/model/fixtures.ts). */
import { PlanError } from "../../src/model/errors";
import { runSpec, specOf } from "../../src/model/function-specs";
import { REGION_HEADER } from "../../src/model/queries";
import { PlanStore } from "../../src/model/store";
import { LEXICON, luoheDataset, rec } from "./fixtures";

/** Each function as Excel calls it: raw arguments through the spec table. */
const fn =
  (id: string) =>
  (s: PlanStore, ...args: unknown[]) =>
    runSpec(specOf(id), s, args);
const q = {
  target: fn("TARGET"),
  base: fn("BASEVALUE"),
  baseYear: fn("BASEYEAR"),
  actual: fn("ACTUAL"),
  growth: fn("TARGETGROWTH"),
  planned: fn("PLANNED"),
  gap: fn("GAP"),
  gapPct: fn("GAPPCT"),
  progress: fn("PROGRESS"),
  required: fn("REQUIRED"),
  status: fn("STATUS"),
  unit: fn("UNIT"),
  qualifier: fn("QUALIFIER"),
  source: fn("SOURCE"),
  regions: fn("REGIONS"),
  indicators: fn("INDICATORS"),
};

const store = new PlanStore(luoheDataset(), { lexicon: LEXICON });

function err(value: unknown): PlanError {
  expect(value).toBeInstanceOf(PlanError);
  return value as PlanError;
}

describe("name resolution through the functions", () => {
  test.each([
    ["Luohe", "GDP"],
    ["luohe-etdz", "gdp"],
    ["漯河经济技术开发区", "地区生产总值"],
    ["漯河经开区", "经济总量"],
    ["  LUOHE ", "ｇｄｐ"],
    ["Luohe ETDZ", "Gross regional product"],
  ])("TARGET(%s, %s, 2025) = 500", (region, indicator) => {
    expect(q.target(store, region, indicator, 2025)).toBe(500);
  });

  test("unknown indicator suggests the closest", () => {
    expect(err(q.target(store, "Luohe", "GPD", 2025)).message).toBe(
      "Unknown indicator 'GPD'. Did you mean GDP (地区生产总值)?",
    );
  });

  test("unknown region suggests the closest, or points to REGIONS()", () => {
    expect(err(q.target(store, "Louhe", "GDP", 2025)).message).toMatch(/Did you mean 漯河经济技术开发区/);
    expect(err(q.target(store, "Atlantis", "GDP", 2025)).message).toMatch(/PLAN\.REGIONS\(\)/);
  });

  test("an ambiguous name lists the candidates", () => {
    const ds = luoheDataset();
    ds.regions = [
      ...ds.regions,
      { id: "luohe-city", name: "漯河市", name_en: "Luohe City", aliases: ["Luohe"] },
    ];
    const s = new PlanStore(ds, { lexicon: LEXICON });
    const e = err(q.target(s, "Luohe", "GDP", 2025));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/ambiguous.*漯河经济技术开发区.*漯河市/);
  });

  test("a document's own wording resolves unknown (x-) indicators", () => {
    expect(q.target(store, "Luohe", "主导产业集群规模", 2025)).toBe(1000);
    expect(q.target(store, "Luohe", "x-abc1234", "2025年")).toBe(1000);
  });

  test("an indicator without records in the region", () => {
    expect(err(q.target(store, "Zhengzhou", "RD_INTENSITY", 2025)).message).toMatch(
      /No records for RD_INTENSITY \(研发经费投入强度\) in 郑州市/,
    );
  });
});

describe("arguments", () => {
  test("years as numbers or text", () => {
    expect(q.target(store, "Luohe", "GDP", "2025")).toBe(500);
    expect(q.target(store, "Luohe", "GDP", "２０２５年")).toBe(500);
  });

  test.each([["next year"], [2025.5], [true], [""], [null]])("bad year %p is #VALUE!", (year) => {
    expect(err(q.target(store, "Luohe", "GDP", year)).code).toBe("#VALUE!");
  });

  test("wrong types and blanks", () => {
    expect(err(q.target(store, "", "GDP", 2025)).code).toBe("#VALUE!");
    expect(err(q.target(store, "Luohe", true, 2025)).code).toBe("#VALUE!");
    expect(err(q.gap(store, "Luohe", "GDP", 2023, "lots")).code).toBe("#VALUE!");
    expect(err(q.gap(store, "Luohe", "GDP", 2023, null)).code).toBe("#N/A");
    expect(q.gap(store, "Luohe", "GDP", 2023, "1,000")).toBeCloseTo(1000 - 372.481073, 5);
  });
});

describe("values", () => {
  test("TARGET, BASE, BASEYEAR, ACTUAL, UNIT, QUALIFIER", () => {
    expect(q.base(store, "Luohe", "GDP")).toBe(239.5);
    expect(q.baseYear(store, "Luohe", "GDP")).toBe(2020);
    expect(q.actual(store, "Luohe", "GDP", 2020)).toBe(239.5);
    expect(q.unit(store, "Luohe", "GDP")).toBe("亿元");
    expect(q.qualifier(store, "Luohe", "GDP", 2025)).toBe(">=");
    expect(q.qualifier(store, "Zhengzhou", "GDP", 2024)).toBe("~");
  });

  test("TARGET with only a growth target points to GROWTH", () => {
    const e = err(q.target(store, "Zhengzhou", "GDP", 2024));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/only a growth target \(about 7%\).*PLAN\.TARGETGROWTH/);
    expect(q.growth(store, "Zhengzhou", "GDP", 2024)).toBeCloseTo(0.07, 12);
  });

  test("TARGET for a year without targets lists the years that have them", () => {
    expect(err(q.target(store, "Luohe", "GDP", 2030)).message).toMatch(/Targets exist for 2025/);
  });

  test("ACTUAL missing lists the years that have actuals", () => {
    expect(err(q.actual(store, "Luohe", "GDP", 2022)).message).toMatch(/Actuals exist for 2020/);
  });

  test("GROWTH: a qualitative period target is #N/A with its words; implied growth when only levels exist", () => {
    expect(err(q.growth(store, "Luohe", "GDP", null)).message).toBe(
      "The 2025 growth target for GDP (地区生产总值) in 漯河经济技术开发区 is qualitative: “高于全市平均水平”. " +
        "Its base and target imply 15.86% a year.",
    );
    // (2.5/1.5)^(1/5) − 1 = 0.10757
    expect(q.growth(store, "Luohe", "RD_INTENSITY", null)).toBeCloseTo(0.107566, 5);
  });

  test("PLANNED: compound for amounts, linear for %, growth path for annual plans, method override", () => {
    expect(q.planned(store, "Luohe", "GDP", 2023)).toBeCloseTo(372.481073, 5);
    expect(q.planned(store, "Luohe", "RD_INTENSITY", 2023)).toBeCloseTo(0.021, 12); // Excel percentages
    expect(q.planned(store, "Zhengzhou", "GDP", 2024)).toBeCloseTo(14571.046, 6);
    expect(q.planned(store, "Luohe", "GDP", 2023, "linear")).toBeCloseTo(239.5 + (260.5 * 3) / 5, 10);
    expect(err(q.planned(store, "Luohe", "GDP", 2023, "cubic")).code).toBe("#VALUE!");
  });

  test("base in 万元 is scaled to the target's 亿元", () => {
    expect(q.base(store, "Zhengzhou", "RETAIL")).toBeCloseTo(5500, 8);
    expect(q.planned(store, "Zhengzhou", "RETAIL", 2024)).toBeCloseTo(6000, 8);
  });

  test("a zero base is #NUM! for compound maths", () => {
    expect(err(q.planned(store, "Luohe", "FAI", 2023)).code).toBe("#NUM!");
    expect(q.planned(store, "Luohe", "FAI", 2023, "linear")).toBeCloseTo(60, 10);
  });

  test("GAP, GAPPCT, PROGRESS, REQUIRED, STATUS", () => {
    expect(q.gap(store, "Luohe", "GDP", 2023, 400)).toBeCloseTo(27.518927, 5);
    expect(q.gapPct(store, "Luohe", "GDP", 2023, 400)).toBeCloseTo(0.07388, 5);
    expect(q.progress(store, "Luohe", "GDP", 400)).toBeCloseTo(0.616123, 6);
    expect(q.required(store, "Luohe", "GDP", 2023, 400)).toBeCloseTo(0.118034, 6);
    // 400 is 7.4% above the path (372.48): beyond the ±2% band, so ahead; 375 is within it.
    expect(q.status(store, "Luohe", "GDP", 2023, 400)).toBe("ahead");
    expect(q.status(store, "Luohe", "GDP", 2023, 375)).toBe("on track");
    expect(q.status(store, "Luohe", "GDP", 2023, 350)).toBe("behind");
    expect(q.status(store, "Luohe", "GDP", 2024, 520)).toBe("achieved");
  });

  test("STATUS is direction-aware (energy intensity, ≤ target)", () => {
    // P(2023) = 0.538: 0.535 is within ±2% (on track), 0.52 better by more (ahead)
    expect(q.status(store, "Luohe", "ENERGY_INTENSITY", 2023, 0.535)).toBe("on track");
    expect(q.status(store, "Luohe", "ENERGY_INTENSITY", 2023, 0.52)).toBe("ahead");
    expect(q.status(store, "Luohe", "单位GDP能耗", 2023, 0.55)).toBe("behind");
  });

  test("REQUIRED on an annual growth-only plan compounds towards the path's end value", () => {
    // From 14000 in 2023 to 14571.046 in 2024: 14571.046/14000 − 1 = 0.040789
    expect(q.required(store, "Zhengzhou", "GDP", 2023, 14000)).toBeCloseTo(0.040789, 6);
  });
});

describe("precedence and SOURCE", () => {
  test("SOURCE quotes the document", () => {
    expect(q.source(store, "Luohe", "GDP", 2025)).toBe(
      "《漯河经开区十四五规划》 (luohe-14th, table): “地区生产总值(亿元)239.5≥500” " +
        "[base 239.5 (2020 actual, 《漯河经开区十四五规划》)]",
    );
  });

  test("the newer document wins and SOURCE says why", () => {
    const ds = luoheDataset();
    ds.documents = [
      ...ds.documents,
      { ...ds.documents[0], doc: "luohe-update", title: "十四五规划(2023年调整)", published: "2023-05-01" },
    ];
    ds.records.push(
      rec({
        doc: "luohe-update",
        indicator_id: "gdp",
        year: 2025,
        value: 520,
        source: "prose",
        quote: "到2025年达到520亿元",
      }),
    );
    const s = new PlanStore(ds, { lexicon: LEXICON });
    expect(q.target(s, "Luohe", "GDP", 2025)).toBe(520);
    expect(q.source(s, "Luohe", "GDP", 2025)).toMatch(
      /luohe-update, prose.*chosen over 1 other record by the rule: the newer document/,
    );
  });

  test("within one document a table beats prose, and a number beats a qualitative statement", () => {
    const ds = luoheDataset();
    ds.records.push(
      rec({ indicator_id: "gdp", year: 2025, value: 480, source: "prose", confidence: 0.99 }),
      rec({ indicator_id: "gdp", year: 2025, value: null, text: "翻一番", source: "table" }),
    );
    const s = new PlanStore(ds, { lexicon: LEXICON });
    expect(q.target(s, "Luohe", "GDP", 2025)).toBe(500);
    expect(q.source(s, "Luohe", "GDP", 2025)).toMatch(
      /chosen over 2 other records by the rule: a table over prose/,
    );
  });
});

describe("dynamic arrays", () => {
  test("REGIONS has a header and one row per region", () => {
    const rows = q.regions(store) as (string | number)[][];
    expect(rows[0]).toEqual(REGION_HEADER);
    expect(rows.map((r) => r[0])).toEqual(["id", "luohe-etdz", "zhengzhou"]);
    expect(rows[1][5]).toBe(10);
  });

  test("INDICATORS lists the region's indicators, lexicon first", () => {
    const rows = q.indicators(store, "漯河经开区") as (string | number)[][];
    expect(rows[0]).toEqual(["id", "name", "English name", "unit", "base", "target year", "target"]);
    expect(rows[1]).toEqual(["gdp", "地区生产总值", "Gross regional product", "亿元", 239.5, 2025, 500]);
    expect(rows.map((r) => r[0])).toEqual([
      "id",
      "gdp",
      "fixed-asset-investment",
      "rd-intensity",
      "energy-intensity",
      "x-abc1234",
    ]);
    expect(err(q.indicators(store, "Nowhere")).code).toBe("#N/A");
  });
});

describe("store indexes", () => {
  test("find uses any combination of region, indicator, kind, measure, year", () => {
    expect(store.find({ region: "luohe-etdz", kind: "actual" })).toHaveLength(4);
    expect(store.find({ indicator: "gdp", year: 2025, measure: "level" })).toHaveLength(1);
    expect(store.find({ region: "zhengzhou", measure: "growth" }).map((r) => r.value)).toEqual([7]);
    expect(store.find({ year: 1999 })).toEqual([]);
  });
});

describe("period totals", () => {
  test("a 累计 total is not a base, but INDICATORS still shows a cumulative target", () => {
    const ds = luoheDataset();
    ds.records.push(
      rec({
        indicator_id: "retail-sales",
        indicator: "社会消费品零售总额",
        kind: "actual",
        year: 2020,
        period_start: 2016,
        value: 604,
      }),
      rec({
        indicator_id: "retail-sales",
        indicator: "社会消费品零售总额",
        kind: "target",
        year: 2025,
        period_start: 2021,
        value: 1000,
      }),
    );
    const s = new PlanStore(ds, { lexicon: LEXICON });
    expect(err(q.base(s, "Luohe", "RETAIL")).code).toBe("#N/A");
    expect(q.target(s, "Luohe", "RETAIL", 2025)).toBe(1000);
    const rows = q.indicators(s, "Luohe") as (string | number)[][];
    expect(rows.find((r) => r[0] === "retail-sales")).toEqual([
      "retail-sales",
      "社会消费品零售总额",
      "Retail sales",
      "亿元",
      "",
      2025,
      1000,
    ]);
  });
});

describe("the optional target year of the gap functions", () => {
  // GDP with a 2025 target (≥ 500) and a 2035 target (1000) in the same 十四五 document: both paths start
  // from the 2020 base 239.5. On the 2035 path P(2023) = 239.5·(1000/239.5)^(3/15) = 318.745758.
  const ds = luoheDataset();
  ds.records.push(
    rec({ indicator_id: "gdp", year: 2035, value: 1000, quote: "到2035年地区生产总值达到1000亿元" }),
    rec({ indicator_id: "gdp", year: 2030, value: null, text: "再翻一番", source: "prose" }),
    rec({
      indicator_id: "retail-sales",
      indicator: "社会消费品零售总额",
      year: 2025,
      period_start: 2021,
      value: 1200,
    }),
  );
  const s = new PlanStore(ds, { lexicon: LEXICON });
  const P2035 = 318.745758;

  test("PLANNED follows the level target of exactly that year, as a number or as text", () => {
    expect(q.planned(s, "Luohe", "GDP", 2023)).toBeCloseTo(372.481073, 5);
    expect(q.planned(s, "Luohe", "GDP", 2023, null, 2025)).toBeCloseTo(372.481073, 5);
    expect(q.planned(s, "Luohe", "GDP", 2023, null, 2035)).toBeCloseTo(P2035, 5);
    expect(q.planned(s, "Luohe", "GDP", 2023, "", "2035年")).toBeCloseTo(P2035, 5);
    // linear to 2035: 239.5 + 760.5·3/15 = 391.6
    expect(q.planned(s, "Luohe", "GDP", 2023, "linear", 2035)).toBeCloseTo(391.6, 10);
    // 2030 is past the 2025 target, so without a target year the 2035 path answers: P(2030) = 621.014641
    expect(q.planned(s, "Luohe", "GDP", 2030)).toBeCloseTo(621.014641, 5);
    expect(err(q.planned(s, "Luohe", "GDP", 2030, null, 2025)).message).toBe(
      "2030 is after the plan's last year 2025.",
    );
  });

  test("GAP, GAPPCT, PROGRESS, REQUIRED and STATUS measure against the 2035 target", () => {
    expect(q.gap(s, "Luohe", "GDP", 2023, 400, 2035)).toBeCloseTo(400 - P2035, 5);
    expect(q.gap(s, "Luohe", "GDP", 2023, 400, 2025)).toBeCloseTo(27.518927, 5);
    expect(q.gapPct(s, "Luohe", "GDP", 2023, 400, 2035)).toBeCloseTo(0.254919, 6);
    // (400 − 239.5)/(1000 − 239.5) = 0.211045; against 2025: 0.616123
    expect(q.progress(s, "Luohe", "GDP", 400, 2035)).toBeCloseTo(0.211045, 6);
    expect(q.progress(s, "Luohe", "GDP", 400, "2025年")).toBeCloseTo(0.616123, 6);
    // (1000/400)^(1/12) − 1 = 0.079348; against 2025: (500/400)^(1/2) − 1 = 0.118034
    expect(q.required(s, "Luohe", "GDP", 2023, 400, 2035)).toBeCloseTo(0.079348, 6);
    expect(q.required(s, "Luohe", "GDP", 2023, 400, 2025)).toBeCloseTo(0.118034, 6);
    // the README's example: (1000/350)^(1/12) − 1 = 0.091426
    expect(q.required(s, "Luohe", "GDP", 2023, 350, 2035)).toBeCloseTo(0.091426, 6);
    // 350 is behind the 2025 path (372.48) but ahead of the 2035 path (318.75); 600 achieves only 2025.
    expect(q.status(s, "Luohe", "GDP", 2023, 350, 2025)).toBe("behind");
    expect(q.status(s, "Luohe", "GDP", 2023, 350, 2035)).toBe("ahead");
    expect(q.status(s, "Luohe", "GDP", 2023, 320, 2035)).toBe("on track");
    expect(q.status(s, "Luohe", "GDP", 2024, 600, 2025)).toBe("achieved");
    expect(q.status(s, "Luohe", "GDP", 2024, 600, 2035)).toBe("ahead");
  });

  test("a year without a level target is #N/A naming the years that have one", () => {
    const e = err(q.gap(s, "Luohe", "GDP", 2023, 400, 2028));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(
      "GDP (地区生产总值) in 漯河经济技术开发区 has no target for 2028. Targets exist for 2025, 2030, 2035.",
    );
    expect(err(q.progress(s, "Luohe", "GDP", 400, 2028)).message).toMatch(/exist for 2025, 2030, 2035\.$/);
  });

  test("a qualitative, cumulative or growth-only target year is measured as what it is", () => {
    expect(q.status(s, "Luohe", "GDP", 2023, 400, 2030)).toBe("qualitative");
    expect(err(q.gap(s, "Luohe", "GDP", 2023, 400, 2030)).message).toBe(
      "The 2030 target for GDP (地区生产总值) in 漯河经济技术开发区 is qualitative: “再翻一番”; there is no number to compare.",
    );
    // a total of 1200 over 2021–2025, 400 by 2023: (1200 − 400)/2 a year still required
    expect(q.required(s, "Luohe", "RETAIL", 2023, 400, 2025)).toBeCloseTo(400, 10);
    expect(q.planned(s, "Zhengzhou", "GDP", 2024, null, 2024)).toBeCloseTo(14571.046, 6);
    expect(q.planned(s, "Zhengzhou", "GDP", 2024)).toBeCloseTo(14571.046, 6);
  });

  test("a target year that is not a year is #VALUE! saying which argument", () => {
    const e = err(q.gap(s, "Luohe", "GDP", 2023, 400, "soon"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      `'soon' is not a target year: give the year of a target such as 2025 or "2025年", or leave it out.`,
    );
    expect(err(q.progress(s, "Luohe", "GDP", 400, 2035.5)).code).toBe("#VALUE!");
  });

  test("omitted (null or empty) target years keep the behaviour without one", () => {
    expect(q.gap(s, "Luohe", "GDP", 2023, 400, null)).toBe(q.gap(s, "Luohe", "GDP", 2023, 400));
    expect(q.status(s, "Luohe", "GDP", 2023, 350, "")).toBe("behind");
  });
});

describe("every kind of target (issue 10), against hand-computed values", () => {
  const ds = luoheDataset();
  const zz = { doc: "zz-2024", region: "郑州市", region_id: "zhengzhou", region_en: "Zhengzhou" };
  ds.records.push(
    rec({
      indicator_id: "x-firms",
      indicator: "引进企业",
      year: 2025,
      period_start: 2021,
      value: 15,
      unit: "家",
      qualifier: ">=",
      quote: "共引进15家以上",
    }),
    rec({
      indicator_id: "x-yearly",
      indicator: "每年引进知名企业",
      year: 2025,
      period_start: 2021,
      value: 3,
      value_max: 5,
      unit: "家",
      quote: "每年引进知名企业3-5家",
    }),
    rec({
      indicator_id: "x-jobless",
      indicator: "城镇调查失业率",
      year: 2025,
      value: 5.5,
      unit: "%",
      qualifier: "<=",
      quote: "城镇调查失业率控制在5.5%以内",
    }),
    rec({
      indicator_id: "x-avg",
      indicator: "工业增加值",
      measure: "growth",
      year: 2025,
      period_start: 2021,
      value: 5,
      unit: "%",
      quote: "年均增长5%",
    }),
    rec({
      ...zz,
      indicator_id: "x-income",
      indicator: "居民人均可支配收入",
      measure: "growth",
      year: 2024,
      value: null,
      text: "与经济增长同步",
      unit: "%",
      quote: "居民收入增长与经济增长同步",
    }),
    rec({
      ...zz,
      indicator_id: "gdp",
      kind: "actual",
      measure: "growth",
      year: 2024,
      value: 5.5,
      unit: "%",
      quote: "全年地区生产总值增长5.5%",
    }),
  );
  const s = new PlanStore(ds, { lexicon: LEXICON });

  test("cumulative: progress = total / target, planned = target × elapsed share", () => {
    expect(q.progress(s, "Luohe", "引进企业", 6)).toBeCloseTo(0.4, 12);
    expect(q.planned(s, "Luohe", "引进企业", 2023)).toBeCloseTo(9, 12);
    expect(q.status(s, "Luohe", "引进企业", 2023, 6)).toBe("behind");
    expect(q.status(s, "Luohe", "引进企业", 2023, 16, null, null, null, "zh")).toBe("提前完成");
    expect(q.required(s, "Luohe", "引进企业", 2023, 6)).toBeCloseTo(4.5, 12);
  });

  test("per year, a range: inside or beyond is achieved, below is behind", () => {
    expect(q.status(s, "Luohe", "每年引进知名企业", 2023, 4)).toBe("achieved");
    expect(q.status(s, "Luohe", "每年引进知名企业", 2023, 6)).toBe("achieved");
    expect(q.status(s, "Luohe", "每年引进知名企业", 2023, 2)).toBe("behind");
  });

  test("a ceiling in Excel percentages; a percentage typed as a number says what to type", () => {
    expect(q.target(s, "Luohe", "城镇调查失业率", 2025)).toBeCloseTo(0.055, 12);
    expect(q.status(s, "Luohe", "城镇调查失业率", 2025, 0.052)).toBe("achieved");
    expect(q.status(s, "Luohe", "城镇调查失业率", 2025, "5.5%")).toBe("achieved");
    expect(q.status(s, "Luohe", "城镇调查失业率", 2025, 0.056)).toBe("behind");
    expect(err(q.status(s, "Luohe", "城镇调查失业率", 2025, 5.6)).message).toMatch(/type 5\.6% or 0\.056\./);
  });

  test("a period-average growth: the actual is the average so far; the average still required", () => {
    expect(q.gap(s, "Luohe", "工业增加值", 2023, 0.04)).toBeCloseTo(-0.01, 12);
    expect(q.status(s, "Luohe", "工业增加值", 2023, 0.04)).toBe("behind");
    expect(q.status(s, "Luohe", "工业增加值", 2023, 0.052)).toBe("on track");
    expect(q.required(s, "Luohe", "工业增加值", 2023, 0.04)).toBeCloseTo(0.065181, 6);
  });

  test("a one-year growth target; a level actual is read as growth from the base level", () => {
    expect(q.gap(s, "Zhengzhou", "GDP", 2024, 0.055)).toBeCloseTo(-0.015, 12);
    expect(q.status(s, "Zhengzhou", "GDP", 2024, 0.066)).toBe("achieved"); // within 0.5 points of 7%左右
    expect(q.gap(s, "Zhengzhou", "GDP", 2024, 14300)).toBeCloseTo(14300 / 13617.8 - 1 - 0.07, 12);
  });

  test("qualitative: STATUS says so, and computes the 同步 comparison when both growths are there", () => {
    expect(q.status(s, "Zhengzhou", "居民人均可支配收入", 2024, null)).toBe("qualitative");
    expect(q.status(s, "Zhengzhou", "居民人均可支配收入", 2024, null, null, null, null, "zh")).toBe(
      "定性目标",
    );
    expect(q.status(s, "Zhengzhou", "居民人均可支配收入", 2024, 0.06)).toBe("achieved");
    expect(q.status(s, "Zhengzhou", "居民人均可支配收入", 2024, 0.049)).toBe("behind");
    expect(q.gap(s, "Zhengzhou", "居民人均可支配收入", 2024, 0.06)).toBeCloseTo(0.005, 12);
  });

  test("bad maths never returns a number", () => {
    expect(err(q.planned(s, "Zhengzhou", "GDP", 2024, "", null, 0, 2023)).code).toBe("#NUM!");
    expect(err(q.planned(s, "Zhengzhou", "GDP", 2024, "", null, -5, 2023)).code).toBe("#NUM!");
    expect(err(q.gap(s, "Luohe", "GDP", 2023, "1e999")).code).toBe("#VALUE!");
    expect(err(q.gap(s, "Luohe", "GDP", 2023, "1,5")).code).toBe("#VALUE!");
    expect(q.gap(s, "Luohe", "GDP", 2023, "1,234.5")).toBeCloseTo(1234.5 - 372.481073, 5);
    // a base without its year takes the year before the plan period; a base year alone is #VALUE!
    expect(q.planned(s, "Luohe", "GDP", 2023, "", null, 100)).toBeCloseTo(100 * 5 ** (3 / 5), 9);
    expect(err(q.gap(s, "Luohe", "GDP", 2023, 400, null, null, 2020)).code).toBe("#VALUE!");
  });
});
