/** Annual plans' tables: several dated columns (2025年目标 | 2025年预计 | 2026年目标), growth after each. */
import { tableCandidates } from "../../../src/extract/tableRecords";
import { findTables } from "../../../src/extract/tables";

const brief = (text: string) =>
  findTables(text).flatMap((t) =>
    tableCandidates(t).map((c) => [
      c.indicator,
      c.kind,
      c.measure,
      c.year,
      c.value ?? c.text,
      c.unit,
      c.qualifier,
    ]),
  );

describe("dated columns", () => {
  it("reads a target, an estimate and a target per row", () => {
    const text =
      "表1 2026年主要预期目标\n指标\t单位\t2025年目标\t2025年预计\t2026年目标\n" +
      "一般公共预算收入\t亿元\t320\t315.2\t330\n" +
      "居民人均可支配收入增长\t%\t6\t5.8\t与经济增长同步\n";
    expect(brief(text)).toEqual([
      ["一般公共预算收入", "estimate", "level", 2025, 315.2, "亿元", "="],
      ["一般公共预算收入", "target", "level", 2026, 330, "亿元", "="],
      ["一般公共预算收入", "target", "level", 2025, 320, "亿元", "="],
      ["居民人均可支配收入增长", "estimate", "growth", 2025, 5.8, "%", "="],
      ["居民人均可支配收入增长", "target", "growth", 2026, "与经济增长同步", "%", "="],
      ["居民人均可支配收入增长", "target", "growth", 2025, 6, "%", "="],
    ]);
  });

  it("gives each growth column the year and kind of the level column before it", () => {
    const text =
      "指标 | 单位 | 2025年计划 | 增长% | 2025年预计 | 增长% | 2026年目标 | 增长%\n" +
      "地区生产总值 | 亿元 | 3250 | 6 | 3200 | 5.5 | 3400 | 6左右\n" +
      "社会消费品零售总额 | 亿元 | 1500 | 5 | 1480 | 4.2 | 1560 | 5.5\n";
    expect(brief(text)).toEqual([
      ["地区生产总值", "estimate", "level", 2025, 3200, "亿元", "="],
      ["地区生产总值", "estimate", "growth", 2025, 5.5, "%", "="],
      ["地区生产总值", "target", "level", 2026, 3400, "亿元", "="],
      ["地区生产总值", "target", "growth", 2026, 6, "%", "~"],
      ["地区生产总值", "target", "level", 2025, 3250, "亿元", "="],
      ["地区生产总值", "target", "growth", 2025, 6, "%", "="],
      ["社会消费品零售总额", "estimate", "level", 2025, 1480, "亿元", "="],
      ["社会消费品零售总额", "estimate", "growth", 2025, 4.2, "%", "="],
      ["社会消费品零售总额", "target", "level", 2026, 1560, "亿元", "="],
      ["社会消费品零售总额", "target", "growth", 2026, 5.5, "%", "="],
      ["社会消费品零售总额", "target", "level", 2025, 1500, "亿元", "="],
      ["社会消费品零售总额", "target", "growth", 2025, 5, "%", "="],
    ]);
  });

  it("keeps a 2035 target beside the plan's 2025 target", () => {
    const text =
      "指标\t2020年基数\t2025年目标\t2035年目标\t属性\n地区生产总值(亿元)\t239.5\t500\t1000\t预期性\n城镇新增就业(万人)\t-\t〔5〕\t-\t预期性\n";
    expect(brief(text)).toEqual([
      ["地区生产总值", "actual", "level", 2020, 239.5, "亿元", "="],
      ["地区生产总值", "target", "level", 2025, 500, "亿元", "="],
      ["地区生产总值", "target", "level", 2035, 1000, "亿元", "="],
      ["城镇新增就业", "target", "level", 2025, 5, "万人", "="],
    ]);
  });
});
