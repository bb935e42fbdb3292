/** The vocabulary is the one source of unit words: readers derive their lists from it. */
import { readUnit } from "../../../src/extract/units";
import { CELL_UNITS, UNIT_WORDS } from "../../../src/extract/tables/lexicon";
import { isUnitLike, trailingUnit } from "../../../src/extract/tables/text";
import {
  CELL_UNITS as VOCAB_CELL_UNITS,
  MAGNITUDE_FACTORS,
  PROSE_UNITS,
  TABLE_UNITS,
  UNIT_WORDS as ENTRIES,
} from "../../../src/extract/vocabulary";
import { unitFactor } from "../../../src/model/units";

describe("vocabulary: units", () => {
  it.each([
    ["3厘米", "厘米"],
    ["5克", "克"],
    ["2千克", "千克"],
    ["1.2亿亩次", "亿亩次"],
    ["3百万吨", "百万吨"],
    ["2.3倍", "倍"],
    ["5千亿元", "千亿元"],
    ["1.2万亿元", "万亿元"],
    ["11.2年", "年"],
    ["80千瓦时", "千瓦时"],
    ["12千米", "千米"],
    ["1.5百分点", "个百分点"],
  ])("prose reads the unit of %s", (s, unit) => {
    expect(readUnit(s, s.search(/[^\d.]/))?.unit).toBe(unit);
  });

  it.each(["2025年", "5年", "500千伏", "3小时", "PM2.5年均浓度", "实事20.2026年"])(
    "prose reads no unit in %s (a date, a name, a time)",
    (s) => {
      expect(readUnit(s, s.search(/\d[^\d.]/) + 1)).toBeUndefined();
    },
  );

  it("reads 年 after a decimal that follows words", () => {
    const s = "受教育年限达到11.2年";
    expect(readUnit(s, s.lastIndexOf("年"))?.unit).toBe("年");
  });

  it("lists each unit once", () => {
    const words = ENTRIES.map((u) => u.word);
    expect(new Set(words).size).toBe(words.length);
  });

  it("derives the readers' lists from the same entries", () => {
    expect(PROSE_UNITS).toContain("厘米");
    expect(TABLE_UNITS).toEqual(expect.arrayContaining(["厘米", "千克", "亿亩次", "百万吨", "千亿元"]));
    expect(UNIT_WORDS).toBe(TABLE_UNITS);
    expect(CELL_UNITS).toBe(VOCAB_CELL_UNITS);
    // longest first, so that a first-match scan finds 个百分点 before 个
    expect(CELL_UNITS.indexOf("个百分点")).toBeLessThan(CELL_UNITS.indexOf("个"));
  });

  it("table names carry the new units in brackets or run together", () => {
    expect(isUnitLike("千克")).toBe(true);
    expect(isUnitLike("亿亩次")).toBe(true);
    expect(trailingUnit("粮食播种面积亿亩次")).toBe("亿亩次");
  });

  it("the model scales magnitudes from the same table", () => {
    expect(MAGNITUDE_FACTORS[0][0]).toBe("万亿");
    expect(unitFactor("千亿元", "亿元")).toBe(1000);
    expect(unitFactor("百万吨", "万吨")).toBe(100);
  });
});
