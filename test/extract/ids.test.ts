/**
 * Record ids key users' corrections: they must not move when a value is fixed or text is inserted,
 * and must stay unique when one indicator is stated several times.
 */
import { extractDocument } from "../../src/extract";

const HEAD = "某县国民经济和社会发展第十四个五年规划纲要\n第二章 发展目标\n";
const BODY = [
  "到2025年,地区生产总值达到500亿元,年均增长8%。",
  "一般公共预算收入达到30亿元。",
  "常住人口城镇化率达到65%。",
];

async function extract(lines: string[]) {
  const { records } = await extractDocument({ name: "plan.txt", text: HEAD + lines.join("\n") + "\n" });
  return records;
}

const idsBy = (records: Awaited<ReturnType<typeof extract>>) =>
  new Map(records.map((r) => [`${r.indicator}|${r.measure}|${r.year}`, r.id]));

describe("record ids", () => {
  it("are the same on every run and unique", async () => {
    const a = await extract(BODY);
    const b = await extract(BODY);
    expect(a.length).toBeGreaterThanOrEqual(4);
    expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
    expect(new Set(a.map((r) => r.id)).size).toBe(a.length);
  });

  it("survive a changed value", async () => {
    const before = await extract(BODY);
    const after = await extract([BODY[0].replace("500", "520"), BODY[1].replace("30", "31.5"), BODY[2]]);
    expect(after.find((r) => r.value === 520)?.id).toBe(before.find((r) => r.value === 500)?.id);
    expect(after.find((r) => r.value === 31.5)?.id).toBe(before.find((r) => r.value === 30)?.id);
    expect(idsBy(after)).toEqual(idsBy(before));
  });

  it("survive an unrelated sentence inserted before them", async () => {
    const before = await extract(BODY);
    const after = await extract(["坚持以人民为中心的发展思想,推动高质量发展。", ...BODY]);
    expect(idsBy(after)).toEqual(idsBy(before));
    expect(after[0].start).toBeGreaterThan(before[0].start);
  });

  it("count repeated statements of one indicator in document order", async () => {
    const twice = [BODY[1], "一般公共预算收入达到35亿元。"];
    const records = await extract(twice);
    expect(records.map((r) => r.value)).toEqual([30, 35]);
    const [first, second] = records.map((r) => r.id);
    expect(second).toBe(`${first}-1`);
    // fixing the first value leaves both ids where they were
    const fixed = await extract([twice[0].replace("30", "32"), twice[1]]);
    expect(fixed.map((r) => r.id)).toEqual([first, second]);
  });

  it("differ between documents", async () => {
    const a = await extract(BODY);
    const { records: b } = await extractDocument({ name: "other.txt", text: HEAD + BODY.join("\n") });
    expect(b.map((r) => r.id)).not.toEqual(a.map((r) => r.id));
  });
});
