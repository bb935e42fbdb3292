/**
 * Random tables in random shapes: optional row-number, unit and attribute columns, target before
 * or after base, optional growth column, empty (-) and qualitative cells, written in every layout
 * the reader knows. Separated layouts must read back exactly; run-together ones nearly always.
 */
import fc from "fast-check";
import { findTables } from "../../../src/extract/tables";
import type { TableCell } from "../../../src/extract/tables";

type Layout = "tab" | "pipe" | "blank" | "line" | "flat";
type Role = "number" | "indicator" | "unit" | "base" | "target" | "growth" | "attribute";

const INDICATORS: [string, string][] = [
  ["地区生产总值", "亿元"],
  ["一般公共预算收入", "亿元"],
  ["实际利用外资", "亿美元"],
  ["劳动生产率", "万元/人"],
  ["发明专利拥有量", "件"],
  ["单位地区生产总值能耗", "吨标准煤/万元"],
  ["新增就业", "万人"],
  ["居民人均可支配收入", "元"],
];
const WORDS = ["高于全市平均水平", "完成省下达目标", "与经济增长同步"];
const HEADER: Record<Role, string> = {
  number: "序号",
  indicator: "指标",
  unit: "单位",
  base: "2020年基数",
  target: "2025年目标",
  growth: "年均增长(%)",
  attribute: "属性",
};

/** A cell as written and what reading it must give (null: empty). */
interface Cell {
  written: string;
  value: number | null;
  text?: string;
  qualifier?: string;
  value_max?: number;
  unit?: string;
}

const print = (x: number, d: number): string => {
  const s = x.toFixed(d);
  return d > 0 ? s.replace(/\.?0+$/, "") : s;
};

const rowArb = fc
  .record({
    at: fc.nat({ max: INDICATORS.length - 1 }),
    magnitude: fc.integer({ min: 0, max: 3 }),
    mantissa: fc.double({ min: 1, max: 9.99, noNaN: true }),
    decimals: fc.integer({ min: 0, max: 1 }),
    growth: fc.integer({ min: 10, max: 150 }),
    attribute: fc.constantFrom("预期性", "约束性"),
    // 0: all numbers; 1: base empty; 2: target in words; 3: growth in words; 4: growth empty;
    // 5: target ≥; 6: target 左右; 7: target a range; 8: a share in % with growth in 个百分点
    shape: fc.constantFrom(0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8),
    word: fc.constantFrom(...WORDS),
    share: fc.integer({ min: 20, max: 80 }),
    points: fc.integer({ min: 1, max: 20 }),
  })
  .map((r) => {
    const base = Number(print(r.mantissa * 10 ** r.magnitude, r.decimals));
    const growth = r.growth / 10;
    const target = Number(print(base * (1 + growth / 100) ** 5, r.decimals));
    const num = (v: number): Cell => ({ written: String(v), value: v });
    const words = (t: string): Cell => ({ written: t, value: null, text: t });
    const empty: Cell = { written: "-", value: null };
    if (r.shape === 8) {
      // 城镇化率 55 → 60: 1 个百分点 a year.
      const change = r.points / 10;
      const share = (v: number): Cell => ({ written: print(v, 1), value: Number(print(v, 1)) });
      return {
        name: "常住人口城镇化率",
        unit: "%",
        attribute: r.attribute,
        base: share(r.share),
        target: share(r.share + 5 * change),
        growth: { written: `${change}个百分点`, value: change, unit: "个百分点" },
      };
    }
    const targetCell: Cell =
      r.shape === 2
        ? words(r.word)
        : r.shape === 5
          ? { written: `≥${target}`, value: target, qualifier: ">=" }
          : r.shape === 6
            ? { written: `${target}左右`, value: target, qualifier: "~" }
            : r.shape === 7
              ? {
                  written: `${target}~${Math.ceil(target * 1.1) + 1}`,
                  value: target,
                  value_max: Math.ceil(target * 1.1) + 1,
                }
              : num(target);
    return {
      name: INDICATORS[r.at][0],
      unit: INDICATORS[r.at][1],
      attribute: r.attribute,
      base: r.shape === 1 ? empty : num(base),
      target: targetCell,
      growth: r.shape === 3 ? words(r.word) : r.shape === 4 ? empty : num(growth),
    };
  });

const tableArb = fc.record({
  rows: fc.array(rowArb, { minLength: 3, maxLength: 8 }),
  numbered: fc.boolean(),
  unitColumn: fc.boolean(),
  attribute: fc.boolean(),
  growth: fc.boolean(),
  targetFirst: fc.boolean(),
  categories: fc.boolean(),
});

const CATEGORIES = ["一、经济发展", "二、创新驱动", "三、民生福祉"];
/** With categories, rows come in groups of three under 一、… 二、… 三、…. */
const categoryLineAt = (t: Table, i: number): string | undefined =>
  t.categories ? CATEGORIES[Math.floor(i / 3)] : undefined;
/** The category a row must get: the line's words without their numeral. */
const categoryAt = (t: Table, i: number): string | undefined => categoryLineAt(t, i)?.slice(2);

type Table = ReturnType<typeof tableArb.generate>["value"];

function columns(t: Table): Role[] {
  const values: Role[] = t.targetFirst ? ["target", "base"] : ["base", "target"];
  if (t.growth) values.push("growth");
  return [
    ...(t.numbered ? (["number"] as Role[]) : []),
    "indicator",
    ...(t.unitColumn ? (["unit"] as Role[]) : []),
    ...values,
    ...(t.attribute ? (["attribute"] as Role[]) : []),
  ];
}

function write(t: Table, layout: Layout): string {
  const cols = columns(t);
  const cellsOf = (r: Table["rows"][number], i: number): string[] =>
    cols.map((c) => {
      if (c === "number") return String(i + 1);
      if (c === "indicator") return t.unitColumn ? r.name : `${r.name}(${r.unit})`;
      if (c === "unit") return r.unit;
      if (c === "attribute") return r.attribute;
      return r[c].written;
    });
  const header = cols.map((c) => HEADER[c]);
  const rows = t.rows.map(cellsOf);
  // A category line before each group: alone on its line (or as the run-together text).
  const withCategories = (lines: string[], asLine: (category: string) => string): string[] =>
    lines.flatMap((l, i) => (t.categories && i % 3 === 0 ? [asLine(categoryLineAt(t, i)!), l] : [l]));
  const join: Record<Exclude<Layout, "flat">, (cells: string[]) => string> = {
    tab: (c) => c.join("\t"),
    pipe: (c) => `| ${c.join(" | ")} |`,
    blank: (c) => c.join(" "),
    line: (c) => c.join("\n"),
  };
  if (layout === "flat") {
    const body = withCategories(
      rows.map((c) => c.join("")),
      (c) => c,
    ).join("");
    return `表 主要指标\n${header.join("")}${body}\n`;
  }
  const rule = layout === "pipe" ? `\n|${cols.map(() => "---").join("|")}|` : "";
  const categoryLine = (c: string) => (layout === "pipe" ? `| ${c} |` : c);
  const body = withCategories(rows.map(join[layout]), categoryLine).join("\n");
  return `表 主要指标\n${join[layout](header)}${rule}\n${body}\n\n下一段正文。\n`;
}

/** Number of rows read back exactly (same cells in the same columns). */
function exactRows(t: Table, text: string): number {
  const [table] = findTables(text);
  if (!table) return 0;
  const same = (got: TableCell | undefined, want: Cell | undefined): boolean => {
    if (!want || (want.value === null && want.text === undefined)) return got === undefined;
    return (
      !!got &&
      got.value === want.value &&
      got.text === want.text &&
      got.qualifier === (want.qualifier ?? "=") &&
      got.value_max === want.value_max &&
      got.unit === want.unit
    );
  };
  return t.rows.filter((r, i) => {
    const got = table.rows[i];
    return (
      got &&
      got.indicator === r.name &&
      got.category === categoryAt(t, i) &&
      got.unit === r.unit &&
      same(got.base, r.base) &&
      same(got.target, r.target) &&
      same(got.growth, t.growth ? r.growth : undefined) &&
      got.attribute === (t.attribute ? r.attribute : undefined)
    );
  }).length;
}

const samples = fc.sample(tableArb, { numRuns: 200, seed: 424242 });

describe("random tables in every layout", () => {
  it.each(["tab", "pipe", "blank", "line"] as const)("%s: every row exact", (layout) => {
    for (const t of samples)
      expect([write(t, layout), exactRows(t, write(t, layout))]).toEqual([write(t, layout), t.rows.length]);
  });

  it("run together (rows need row numbers or attributes to end): at least 98% of rows exact", () => {
    const readable = samples.filter((t) => t.numbered || t.attribute);
    const total = readable.reduce((n, t) => n + t.rows.length, 0);
    const ok = readable.reduce((n, t) => n + exactRows(t, write(t, "flat")), 0);
    expect(ok / total).toBeGreaterThanOrEqual(0.98);
  });
});
