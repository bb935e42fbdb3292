/** HTML tables read in place: rowspan, colspan, a two-row header, entities and tags inside cells. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { tableCandidates } from "../../../src/extract/tableRecords";
import { findTables } from "../../../src/extract/tables";
import { expectRows } from "./helpers";

const html = readFileSync(path.join(__dirname, "documents/county-html.txt"), "utf8");

describe("HTML tables", () => {
  const tables = findTables(html);

  it("reads the rows of a table with a two-row header, rowspan and colspan", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ baseYear: 2025, targetYear: 2030 });
    expectRows(tables[0], [
      {
        n: 1,
        cat: "经济发展",
        name: "地区生产总值",
        unit: "亿元",
        base: "312.5",
        target: ">420",
        growth: "~6",
        attr: "预期性",
      },
      {
        n: 2,
        cat: "经济发展",
        name: "全员劳动生产率",
        unit: "万元/人",
        base: "12.1",
        target: "16",
        growth: "5.7",
        attr: "预期性",
      },
      {
        n: 3,
        cat: "民生福祉",
        name: "城镇调查失业率",
        unit: "%",
        base: "5.2",
        target: "<5.5",
        attr: "预期性",
      },
      {
        n: 4,
        cat: "民生福祉",
        name: "居民人均可支配收入",
        unit: "元",
        base: "32150",
        target: "text:与经济增长同步",
        attr: "预期性",
      },
    ]);
  });

  it("points every row and cell at the markup", () => {
    for (const r of tables[0].rows) {
      expect(html.slice(r.start, r.end).startsWith(r.indicator)).toBe(true);
      const target = r.target!;
      expect(html.slice(target.start, target.end)).toMatch(/^(&gt;|&lt;)?[\d.]+|与经济增长同步/);
    }
  });

  it("dates the records from the merged header", () => {
    const brief = tableCandidates(tables[0]).map(
      (c) => `${c.indicator} ${c.kind} ${c.year} ${c.value ?? c.text}`,
    );
    expect(brief).toContain("地区生产总值 actual 2025 312.5");
    expect(brief).toContain("地区生产总值 target 2030 420");
    expect(brief).toContain("居民人均可支配收入 target 2030 与经济增长同步");
  });

  it("reads an upper-case table without closing tags", () => {
    const text =
      "<TABLE><TR><TD>指标<TD>2020年基数<TD>2025年目标<TD>属性" +
      "<TR><TD>地区生产总值(亿元)<TD>239.5<TD>500<TD>预期性" +
      "<TR><TD>研发经费投入强度(%)<TD>1.8<TD>2.5<TD>预期性</TABLE>";
    expectRows(findTables(text)[0], [
      { name: "地区生产总值", unit: "亿元", base: "239.5", target: "500", attr: "预期性" },
      { name: "研发经费投入强度", unit: "%", base: "1.8", target: "2.5", attr: "预期性" },
    ]);
  });

  it("spreads a year over the columns it spans (colspan) and dates each column from it", () => {
    const text =
      '<table><tr><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">2025年</th><th>2026年</th></tr>' +
      "<tr><th>目标</th><th>预计</th><th>目标</th></tr>" +
      "<tr><td>地区生产总值增长</td><td>%</td><td>6</td><td>5.6</td><td>5.5左右</td></tr>" +
      "<tr><td>一般公共预算收入</td><td>亿元</td><td>186</td><td>183.4</td><td>192</td></tr></table>";
    const got = findTables(text).flatMap((t) =>
      tableCandidates(t).map((c) => `${c.indicator} ${c.kind} ${c.year} ${c.value}`),
    );
    expect(got).toEqual([
      "地区生产总值增长 estimate 2025 5.6",
      "地区生产总值增长 target 2026 5.5",
      "地区生产总值增长 target 2025 6",
      "一般公共预算收入 estimate 2025 183.4",
      "一般公共预算收入 target 2026 192",
      "一般公共预算收入 target 2025 186",
    ]);
  });
});
