/**
 * Tab-separated rows keep the place of an empty cell (two tabs in a row, a tab ending the row), and a
 * CRLF file reads like an LF one. Tables written for these tests.
 */
import { extractDocument } from "../../../src/extract";
import { normalise } from "../../../src/extract/normalise";
import { findTables } from "../../../src/extract/tables";
import { expectRows } from "./helpers";

const HEADER = [
  "表2 主要指标",
  "指标\t2020年基数\t2025年目标\t年均增长(%)",
  "地区生产总值(亿元)\t300\t450\t8.4",
];

describe("empty cells in a tab-separated table", () => {
  it("a tab ending the row leaves the last column empty", () => {
    const [table] = findTables([...HEADER, "常住人口(万人)\t50\t55\t"].join("\n") + "\n");
    expectRows(table, [
      { name: "地区生产总值", unit: "亿元", base: "300", target: "450", growth: "8.4" },
      { name: "常住人口", unit: "万人", base: "50", target: "55" },
    ]);
  });

  it("two tabs in a row leave the column between them empty", () => {
    const [table] = findTables([...HEADER, "常住人口(万人)\t\t55\t1.9"].join("\n") + "\n");
    expectRows(table, [
      { name: "地区生产总值", unit: "亿元", base: "300", target: "450", growth: "8.4" },
      { name: "常住人口", unit: "万人", target: "55", growth: "1.9" },
    ]);
  });
});

describe("CRLF line ends", () => {
  const lines = [...HEADER, "常住人口(万人)\t50\t55\t"];

  it("read the same table as LF, with offsets into the CRLF original", async () => {
    const crlf = "某县“十四五”规划纲要\r\n" + lines.join("\r\n") + "\r\n";
    const lf = crlf.replace(/\r/g, "");
    const norm = await normalise(crlf);
    expect(norm.text.length).toBe(crlf.length);
    const [a] = findTables(norm.text);
    const [b] = findTables(lf);
    expect(a.rows.map((r) => [r.indicator, r.base?.value, r.target?.value, r.growth?.value])).toEqual(
      b.rows.map((r) => [r.indicator, r.base?.value, r.target?.value, r.growth?.value]),
    );
    expect(a.growthUnit).toBe("%");
    const { records } = await extractDocument({ name: "crlf.txt", text: crlf });
    const growth = records.find((r) => r.measure === "growth");
    expect(growth).toMatchObject({ value: 8.4, unit: "%", kind: "target", year: 2025 });
    expect(crlf.slice(growth!.start, growth!.end)).toBe("地区生产总值(亿元)\t300\t450\t8.4");
  });
});
