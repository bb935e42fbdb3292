/**
 * Table layouts of genres the seeds do not have (written documents, test/fixtures/written): a year
 * column with its word in brackets, slash and bracket headers, mid-term evaluation columns, year-by-year
 * series, transposed tables, PDF lines that finish the row above, and marks a note explains.
 */
import { tableCandidates, type TableContext } from "../../../src/extract/tableRecords";
import { findTables } from "../../../src/extract/tables";

const brief = (text: string, context: TableContext = {}) =>
  findTables(text).flatMap((t) =>
    tableCandidates(t, context).map((c) =>
      [c.indicator, c.kind, c.year, c.value ?? c.text, c.unit, c.period_start, c.attribute].filter(
        (x) => x !== undefined,
      ),
    ),
  );

describe("tables of other genres", () => {
  it("reads 2025年(预计) as an estimate column and 年均增长/累计 as the growth column", () => {
    const text =
      "| 序号 | 指标 | 2025年（预计） | 2030年 | 年均增长/累计 | 属性 |\n|---|---|---|---|---|---|\n" +
      "| 1 | 全员劳动生产率（万元/人） | 16.2 | 21.5 | 5.8 | 预期性 |\n" +
      "| 2 | 常住人口城镇化率（%） | 63.8 | 68 | 〔4.2〕 | 预期性 |\n";
    expect(brief(text.replace(/（/g, "(").replace(/）/g, ")"))).toEqual([
      ["全员劳动生产率", "estimate", 2025, 16.2, "万元/人", "预期性"],
      ["全员劳动生产率", "target", 2030, 21.5, "万元/人", "预期性"],
      ["全员劳动生产率", "target", 2030, 5.8, "%", 2026, "预期性"],
      ["常住人口城镇化率", "estimate", 2025, 63.8, "%", "预期性"],
      ["常住人口城镇化率", "target", 2030, 68, "%", "预期性"],
      ["常住人口城镇化率", "target", 2030, 4.2, "%", 2026, "预期性"],
    ]);
  });

  it("skips a progress column and dates a mid-term 〔〕 total from the plan's start", () => {
    const text =
      "序号\t指标\t单位\t2020年基数\t2025年规划目标\t2023年实际\t进度评价\n" +
      "1\t地区生产总值\t亿元\t2660\t3600\t3125\t达到预期\n" +
      "2\t单位GDP能源消耗降低\t%\t—\t〔14〕\t〔8.3〕\t滞后\n";
    expect(brief(text, { periodStart: 2021, periodEnd: 2025 })).toEqual([
      ["地区生产总值", "actual", 2023, 3125, "亿元"],
      ["地区生产总值", "target", 2025, 3600, "亿元"],
      ["地区生产总值", "actual", 2020, 2660, "亿元"],
      ["单位GDP能源消耗降低", "actual", 2023, 8.3, "%", 2021],
      ["单位GDP能源消耗降低", "target", 2025, 14, "%", 2021],
    ]);
  });

  it("dates every cell of a year-by-year series by its year", () => {
    const text =
      "指标\t单位\t2021年\t2022年\t2023年\n地区生产总值\t亿元\t1523.6\t1588.2\t1672.9\n常住人口\t万人\t412.5\t413.1\t413.9\n";
    const rows = brief(text, { publishedYear: 2026 });
    expect(rows).toContainEqual(["地区生产总值", "actual", 2023, 1672.9, "亿元"]);
    expect(rows).toContainEqual(["常住人口", "actual", 2022, 413.1, "万人"]);
    expect(rows).toHaveLength(6);
    // after a base column the years ahead are one target each
    const plan =
      "指标\t单位\t2023年基数\t2024年\t2025年\t2026年\n上云企业数量\t家\t450\t600\t750\t900\n5G基站数量\t个\t820\t1100\t1400\t1700\n";
    expect(brief(plan, { publishedYear: 2024 })).toContainEqual(["上云企业数量", "target", 2026, 900, "家"]);
    expect(brief(plan, { publishedYear: 2024 })).toHaveLength(8);
  });

  it("reads a transposed table, one line per year", () => {
    const text =
      "年份\t地区生产总值(亿元)\t增长(%)\t一般公共预算收入(亿元)\n2021年\t392.6\t8.4\t24.1\n2022年\t405.8\t3.9\t23.6\n\n注：略。\n";
    expect(brief(text)).toEqual([
      ["地区生产总值", "actual", 2021, 392.6, "亿元"],
      ["地区生产总值增长", "actual", 2021, 8.4, "%"],
      ["一般公共预算收入", "actual", 2021, 24.1, "亿元"],
      ["地区生产总值", "actual", 2022, 405.8, "亿元"],
      ["地区生产总值增长", "actual", 2022, 3.9, "%"],
      ["一般公共预算收入", "actual", 2022, 23.6, "亿元"],
    ]);
  });

  it("joins the wrapped tails of a PDF row (name, qualitative cell) standing under their columns", () => {
    const text = [
      "类别      序号   指标                              单位        2025年       2030年      年均增长      属性",
      "民生      7      居民人均可支配收入增长            %           5.5          —           与经济增长    预期性",
      "福祉                                                                                    同步",
      "          8      服务业增加值占地区生产总值        %           52.6         56          〔3.4〕       预期性",
      "                 比重",
      "",
    ].join("\n");
    expect(brief(text).map((r) => `${r[0]} ${r[3]}`)).toEqual([
      "居民人均可支配收入增长 5.5",
      "居民人均可支配收入增长 与经济增长同步",
      "服务业增加值占地区生产总值比重 52.6",
      "服务业增加值占地区生产总值比重 56",
      "服务业增加值占地区生产总值比重 3.4",
    ]);
  });

  it("takes the attribute of a marked row from the table's note", () => {
    const text =
      "指标\t单位\t2025年\t2030年\n森林覆盖率★\t%\t58.2\t59\n地区生产总值\t亿元\t286.4\t380\n\n注：带★的为约束性指标，其余为预期性指标。\n";
    expect(brief(text)).toEqual([
      ["森林覆盖率", "actual", 2025, 58.2, "%", "约束性"],
      ["森林覆盖率", "target", 2030, 59, "%", "约束性"],
      ["地区生产总值", "actual", 2025, 286.4, "亿元", "预期性"],
      ["地区生产总值", "target", 2030, 380, "亿元", "预期性"],
    ]);
  });

  it("reads cells that write their own units and growth words, a level and its growth in one cell", () => {
    const text =
      "| 指标 | 2025年完成 | 2026年目标 | 备注 |\n|---|---|---|---|\n" +
      "| 地区生产总值 | 1846.1亿元，增长5.6% | 增长5.5%左右 | 预期性 |\n" +
      "| 居民消费价格 | 上涨0.3% | 下降1% | 预期性 |\n";
    expect(brief(text)).toEqual([
      ["地区生产总值", "actual", 2025, 1846.1, "亿元"],
      ["地区生产总值", "actual", 2025, 5.6, "%"],
      ["地区生产总值", "target", 2026, 5.5, "%"],
      ["居民消费价格", "actual", 2025, 0.3, "%"],
      ["居民消费价格", "target", 2026, -1, "%"],
    ]);
  });
});
