/**
 * Prose reading takes time linear in the text, also for one huge sentence without full stops, and
 * never turns a run of digits into Infinity. Speed bars live in `npm run bench`; here two sizes are
 * compared with generous slack, so that only a quadratic path fails.
 */
import { extractDocument } from "../../../src/extract";
import { parseProse } from "../../../src/extract/prose";

const HEAD = "某县国民经济和社会发展第十四个五年规划纲要\n第二章 发展目标\n";
const CLAUSE = "地区生产总值增长5%左右，2025年达到100亿元，新建公园12个，按照1平方公里配置1座，“十五五”时期";

function sentenceOf(bytes: number): string {
  // one sentence: clauses joined by commas, no full stop, no line break (3 bytes per character)
  return CLAUSE.repeat(Math.ceil(bytes / 3 / CLAUSE.length)).slice(0, Math.floor(bytes / 3));
}

async function msFor(text: string): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    // CPU time of this process: other test files running beside it do not count
    const c0 = process.cpuUsage();
    await extractDocument({ name: "long.txt", text });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

describe("linear time", () => {
  it("reads a 1 MB sentence without stops in time linear in its size", async () => {
    const quarter = HEAD + sentenceOf(256 * 1024);
    const full = HEAD + sentenceOf(1024 * 1024);
    await msFor(quarter); // warm-up
    const [a, b] = [await msFor(quarter), await msFor(full)];
    // four times the text: linear takes ×4, a quadratic path ×16. Slack for a busy machine.
    expect(b / Math.max(a, 1)).toBeLessThan(8);
    expect(b).toBeLessThan(20_000);
  }, 120_000);

  it("reads many lines without numbers in time linear in their number", async () => {
    const doc = (lines: number) => HEAD + "推进高质量发展。\n".repeat(lines) + "地区生产总值增长5%。";
    await msFor(doc(20_000)); // warm-up
    const [a, b] = [await msFor(doc(20_000)), await msFor(doc(80_000))];
    expect(b / Math.max(a, 1)).toBeLessThan(8);
    const { records } = await extractDocument({ name: "lines.txt", text: doc(1000) });
    expect(records.map((r) => r.value)).toEqual([5]);
  }, 120_000);

  it("reads the same sentence the same way in a long run without stops", async () => {
    const one = await extractDocument({ name: "a.txt", text: HEAD + CLAUSE + "。" });
    const many = await extractDocument({ name: "b.txt", text: HEAD + sentenceOf(300_000) });
    const key = (r: { indicator: string; value: number | null; unit: string }) =>
      `${r.indicator}|${r.value}|${r.unit}`;
    for (const r of one.records) expect(many.records.map(key)).toContain(key(r));
    for (const r of many.records) expect(r.quote.length).toBeLessThanOrEqual(400);
  }, 60_000);

  it("skips a number of 309 or more digits with a warning, never Infinity", async () => {
    const digits = "9".repeat(400);
    const { records, warnings } = await extractDocument({
      name: "big.txt",
      text: `${HEAD}地区生产总值达到${digits}亿元，粮食产量达到300万吨。`,
    });
    expect(records.every((r) => r.value === null || Number.isFinite(r.value))).toBe(true);
    expect(records.map((r) => r.value)).toEqual([300]);
    expect(warnings.some((w) => /309/.test(w))).toBe(true);
  });

  it("reads 308 digits as a (finite) number", () => {
    const warnings: string[] = [];
    const out = parseProse(`粮食产量达到${"1".repeat(308)}万吨。`, {
      reviewSpan: 1,
      skip: [],
      periodEnd: 2026,
      warnings,
    });
    expect(out).toHaveLength(1);
    expect(Number.isFinite(out[0].value)).toBe(true);
    expect(warnings).toEqual([]);
  });
});
