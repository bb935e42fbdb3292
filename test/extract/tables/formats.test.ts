/**
 * Tables in layouts other than seed 002's: tab-, space- and pipe-separated rows, one cell per
 * line, flattened rows without attributes or row numbers, target before base, unit columns.
 * The fixtures are written for these tests; the expectations are read off the fixtures by hand.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { findTables } from "../../../src/extract/tables";
import { expectOffsets, expectRows } from "./helpers";

const fixture = (name: string) => readFileSync(resolve(__dirname, "fixtures", name), "utf8");

describe("tab-separated table with a unit column, target before base, category rows", () => {
  const text = fixture("tab-unit-column.txt");
  const tables = findTables(text);
  it("reads one table with the header's years", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].title).toBe("表1 “十五五”时期主要指标");
    expect([tables[0].baseYear, tables[0].targetYear]).toEqual([2025, 2030]);
  });
  it("places every cell in its column", () => {
    expectRows(tables[0], [
      {
        n: 1,
        cat: "经济发展",
        name: "地区生产总值",
        unit: "亿元",
        base: "520",
        target: ">=800",
        attr: "预期性",
      },
      {
        n: 2,
        cat: "经济发展",
        name: "常住人口城镇化率",
        unit: "%",
        base: "68.2",
        target: "~75",
        attr: "预期性",
      },
      {
        n: 3,
        cat: "经济发展",
        name: "研发经费投入强度",
        unit: "%",
        base: "2.1",
        target: "3",
        attr: "预期性",
      },
      {
        n: 4,
        cat: "绿色生态",
        name: "单位地区生产总值能耗降低",
        unit: "%",
        target: "text:完成省下达任务",
        attr: "约束性",
      },
      {
        n: 5,
        cat: "绿色生态",
        name: "森林覆盖率",
        unit: "%",
        base: "28.5",
        target: "30..32",
        attr: "约束性",
      },
    ]);
    expectOffsets(text, tables[0]);
  });
  it("stops at the note after the table", () => {
    expect(text.slice(tables[0].end)).toContain("以上指标均为全市口径");
    expect(text.slice(tables[0].start, tables[0].end)).not.toContain("口径");
  });
});

describe("space-separated annual table: one-year growth, ranges, 以内, no attribute column", () => {
  const text = fixture("spaces-annual.txt");
  const [table] = findTables(text);
  it("reads the rows", () => {
    expect([table.baseYear, table.targetYear, table.growthUnit]).toEqual([2023, 2024, "%"]);
    expectRows(table, [
      { name: "地区生产总值", unit: "亿元", base: "1520", target: "1620", growth: "~6.5" },
      { name: "一般公共预算收入", unit: "亿元", base: "95.3", target: "100", growth: "5" },
      { name: "城镇新增就业", unit: "万人", base: "1.2", target: "1..1.5" },
      { name: "居民消费价格涨幅", unit: "%", base: "0.3", target: "<=3" },
    ]);
    expectOffsets(text, table);
  });
});

describe("Markdown pipe table with a merged category column and bare year headers", () => {
  const text = fixture("pipe-markdown.md");
  const tables = findTables(text);
  it("reads the rows, carrying the category down", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].title).toBe("主要指标");
    expect([tables[0].baseYear, tables[0].targetYear]).toEqual([2020, 2025]);
    // 2025年 alone does not say 目标: the pipeline decides from the document's date.
    expect(tables[0].targetFromYearOnly).toBe(true);
    expectRows(tables[0], [
      {
        cat: "经济发展",
        name: "地区生产总值",
        unit: "亿元",
        base: "300",
        target: "450",
        growth: "8.5",
        attr: "预期性",
      },
      {
        cat: "经济发展",
        name: "固定资产投资",
        unit: "亿元",
        base: "200",
        target: "280",
        growth: "7",
        attr: "预期性",
      },
      {
        cat: "民生福祉",
        name: "居民人均可支配收入",
        unit: "元",
        base: "30000",
        growth: "text:与经济增长同步",
        attr: "预期性",
      },
      { cat: "民生福祉", name: "城镇调查失业率", unit: "%", base: "4.8", target: "<5.5", attr: "预期性" },
    ]);
    expectOffsets(text, tables[0]);
  });
});

describe("table written one cell per line", () => {
  const text = fixture("cell-per-line.txt");
  const tables = findTables(text);
  it("groups the cells into rows by row numbers and attributes", () => {
    expect(tables).toHaveLength(1);
    expectRows(tables[0], [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "120", target: "180", attr: "预期性" },
      { n: 2, name: "城镇调查失业率", unit: "%", target: "<=5.5", attr: "预期性" },
      { n: 3, name: "人均预期寿命", unit: "岁", base: "78.5", target: "79.5", attr: "约束性" },
    ]);
    expectOffsets(text, tables[0]);
    expect(text.slice(tables[0].end)).toContain("第三章");
  });
});

describe("flattened tables in other shapes", () => {
  const text = fixture("flat-variants.txt");
  const tables = findTables(text);
  const byTitle = (t: string) => tables.find((x) => x.title?.startsWith(t))!;
  it("finds the four tables", () => {
    expect(tables.map((t) => t.title?.slice(0, 2))).toEqual(["表4", "表5", "表6", "表7"]);
  });
  it("without an attribute column: the next row number ends a row's digits", () => {
    expectRows(byTitle("表4"), [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", growth: "15.9" },
      { n: 2, name: "税收收入", unit: "亿元", base: "10.5", target: "15.2", growth: "7.7" },
      { n: 3, name: "社会消费品零售总额", unit: "亿元", base: "80", target: "120", growth: "8.4" },
    ]);
  });
  it("target column before the base column", () => {
    expectRows(byTitle("表5"), [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { n: 2, name: "常住人口城镇化率", unit: "%", base: "58.3", target: "65", attr: "约束性" },
    ]);
  });
  it("without row numbers", () => {
    expectRows(byTitle("表6"), [
      { name: "地区生产总值", unit: "亿元", base: "120", target: "180", attr: "预期性" },
      { name: "城镇化率", unit: "%", base: "55", target: "65", attr: "约束性" },
    ]);
  });
  it("header on its own line, one flattened row per line, category lines between", () => {
    expectRows(byTitle("表7"), [
      {
        n: 1,
        cat: "经济发展",
        name: "地区生产总值",
        unit: "亿元",
        base: "200",
        target: "300",
        growth: "~8",
        attr: "预期性",
      },
      {
        n: 2,
        cat: "经济发展",
        name: "进出口总额",
        unit: "亿美元",
        base: "12.5",
        target: "18.3",
        growth: "8",
        attr: "预期性",
      },
      { n: 3, cat: "社会民生", name: "新增就业", unit: "万人", base: "1.5", target: "2", attr: "预期性" },
    ]);
  });
  it("keeps cell offsets inside rows", () => {
    for (const t of tables) expectOffsets(text, t);
  });
});

describe("more shapes: unit column run into names, category cells, same-line rows, vision years", () => {
  const text = fixture("more-variants.txt");
  const tables = findTables(text);
  const byTitle = (t: string) => tables.find((x) => x.title?.startsWith(t))!;
  it("finds the six tables", () => {
    expect(tables.map((t) => t.title?.split(" ")[0])).toEqual(["表8", "表9", "表10", "表11", "表12", "表13"]);
    for (const t of tables) expectOffsets(text, t);
  });
  it("splits a unit column's cell off the name it ran into", () => {
    expectRows(byTitle("表8"), [
      { name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { name: "劳动生产率", unit: "万元/人·年", base: "45.2", target: "72.8", attr: "预期性" },
      { name: "城镇化率", unit: "%", base: "55", target: "65", attr: "约束性" },
    ]);
  });
  it("reads category cells written without a numeral before a row number", () => {
    expectRows(byTitle("表9"), [
      {
        n: 1,
        cat: "经济发展",
        name: "地区生产总值",
        unit: "亿元",
        base: "300",
        target: "450",
        growth: "8.5",
        attr: "预期性",
      },
      {
        n: 2,
        cat: "经济发展",
        name: "税收",
        unit: "亿元",
        base: "20",
        target: "30",
        growth: "~7",
        attr: "预期性",
      },
      {
        n: 3,
        cat: "民生福祉",
        name: "人均可支配收入",
        unit: "元",
        base: "30000",
        target: "45000",
        attr: "预期性",
      },
    ]);
  });
  it("reads rows that follow a space-separated header on the same line", () => {
    expectRows(byTitle("表10"), [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { n: 2, name: "研发经费投入强度", unit: "%", base: "2.1", target: "3", attr: "预期性" },
    ]);
  });
  it("takes the first two bare years as base and target and skips a vision year", () => {
    expect([byTitle("表11").baseYear, byTitle("表11").targetYear]).toEqual([2020, 2025]);
    expectRows(byTitle("表11"), [
      { name: "地区生产总值", unit: "亿元", base: "300", target: "450", attr: "预期性" },
      { name: "森林覆盖率", unit: "%", base: "28", target: "30", attr: "约束性" },
    ]);
  });
  it("reads ranges, numbered rows with dots and names that start with digits", () => {
    expectRows(byTitle("表12"), [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "200", target: "300..320", attr: "预期性" },
      { n: 2, name: "高技术产业占比", unit: "%", base: "15", target: "30..35[%]", attr: "预期性" },
      { n: 3, name: "5G基站", unit: "个", base: "500", target: ">=2000", attr: "预期性" },
    ]);
  });
  it("reads unnumbered rows without attributes, ending each at the next name", () => {
    expectRows(byTitle("表13"), [
      { name: "地区生产总值", unit: "亿元", base: "239.5", target: "500" },
      { name: "税收收入", unit: "亿元", base: "10.5", target: "15.2" },
    ]);
  });
});

describe("national-style table: numbers inside name cells, footnote marks, 〔〕 totals", () => {
  const text = fixture("national-style.txt");
  const [table] = findTables(text);
  it("reads the rows", () => {
    expect(table.title).toBe("专栏1 “十四五”时期经济社会发展主要指标");
    expectRows(table, [
      {
        n: 1,
        cat: "经济发展",
        name: "地区生产总值增长",
        unit: "%",
        base: "3.1",
        target: "text:保持在合理区间",
        attr: "预期性",
      },
      {
        n: 2,
        cat: "经济发展",
        name: "全员劳动生产率增长",
        unit: "%",
        base: "2.5",
        target: "text:高于地区生产总值增长",
        attr: "预期性",
      },
      {
        n: 3,
        cat: "经济发展",
        name: "常住人口城镇化率",
        unit: "%",
        base: "60.6",
        target: "65",
        attr: "预期性",
      },
      {
        n: 4,
        cat: "绿色生态",
        name: "单位地区生产总值能源消耗降低",
        unit: "%",
        growth: "13.5 cumulative",
        attr: "约束性",
      },
      {
        n: 5,
        cat: "绿色生态",
        name: "森林覆盖率",
        unit: "%",
        base: "23.2",
        target: "24.1",
        growth: "0.9 cumulative",
        attr: "约束性",
      },
    ]);
    expectOffsets(text, table);
    expect(text.slice(table.start, table.end)).not.toContain("注");
  });
});

describe("annual plan table: estimate base, growth beside base and beside target", () => {
  const text = fixture("annual-two-growth.txt");
  const [table] = findTables(text);
  it("marks the base as an estimate and keeps both growth columns apart", () => {
    expect([table.baseYear, table.targetYear, table.baseEstimate]).toEqual([2023, 2024, true]);
    expectRows(table, [
      { name: "地区生产总值", unit: "亿元", base: "2850", baseGrowth: "6.2", target: "3020", growth: "~6" },
      { name: "规模以上工业增加值", unit: "亿元", baseGrowth: "7.1", growth: "7" },
      {
        name: "一般公共预算收入",
        unit: "亿元",
        base: "180.5",
        baseGrowth: "5.3",
        target: "190",
        growth: "5",
      },
      { name: "居民消费价格指数", unit: "%", base: "100.4", target: "~103" },
    ]);
    expectOffsets(text, table);
  });
});

describe("separated table with a single dated value column, followed by a heading", () => {
  const text = fixture("single-target-column.txt");
  const tables = findTables(text);
  it("reads the rows and stops before the heading split into two cells", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].targetYear).toBe(2024);
    expectRows(tables[0], [
      { name: "地区生产总值增速", unit: "%", target: "~6", attr: "预期性" },
      { name: "城镇调查失业率", unit: "%", target: "<=5.5", attr: "预期性" },
    ]);
    expect(text.slice(tables[0].start, tables[0].end)).not.toContain("第三章");
  });
});

describe("PDF-style text", () => {
  it("single spaces between cells, with qualifiers standing apart from their numbers", () => {
    const text = fixture("single-spaces.txt");
    const [table] = findTables(text);
    expectRows(table, [
      { name: "地区生产总值", unit: "亿元", base: "239.5", target: ">=500", attr: "预期性" },
      { name: "城镇化率", unit: "%", base: "55", target: "~60", attr: "预期性" },
      { name: "新增就业", unit: "万人", base: "1.2", target: ">=1.5", attr: "预期性" },
    ]);
    expectOffsets(text, table);
  });

  it("header words spaced out (指  标, 属  性)", () => {
    const text = fixture("spaced-header.txt");
    const [table] = findTables(text);
    expect([table.baseYear, table.targetYear]).toEqual([2020, 2025]);
    expectRows(table, [
      { name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { name: "城镇化率", unit: "%", base: "55", target: "~60", attr: "预期性" },
    ]);
  });
});

describe("warnings", () => {
  it("notes a tabular line after the rows that does not fit the header", () => {
    const text =
      "指标\t2020年\t2025年\t属性\n地区生产总值(亿元)\t300\t450\t预期性\n税收(亿元)\t20\t30\t预期性\n备注\t详见\t附件说明\n";
    const [table] = findTables(text);
    expect(table.rows.map((r) => r.indicator)).toEqual(["地区生产总值", "税收"]);
    expect(table.problems).toEqual(["line not read as a row: 备注\t详见\t附件说明"]);
  });
});

describe("flattened table read with what its other rows say", () => {
  const text = fixture("flat-prior.txt");
  const [table] = findTables(text);
  it("splits 1020 into base and target because the other rows fill both columns", () => {
    expectRows(table, [
      { cat: "经济发展", name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { cat: "经济发展", name: "税收", unit: "亿元", base: "10", target: "20", attr: "预期性" },
      { cat: "城市建设", name: "绿地率", unit: "%", base: "35", target: "40", attr: "约束性" },
    ]);
  });
  it("splits a known category off the name, and says when it had to guess", () => {
    expect(table.problems).toEqual([
      "category and name run together, split after 4 characters: 城市建设绿地率(%)",
    ]);
  });
});

describe("plan periods in header cells, and rows that start with header words", () => {
  const text = fixture("periods.txt");
  const tables = findTables(text);
  it("dates base and target from “十四五” when the header gives no years", () => {
    expect(tables.map((t) => t.title)).toEqual(["表15 期间写法", "表16 区间年份"]);
    expect([tables[0].baseYear, tables[0].targetYear, tables[0].growthCumulative]).toEqual([
      2020,
      2025,
      undefined,
    ]);
    expectRows(tables[0], [
      { name: "地区生产总值", unit: "亿元", base: "300", target: "450", growth: "8.4", attr: "预期性" },
      { name: "常住人口", unit: "万人", base: "50", target: "55", attr: "预期性" },
    ]);
  });
  it("reads 2021-2025年累计 as a cumulative growth column; a row named 单位… is a row, not a header cell", () => {
    expect([tables[1].baseYear, tables[1].targetYear, tables[1].growthCumulative]).toEqual([
      2020,
      2025,
      true,
    ]);
    expectRows(tables[1], [
      { name: "单位地区生产总值能耗降低", unit: "%", growth: "13.5", attr: "约束性" },
      { name: "森林覆盖率", unit: "%", base: "30", target: "32", growth: "2 cumulative", attr: "约束性" },
    ]);
  });
});

describe("row numbers written (1) and ①", () => {
  const text = fixture("row-number-styles.txt");
  const tables = findTables(text);
  it("reads both tables", () => {
    expect(tables.map((t) => t.title)).toEqual(["表17 括号序号", "表18 圈码序号"]);
    expectRows(tables[0], [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { n: 2, name: "税收", unit: "亿元", base: "10.5", target: "15.2", attr: "预期性" },
    ]);
    expectRows(tables[1], [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "239.5", target: "500" },
      { n: 2, name: "税收", unit: "亿元", base: "10.5", target: "15.2" },
      { n: 3, name: "城镇化率", unit: "%", base: "55", target: "60" },
    ]);
  });
});

describe("two separated tables one blank line apart, rows numbered (1) and ①", () => {
  const text = fixture("adjacent-tables.txt");
  const tables = findTables(text);
  it("ends the first table at the second's header and reads both", () => {
    expect(tables).toHaveLength(2);
    expect(tables[1].title).toBeUndefined();
    expectRows(tables[0], [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "300", target: "450", attr: "预期性" },
      { n: 2, name: "税收", unit: "亿元", base: "20", target: "30", attr: "预期性" },
    ]);
    expectRows(tables[1], [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "300", target: "450" },
      { n: 2, name: "税收", unit: "亿元", base: "20", target: "30" },
    ]);
  });
});

describe("years from the title when the header has none", () => {
  const text = fixture("title-dates.txt");
  const tables = findTables(text);
  it("dates “十四五” tables and annual target tables, not reports on results", () => {
    expect(tables.map((t) => [t.title, t.baseYear, t.targetYear])).toEqual([
      ["“十四五”时期主要指标", 2020, 2025],
      ["2024年主要预期目标", 2023, 2024],
      ["2023年主要指标完成情况", undefined, undefined],
    ]);
  });
  it("uses those years for the growth check when splitting digits", () => {
    expectRows(tables[0], [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "300", target: "450", growth: "8.4", attr: "预期性" },
      { n: 2, name: "税收", unit: "亿元", base: "20", target: "35", growth: "11.8", attr: "预期性" },
    ]);
    expectRows(tables[2], [
      { name: "地区生产总值增速", unit: "%", base: "5.5", target: "6" },
      { name: "城镇新增就业", unit: "万人", base: "1.35", target: "1.2" },
    ]);
  });
});

describe("national-style table flattened: category cells, row numbers with dots that jump, remarks, 〔〕", () => {
  const text = fixture("national-flat.txt");
  const [table] = findTables(text);
  it("reads every row", () => {
    expect(table.problems).toEqual([]);
    expectRows(table, [
      {
        n: 1,
        cat: "经济发展",
        name: "国内生产总值(GDP)增长",
        unit: "%",
        base: "2.3",
        growth: "text:保持在合理区间、各年度视情提出",
        attr: "预期性",
      },
      {
        n: 2,
        cat: "经济发展",
        name: "全员劳动生产率增长",
        unit: "%",
        base: "2.5",
        growth: "text:高于GDP增长",
        attr: "预期性",
      },
      {
        n: 3,
        cat: "经济发展",
        name: "常住人口城镇化率",
        unit: "%",
        base: "60.6",
        target: "65",
        attr: "预期性",
      },
      { n: 4, cat: "创新驱动", name: "全社会研发经费投入增长", unit: "%", growth: ">7", attr: "预期性" },
      {
        n: 5,
        cat: "创新驱动",
        name: "每万人口高价值发明专利拥有量",
        unit: "件",
        base: "6.3",
        target: "12",
        attr: "预期性",
      },
      {
        n: 14,
        cat: "绿色生态",
        name: "单位GDP能源消耗降低",
        unit: "%",
        growth: "13.5 cumulative",
        attr: "约束性",
      },
      {
        n: 15,
        cat: "绿色生态",
        name: "单位GDP二氧化碳排放降低",
        unit: "%",
        growth: "18 cumulative",
        attr: "约束性",
      },
      { n: 16, cat: "绿色生态", name: "森林覆盖率", unit: "%", base: "23.2", target: "24.1", attr: "约束性" },
    ]);
    expectOffsets(text, table);
  });
});
