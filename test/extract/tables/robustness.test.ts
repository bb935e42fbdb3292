/**
 * The reader never throws, stays linear, and finds no tables in prose: random text, mutated
 * tables (fast-check), the seeds' prose, and sentences that use header words.
 */
import fc from "fast-check";
import { readFileSync, readdirSync } from "fs";
import { resolve } from "path";
import { findTables } from "../../../src/extract/tables";
import type { ParsedTable } from "../../../src/extract/tables";

const ROOT = resolve(__dirname, "../../..");
const seeds = readdirSync(resolve(ROOT, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ name: f, text: readFileSync(resolve(ROOT, "seeds", f), "utf8") }));
const seed002 = seeds.find((s) => s.name.startsWith("002"))!.text;
const tableLine = seed002.split("\n").find((l) => l.includes("指标2020年基数"))!;

/** CPU milliseconds spent reading `s` (CPU time, so that other processes on the machine do not count). */
function cpuTime(s: string): number {
  const t0 = process.cpuUsage();
  findTables(s);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** Offsets are inside the text and ordered; every row has a name and a value. */
function expectWellFormed(text: string, tables: ParsedTable[]): void {
  for (const t of tables) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.start).toBeLessThanOrEqual(t.end);
    for (const r of t.rows) {
      expect(r.start).toBeGreaterThanOrEqual(t.start);
      expect(r.end).toBeLessThanOrEqual(t.end);
      expect(r.indicator.length).toBeGreaterThan(0);
      expect(r.base || r.target || r.growth).toBeTruthy();
      for (const c of [r.base, r.target, r.growth]) {
        if (c && c.value !== null) expect(Number.isFinite(c.value)).toBe(true);
      }
    }
  }
}

/** Pieces tables are made of, so random strings often look almost like a table. */
const PIECES = [
  "指标",
  "2020年基数",
  "2025年目标",
  "年均增长(%)",
  "属性",
  "预期性",
  "约束性",
  "一、结构优化",
  "地区生产总值(亿元)",
  "(万元/人·年)",
  "高于全市平均水平",
  "完成市定目标",
  "左右",
  "以上",
  "个百分点",
  "≥",
  ">",
  "<",
  "-",
  "—",
  "~",
  "%",
  ".",
  "(",
  ")",
  "|",
  "\t",
  "  ",
  "\n",
  "0",
  "1",
  "2",
  "45.272.810",
  "89951.2",
  "序号",
  "单位",
  "。",
];

describe("robustness", () => {
  it("never throws and stays well-formed on strings built from table pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), (parts) => {
        const text = parts.join("");
        expectWellFormed(text, findTables(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        expectWellFormed(text, findTables(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on seed 002's table with characters deleted, inserted or replaced", () => {
    const edit = fc.record({
      at: fc.nat({ max: tableLine.length - 1 }),
      del: fc.nat({ max: 4 }),
      ins: fc.constantFrom("", "-", "1", ".", "预期性", "二、", "\n", "(", "≥", "12"),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = tableLine;
        for (const e of edits) text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
        expectWellFormed(text, findTables(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("handles non-string input without throwing", () => {
    expect(findTables(undefined as unknown as string)).toEqual([]);
    expect(findTables(null as unknown as string)).toEqual([]);
    expect(findTables("")).toEqual([]);
  });

  it("stays linear: a 20x larger table-dense input takes at most ~20x longer (with slack for load)", () => {
    const small = (tableLine + "\n\n").repeat(20);
    const large = (tableLine + "\n\n").repeat(400);
    const time = cpuTime;
    time(small);
    const ts = Math.max(1, Math.min(time(small), time(small), time(small)));
    const tl = Math.min(time(large), time(large), time(large));
    expect(tl).toBeLessThan(ts * 20 * 5);
    expect(findTables(large)).toHaveLength(400);
  });

  it("stays linear on a document flattened to one line", () => {
    const line = seed002.replace(/\n/g, "");
    const small = line.repeat(2);
    const large = line.repeat(40);
    const time = cpuTime;
    time(small);
    const ts = Math.max(1, Math.min(time(small), time(small), time(small)));
    const tl = Math.min(time(large), time(large), time(large));
    expect(tl).toBeLessThan(ts * 20 * 5);
    expect(findTables(large)).toHaveLength(40);
  });

  it("rejects pathological digit runs quickly", () => {
    const text =
      "指标2020年基数2025年目标年均增长(%)属性1地区生产总值(亿元)" + "1234567890".repeat(500) + "预期性";
    const t0 = performance.now();
    expectWellFormed(text, findTables(text));
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("no tables in prose", () => {
  it.each(seeds.filter((s) => !s.name.startsWith("002")).map((s) => [s.name, s.text]))(
    "seed %s has no indicator table",
    (_name, text) => {
      expect(findTables(text)).toEqual([]);
    },
  );

  it("seed 002 has only its 表2", () => {
    expect(findTables(seed002)).toHaveLength(1);
  });

  it("finds the same table when the document is flattened to one line, and nothing in other seeds", () => {
    const tables = findTables(seed002.replace(/\n/g, ""));
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.indicator)).toEqual(
      findTables(seed002)[0].rows.map((r) => r.indicator),
    );
    for (const s of seeds.filter((x) => !x.name.startsWith("002"))) {
      expect(findTables(s.text.replace(/\n/g, ""))).toEqual([]);
    }
  });

  it.each([
    "各项指标完成目标增长8%以上，地区生产总值增长7.4%。",
    "指标完成目标增长8%以上\n地区生产总值增长7.4%\n",
    "指标 基数 目标\n今年全市经济运行总体平稳，地区生产总值增长7.4%，完成年度目标。\n",
    "序号1 项目名称 年均增长12%\n",
    "指标\n目标\n1\n2\n3\n",
    "| 指标 | 目标 |\n|---|---|\n| 说明 | 见附件 |\n",
  ])("prose or near-tables without rows: %s", (text) => {
    expect(findTables(text)).toEqual([]);
  });
});

describe("headers that need separated cells", () => {
  it("a run-together header with one value column is prose", () => {
    expect(findTables("指标2024年目标地区生产总值增长6%左右城镇调查失业率5.5%以内\n")).toEqual([]);
  });
});

describe("where tables end", () => {
  it("the last row of a table without attributes stops before the text that follows on its line", () => {
    const text =
      "指标2020年2025年年均增长(%)1地区生产总值(亿元)239.550015.92税收收入(亿元)10.515.27.7    第五节 战略重点推动发展";
    const [table] = findTables(text);
    expect(table.rows.map((r) => [r.indicator, r.base?.value, r.target?.value, r.growth?.value])).toEqual([
      ["地区生产总值", 239.5, 500, 15.9],
      ["税收收入", 10.5, 15.2, 7.7],
    ]);
    expect(text.slice(table.end)).toContain("第五节");
    expect(text.slice(table.start, table.end)).not.toContain("第五节");
  });
});

describe("no super-linear patterns", () => {
  it("long runs of blanks, stars and pipes around headers and cells stay fast", () => {
    const pad = " ".repeat(20000);
    const text = `表1${pad}x\n指标\t2020年\t2025年\n地区生产总值(亿元)\t1${"*".repeat(300)}x\t2\n税收\t1\t2${"|".repeat(5000)}y\n`;
    const t0 = process.cpuUsage();
    findTables(text);
    const t = process.cpuUsage(t0);
    expect((t.user + t.system) / 1000).toBeLessThan(200);
  });
});
