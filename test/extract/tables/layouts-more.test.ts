/**
 * Layouts of PDF text layers and hand-made tables: a header on two lines (words under years), names
 * wrapped onto the next line (before or after the values), row numbers run into names.
 */
import { findTables } from "../../../src/extract/tables";
import { expectOffsets, expectRows } from "./helpers";

describe("two-line headers", () => {
  it("reads a PDF text layer whose header puts 基期值 / 目标值 / (%) under the years", () => {
    const text = [
      "表1  “十五五”时期经济社会发展主要指标",
      "序号   指标名称                    单位        2025年     2030年     年均增长    属性",
      "                                               基期值     目标值     (%)",
      "1      地区生产总值                亿元        312.5      >420       6左右       预期性",
      "2      城镇居民人均可支配收入      元          45210      60500      6           预期性",
      "3      单位地区生产总值能耗降低    %           —          〔13.5〕   —           约束性",
      "",
    ].join("\n");
    const [t] = findTables(text);
    expect(t).toMatchObject({ baseYear: 2025, targetYear: 2030, growthUnit: "%" });
    expect(t.targetFromYearOnly).toBeUndefined();
    expectRows(t, [
      {
        n: 1,
        name: "地区生产总值",
        unit: "亿元",
        base: "312.5",
        target: ">420",
        growth: "~6",
        attr: "预期性",
      },
      {
        n: 2,
        name: "城镇居民人均可支配收入",
        unit: "元",
        base: "45210",
        target: "60500",
        growth: "6",
        attr: "预期性",
      },
      { n: 3, name: "单位地区生产总值能耗降低", unit: "%", target: "13.5 cumulative", attr: "约束性" },
    ]);
    expectOffsets(text, t);
  });

  it("reads a tab header whose second line dates the columns (2025年 / 2026年 over 目标 and 预计)", () => {
    const text =
      "指标\t单位\t2025年\t2025年\t2026年\n\t\t目标\t预计\t目标\n" +
      "地区生产总值增长\t%\t6\t5.5\t5左右\n一般公共预算收入\t亿元\t320\t315.2\t330\n";
    const [t] = findTables(text);
    expect(t).toMatchObject({ baseYear: 2025, targetYear: 2026, baseEstimate: true });
    expect(t.rows.map((r) => [r.indicator, r.base?.value, r.target?.value, r.dated?.[0].cell.value])).toEqual(
      [
        ["地区生产总值增长", 5.5, 5, 6],
        ["一般公共预算收入", 315.2, 330, 320],
      ],
    );
  });
});

describe("wrapped names", () => {
  it("joins a unit or a name's tail on the line under its row", () => {
    const text = [
      "表2 主要指标",
      "序号  指标                      2020年    2025年    属性",
      "1     规模以上工业增加值        135.6     >300      预期性",
      "      (亿元)",
      "2     单位地区生产总值二氧化碳   —         〔18〕     约束性",
      "      排放降低(%)",
      "3     常住人口城镇化率(%)       89        95        预期性",
      "",
    ].join("\n");
    expectRows(findTables(text)[0], [
      { n: 1, name: "规模以上工业增加值", unit: "亿元", base: "135.6", target: ">300", attr: "预期性" },
      { n: 2, name: "单位地区生产总值二氧化碳排放降低", unit: "%", target: "18 cumulative", attr: "约束性" },
      { n: 3, name: "常住人口城镇化率", unit: "%", base: "89", target: "95", attr: "预期性" },
    ]);
  });

  it("joins a name begun on the line before its values", () => {
    const text = [
      "序号  指标                      2020年    2025年    属性",
      "1     地区生产总值(亿元)        239.5     500       预期性",
      "2     单位地区生产总值二氧化碳",
      "      排放降低(%)               —         〔18〕     约束性",
      "3     森林覆盖率(%)             30.1      31        约束性",
      "",
    ].join("\n");
    expectRows(findTables(text)[0], [
      { n: 1, name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { n: 2, name: "单位地区生产总值二氧化碳排放降低", unit: "%", target: "18 cumulative", attr: "约束性" },
      { n: 3, name: "森林覆盖率", unit: "%", base: "30.1", target: "31", attr: "约束性" },
    ]);
  });
});

describe("row numbers run into names", () => {
  it("takes off numbers that count up over the rows (7PM2.5…)", () => {
    const text =
      "指标\t2020年\t2025年\t属性\n6实际利用外资(亿美元)\t4.37\t5.34\t预期性\n" +
      "7PM2.5年均浓度(微克/立方米)\t42\t35\t约束性\n8森林覆盖率(%)\t30.1\t31\t约束性\n";
    const [t] = findTables(text);
    expect(t.rows.map((r) => [r.rowNumber, r.indicator])).toEqual([
      [6, "实际利用外资"],
      [7, "PM2.5年均浓度"],
      [8, "森林覆盖率"],
    ]);
    expectOffsets(text, t);
  });

  it("leaves a digit that belongs to the name (5G基站数)", () => {
    const text =
      "指标\t2020年\t2025年\t属性\n5G基站数(个)\t120\t2000\t预期性\n地区生产总值(亿元)\t239.5\t500\t预期性\n";
    expect(findTables(text)[0].rows.map((r) => r.indicator)).toEqual(["5G基站数", "地区生产总值"]);
  });
});

describe("merged category cells printed in the middle of their rows (PDF text)", () => {
  it("gives each row the category written nearest to it", () => {
    const text = [
      "类别       序号   指标                      单位   2025年   2030年     属性",
      "           1      地区生产总值              亿元   312.5    420        预期性",
      "           2      一般公共预算收入          亿元   20.1     26         预期性",
      "经济发展",
      "           3      城镇调查失业率            %      5.2      5.5        预期性",
      "           4      研发经费投入强度          %      2.1      2.8        预期性",
      "           5      森林覆盖率                %      61.2     62         约束性",
      "绿色生态   6      单位地区生产总值能耗降低  %      —        〔13.5〕   约束性",
      "           7      粮食产量                  万吨   50       52         约束性",
      "",
    ].join("\n");
    expect(findTables(text)[0].rows.map((r) => [r.rowNumber, r.category])).toEqual([
      [1, "经济发展"],
      [2, "经济发展"],
      [3, "经济发展"],
      [4, "经济发展"],
      [5, "绿色生态"],
      [6, "绿色生态"],
      [7, "绿色生态"],
    ]);
  });

  it("leaves categories that head their groups as they are", () => {
    const text =
      "类别\t指标\t2025年\t2030年\n经济发展\t地区生产总值(亿元)\t312.5\t420\n\t一般公共预算收入(亿元)\t20.1\t26\n民生福祉\t人均预期寿命(岁)\t78.6\t79.5\n";
    expect(findTables(text)[0].rows.map((r) => r.category)).toEqual(["经济发展", "经济发展", "民生福祉"]);
  });
});

describe("new layouts stay linear", () => {
  const cpu = (s: string): number => {
    const t0 = process.cpuUsage();
    findTables(s);
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  const ratio = (make: (n: number) => string): number => {
    cpu(make(25));
    const small = Math.max(1, Math.min(cpu(make(25)), cpu(make(25))));
    const large = Math.min(cpu(make(400)), cpu(make(400)));
    return large / small;
  };

  it("one cell per line and HTML: 16x the rows take at most ~16x the time (with slack for load)", () => {
    const lines = (n: number) =>
      "指标\n单位\n2025年\n2030年\n属性\n" +
      Array.from({ length: n }, (_, i) => `地区生产总值${i}\n亿元\n${100 + i}\n${200 + i}\n预期性\n`).join(
        "",
      );
    const html = (n: number) =>
      "<table><tr><td>指标</td><td>2025年</td><td>2030年</td></tr>" +
      Array.from(
        { length: n },
        (_, i) => `<tr><td>地区生产总值${i}(亿元)</td><td>${i}</td><td>${i + 1}</td></tr>`,
      ).join("") +
      "</table>";
    expect(ratio(lines)).toBeLessThan(16 * 4);
    expect(ratio(html)).toBeLessThan(16 * 4);
    expect(findTables(lines(300))[0].rows).toHaveLength(300);
    expect(findTables(html(300))[0].rows).toHaveLength(300);
  });

  it("a one-line document full of header words stays linear", () => {
    const make = (n: number) => "主要指标单位增长&nbsp;目标".repeat(n * 10);
    expect(ratio(make)).toBeLessThan(16 * 4);
  });
});
