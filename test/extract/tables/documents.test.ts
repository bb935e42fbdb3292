/**
 * Whole documents whose main-indicator tables are laid out in ways the seeds do not show: a county
 * 十五五 纲要 with its table one cell per line, a plan whose PDF text has a two-line header and wrapped
 * names, an annual plan with 2025年目标 / 2025年预计 / 2026年目标 columns, an HTML page with its table.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../../../src/extract";
import { normalise } from "../../../src/extract/normalise";
import type { IndicatorRecord } from "../../../src/record";

const read = (file: string) => readFileSync(path.join(__dirname, "documents", file), "utf8");

/** Table records as `indicator kind measure year value unit qualifier [period_start]`. */
async function tableRecords(file: string): Promise<string[]> {
  const { records } = await extractDocument({ name: file, text: read(file) });
  return records
    .filter((r: IndicatorRecord) => r.source === "table")
    .map(
      (r) =>
        `${r.indicator} ${r.kind} ${r.measure} ${r.year} ${r.value ?? r.text}${r.value_max !== undefined ? `~${r.value_max}` : ""} ${r.unit} ${r.qualifier}${r.period_start ? ` ${r.period_start}` : ""}`,
    );
}

describe("test documents with tables in other layouts", () => {
  it("county 十五五 纲要, table one cell per line, category on its group's first row only", async () => {
    const { records } = await extractDocument({ name: "c.txt", text: read("county-15th-cell-per-line.txt") });
    expect(await tableRecords("county-15th-cell-per-line.txt")).toEqual([
      "地区生产总值 actual level 2025 312.5 亿元 =",
      "地区生产总值 target level 2030 420 亿元 >",
      "地区生产总值 target growth 2030 6 % ~ 2026",
      "一般公共预算收入 actual level 2025 20.1 亿元 =",
      "一般公共预算收入 target level 2030 26 亿元 =",
      "一般公共预算收入 target growth 2030 5.3 % = 2026",
      "常住人口城镇化率 actual level 2025 52.3 % =",
      "常住人口城镇化率 target level 2030 58 % =",
      "常住人口城镇化率 target change 2030 5.7 % = 2026",
      "城镇调查失业率 actual level 2025 5.2 % =",
      "城镇调查失业率 target level 2030 5.5 % <",
      "人均预期寿命 actual level 2025 78.6 岁 =",
      "人均预期寿命 target level 2030 79.5 岁 =",
      "人均预期寿命 target level 2030 0.9 岁 = 2026",
      "劳动年龄人口平均受教育年限 actual level 2025 10.8 年 =",
      "劳动年龄人口平均受教育年限 target level 2030 11.2 年 =",
      "劳动年龄人口平均受教育年限 target level 2030 0.4 年 = 2026",
      "单位地区生产总值能耗降低 target level 2030 完成市下达目标 % =",
      "森林覆盖率 actual level 2025 61.2 % =",
      "森林覆盖率 target level 2030 62 % =",
    ]);
    const byName = (n: string) => records.filter((r) => r.source === "table" && r.indicator === n);
    expect(byName("人均预期寿命").every((r) => (r as { category?: string }).category === "民生福祉")).toBe(
      true,
    );
    expect(byName("森林覆盖率").every((r) => r.attribute === "约束性")).toBe(true);
  });

  it("plan from a PDF text layer: two-line header, 累计 column, wrapped names", async () => {
    expect(await tableRecords("pdf-two-line-header.txt")).toEqual([
      "细颗粒物(PM2.5)平均浓度 actual level 2025 31 微克/立方米 =",
      "细颗粒物(PM2.5)平均浓度 target level 2030 28 微克/立方米 =",
      "细颗粒物(PM2.5)平均浓度 target level 2030 -3 微克/立方米 = 2026",
      "空气质量优良天数比率 actual level 2025 86.5 % =",
      "空气质量优良天数比率 target level 2030 88 % >=",
      "空气质量优良天数比率 target change 2030 1.5 % = 2026",
      "地表水达到或好于Ⅲ类水体比例 actual level 2025 85 % =",
      "地表水达到或好于Ⅲ类水体比例 target level 2030 90 % =",
      "地表水达到或好于Ⅲ类水体比例 target change 2030 5 % = 2026",
      "单位地区生产总值二氧化碳排放降低 target level 2030 完成省下达任务 % =",
      "受污染耕地安全利用率 actual level 2025 98 % =",
      "受污染耕地安全利用率 target level 2030 98 % >=",
      "森林覆盖率(含四旁树) actual level 2025 35.2 % =",
      "森林覆盖率(含四旁树) target level 2030 36 % =",
      "森林覆盖率(含四旁树) target change 2030 0.8 % = 2026",
    ]);
  });

  it("annual plan: last year's target, its estimate and this year's target per row", async () => {
    const got = await tableRecords("annual-plan-dated-columns.txt");
    expect(got).toHaveLength(24);
    expect(got).toEqual(
      expect.arrayContaining([
        "地区生产总值增长 target growth 2025 6 % =",
        "地区生产总值增长 estimate growth 2025 5.6 % =",
        "地区生产总值增长 target growth 2026 5.5 % ~",
        "一般公共预算收入 target level 2025 186 亿元 =",
        "一般公共预算收入 estimate level 2025 183.4 亿元 =",
        "一般公共预算收入 target level 2026 192 亿元 =",
        "居民人均可支配收入增长 target growth 2026 与经济增长同步 % =",
        "居民消费价格涨幅 target growth 2025 3 % ~",
        "居民消费价格涨幅 estimate growth 2025 0.5 % =",
        "居民消费价格涨幅 target growth 2026 2 % ~",
      ]),
    );
  });

  it("HTML page: the table read in place", async () => {
    const text = read("county-html.txt");
    const { records } = await extractDocument({ name: "h.html", text });
    const table = records.filter((r) => r.source === "table");
    expect(table.map((r) => `${r.indicator} ${r.kind} ${r.year} ${r.value ?? r.text}`)).toEqual([
      "地区生产总值 actual 2025 312.5",
      "地区生产总值 target 2030 420",
      "地区生产总值 target 2030 6",
      "全员劳动生产率 actual 2025 12.1",
      "全员劳动生产率 target 2030 16",
      "全员劳动生产率 target 2030 5.7",
      "城镇调查失业率 actual 2025 5.2",
      "城镇调查失业率 target 2030 5.5",
      "居民人均可支配收入 actual 2025 32150",
      "居民人均可支配收入 target 2030 与经济增长同步",
    ]);
    // quotes are passages of the text as read (white space aside): entities decoded, tags in cells dropped
    const { text: visible } = await normalise(text);
    const bare = (s: string) => s.replace(/\s/g, "");
    for (const r of table) expect(bare(visible).includes(bare(r.quote))).toBe(true);
  });
});
