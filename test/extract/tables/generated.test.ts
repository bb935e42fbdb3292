/**
 * Tables generated at random (values consistent with growth = (target/base)^(1/5) − 1, rounded as
 * tables print them) are written run together and separated, then read back. Run-together digits
 * are ambiguous in rare cases, so the flattened form has a recovery bar; separated forms must be exact.
 */
import fc from "fast-check";
import { findTables } from "../../../src/extract/tables";

const NAMES = [
  "地区生产总值(亿元)",
  "税收收入(亿元)",
  "进出口总额(亿美元)",
  "劳动生产率(万元/人)",
  "发明专利拥有量(件)",
  "社会消费品零售总额(亿元)",
  "城镇新增就业(万人)",
  "旅游收入(亿元)",
  // Names that start with header words (单位, 实际, 完成, 项目, 计划) must stay row names.
  "单位地区生产总值能耗(吨标准煤/万元)",
  "实际利用外资(亿美元)",
  "完成固定资产投资(亿元)",
  "项目投资(亿元)",
  "计划新增床位(张)",
];

interface Row {
  name: string;
  base: number;
  target: number;
  growth: number;
}

/** Prints a number as a table does: at most `d` decimals, no trailing zeros. */
const print = (x: number, d: number): string => {
  const s = x.toFixed(d);
  return d > 0 ? s.replace(/\.?0+$/, "") : s;
};

const rowArb = fc
  .record({
    nameAt: fc.nat({ max: NAMES.length - 1 }),
    magnitude: fc.integer({ min: 0, max: 3 }),
    mantissa: fc.double({ min: 1, max: 9.99, noNaN: true }),
    baseDecimals: fc.integer({ min: 0, max: 2 }),
    growth: fc.double({ min: 1, max: 20, noNaN: true }),
    growthDecimals: fc.integer({ min: 0, max: 1 }),
    targetDecimals: fc.integer({ min: 0, max: 1 }),
  })
  .map((r): Row => {
    const base = Number(print(r.mantissa * 10 ** r.magnitude, r.baseDecimals));
    const growth = Number(print(r.growth, r.growthDecimals));
    const target = Number(print(base * (1 + growth / 100) ** 5, r.targetDecimals));
    return { name: NAMES[r.nameAt], base, target, growth };
  })
  .filter((r) => r.base > 0 && r.target > r.base);

const tableArb = fc.array(rowArb, { minLength: 2, maxLength: 12 });
const samples = fc.sample(tableArb, { numRuns: 150, seed: 20260101 });

function recovered(text: string, rows: Row[]): number {
  const [table] = findTables(text);
  if (!table) return 0;
  return rows.filter((r, i) => {
    const got = table.rows[i];
    return (
      got && got.base?.value === r.base && got.target?.value === r.target && got.growth?.value === r.growth
    );
  }).length;
}

describe("generated tables read back", () => {
  const total = samples.reduce((n, rows) => n + rows.length, 0);

  it("flattened with row numbers and attributes: at least 98% of rows exact", () => {
    let ok = 0;
    for (const rows of samples) {
      const body = rows.map((r, i) => `${i + 1}${r.name}${r.base}${r.target}${r.growth}预期性`).join("");
      ok += recovered(`指标2020年基数2025年目标年均增长(%)属性${body}`, rows);
    }
    expect(ok / total).toBeGreaterThanOrEqual(0.98);
  });

  it("flattened without attributes (row numbers end the digits): at least 97% of rows exact", () => {
    let ok = 0;
    for (const rows of samples) {
      const body = rows.map((r, i) => `${i + 1}${r.name}${r.base}${r.target}${r.growth}`).join("");
      ok += recovered(`指标2020年基数2025年目标年均增长(%)${body}`, rows);
    }
    expect(ok / total).toBeGreaterThanOrEqual(0.97);
  });

  it("tab-separated, target before base: every row exact", () => {
    for (const rows of samples) {
      const body = rows
        .map((r, i) => `${i + 1}\t${r.name}\t${r.target}\t${r.base}\t${r.growth}\t约束性`)
        .join("\n");
      expect(recovered(`序号\t指标\t2025年目标\t2020年基数\t年均增长(%)\t属性\n${body}\n`, rows)).toBe(
        rows.length,
      );
    }
  });

  it("one cell per line: every row exact", () => {
    for (const rows of samples) {
      const body = rows.map((r) => [r.name, r.base, r.target, r.growth, "预期性"].join("\n")).join("\n");
      expect(recovered(`指标\n2020年基数\n2025年目标\n年均增长(%)\n属性\n${body}\n`, rows)).toBe(rows.length);
    }
  });
});
