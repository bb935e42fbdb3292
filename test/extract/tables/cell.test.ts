/** The single-cell reader and the name/unit helpers, on cells written the ways plan tables write them. */
import { parseCell } from "../../../src/extract/tables/cell";
import { isUnitLike, splitName, trailingUnit } from "../../../src/extract/tables/text";
import { parseSpec } from "./helpers";

const cell = (s: string) => {
  const c = parseCell(s, 0, s.length);
  if (!c) return null;
  const v: Record<string, unknown> = { value: c.value, qualifier: c.qualifier };
  if (c.value_max !== undefined) v.value_max = c.value_max;
  if (c.text !== undefined) v.text = c.text;
  if (c.unit !== undefined) v.unit = c.unit;
  if (c.cumulative) v.cumulative = true;
  return v;
};

describe("parseCell", () => {
  it.each([
    ["500", "500"],
    ["≥500", ">=500"],
    [">300", ">300"],
    ["<5.5", "<5.5"],
    ["不低于90", ">=90"],
    ["4左右", "~4"],
    ["85%以上", ">=85[%]"],
    ["3以内", "<=3"],
    ["1.2个百分点", "1.2[个百分点]"],
    ["30%—35%", "30..35[%]"],
    ["1~1.5", "1..1.5"],
    ["1-2", "1..2"],
    ["-0.5", "-0.5"],
    ["〔13.5〕", "13.5 cumulative"],
    ["60.6*", "60.6"],
    ["27,151", "27151"],
    ["72.8万元/人·年", "72.8[万元/人·年]"],
    ["高于全市平均水平", "text:高于全市平均水平"],
    ["完成省下达的2025年目标", "text:完成省下达的2025年目标"],
  ])("%s", (written, spec) => {
    expect(cell(written)).toEqual(parseSpec(spec));
  });

  it.each(["-", "—", "--", "/", "", "  "])("empty cell %j", (written) => {
    expect(parseCell(written, 0, written.length)).toBeNull();
  });

  it("keeps offsets of the trimmed cell in the text", () => {
    const text = "a\t  ≥500 \tb";
    const c = parseCell(text, 2, 9)!;
    expect(text.slice(c.start, c.end)).toBe("≥500");
  });
});

describe("names and units", () => {
  it.each([
    ["地区生产总值(亿元)", "地区生产总值", "亿元"],
    ["劳动生产率(万元/人·年)", "劳动生产率", "万元/人·年"],
    ["单位工业增加值化学需氧量(COD)排放量(吨/万元)", "单位工业增加值化学需氧量(COD)排放量", "吨/万元"],
    ["一般公共预算收入(全口径)", "一般公共预算收入(全口径)", ""],
    ["群众满意度(分)", "群众满意度", "分"],
    ["城镇化率", "城镇化率", ""],
  ])("splitName %s", (name, indicator, unit) => {
    expect(splitName(name)).toEqual({ indicator, unit });
  });

  it.each([
    ["地区生产总值亿元", "亿元"],
    ["劳动生产率万元/人·年", "万元/人·年"],
    ["城镇化率%", "%"],
    ["单位能耗吨标准煤/万元", "吨标准煤/万元"],
    ["城镇化率", ""],
  ])("trailingUnit %s", (name, unit) => {
    expect(trailingUnit(name)).toBe(unit);
  });

  it("tells units from other bracketed words", () => {
    expect(["亿元", "%", "件", "人/千人", "微克/立方米"].every(isUnitLike)).toBe(true);
    expect(["COD", "含高新区", "全口径", "占GDP比重", ""].some(isUnitLike)).toBe(false);
  });
});
