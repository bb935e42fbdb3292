import { headingBefore, markValue, passageAround, sameRow, sectionOf } from "../../src/taskpane/provenance";
import { record } from "../excel/fixtures";

describe("provenance", () => {
  const text = "第三章 主要目标\n（一）经济发展\n到2025年，地区生产总值达到500亿元，年均增长8%。下一句。";
  const start = text.indexOf("地区生产总值");
  const end = text.indexOf("，年均");

  it("gives the sentence around a passage", () => {
    expect(passageAround(text, start, end)).toEqual({
      before: "到2025年，",
      quote: "地区生产总值达到500亿元",
      after: "，年均增长8%。",
    });
  });

  it("finds the nearest heading above a passage, within a bounded window", () => {
    expect(headingBefore(text, start)).toBe("（一）经济发展");
    expect(headingBefore("没有标题的正文，数值为5。", 5)).toBeUndefined();
    expect(headingBefore(`第一章 总则\n${"字".repeat(30_000)}\n目标5。`, 30_010)).toBeUndefined();
  });

  it("prefers the extractor's section field", () => {
    expect(sectionOf({ ...record({}), section: "专栏1 主要指标" } as never, text)).toBe("专栏1 主要指标");
    expect(sectionOf(record({ start }), text)).toBe("（一）经济发展");
    expect(sectionOf(record({ start }), undefined)).toBeUndefined();
  });

  it("marks the value, not digits inside a longer number", () => {
    expect(markValue("到2025年达到5个", record({ value: 5 }))).toEqual([
      { text: "到2025年达到", mark: false },
      { text: "5", mark: true },
      { text: "个", mark: false },
    ]);
    expect(markValue("增长1,200万元", record({ value: 1200 }))[1]).toEqual({ text: "1,200", mark: true });
    expect(markValue("高于全市平均水平", record({ value: null, text: "高于全市平均水平" }))).toEqual([
      { text: "高于全市平均水平", mark: true },
    ]);
    expect(markValue("没有数字", record({ value: 7 }))).toEqual([{ text: "没有数字", mark: false }]);
  });

  it("gathers the cells of one table row", () => {
    const a = record({ id: "a", year: 2020, kind: "actual", start: 1, end: 9 });
    const b = record({ id: "b", year: 2025, start: 1, end: 9 });
    const c = record({ id: "c", year: 2025, start: 20, end: 29 });
    expect(sameRow([b, c, a], a).map((r) => r.id)).toEqual(["a", "b"]);
  });
});
