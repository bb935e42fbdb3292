import {
  formatPeriod,
  formatValue,
  formatYear,
  glossUnit,
  recordFacts,
  recordLine,
} from "../../src/taskpane/format";
import { translate } from "../../src/taskpane/strings";
import { luminance } from "../../src/taskpane/host";
import { record, sampleDataset } from "../excel/fixtures";

describe("formatValue", () => {
  it("writes qualifier, number, range and unit in the pane's language", () => {
    expect(formatValue(record({ value: 500, qualifier: ">=", unit: "亿元" }), "zh")).toBe("≥500亿元");
    expect(formatValue(record({ value: 7, qualifier: "~", unit: "%" }), "zh")).toBe("7%左右");
    expect(formatValue(record({ value: 7, qualifier: "~", unit: "%" }), "en")).toBe("about 7%");
    expect(formatValue(record({ value: 1, value_max: 2, qualifier: "=", unit: "个" }), "zh")).toBe("1–2个");
    expect(formatValue(record({ value: 1, value_max: 2, qualifier: "=", unit: "个" }), "en")).toBe(
      "1–2 units",
    );
    expect(formatValue(record({ value: 12345.5, qualifier: "=", unit: "万元" }), "en")).toBe(
      "12,345.5 (10,000 yuan)",
    );
    expect(formatValue(record({ value: 500, qualifier: ">=", unit: "亿元" }), "en")).toBe(
      "≥ 500 (100 million yuan)",
    );
    expect(formatValue(record({ value: null, text: "高于全市平均水平" }), "en")).toBe("高于全市平均水平");
  });

  it("shows periods and years", () => {
    expect(formatPeriod(sampleDataset().documents[0]!)).toBe("2021–2025");
    expect(formatPeriod({ ...sampleDataset().documents[0]!, period_start: 2024, period_end: 2024 })).toBe(
      "2024",
    );
    expect(formatYear(record({ year: 2025, period_start: 2021 }))).toBe("2021–2025");
    expect(formatYear(record({ year: 2025 }))).toBe("2025");
  });
});

describe("units in English", () => {
  it.each([
    ["亿元", "100 million yuan"],
    ["万元", "10,000 yuan"],
    ["万亿元", "trillion yuan"],
    ["亿美元", "100 million US dollars"],
    ["万人", "10,000 people"],
    ["家", "firms"],
    ["个百分点", "percentage points"],
    ["吨标准煤/万元", "tonnes of standard coal per 10,000 yuan"],
    ["平方公里", "km²"],
  ])("%s → %s", (unit, english) => {
    expect(glossUnit(unit, "en")).toBe(english);
    expect(glossUnit(unit, "zh")).toBe(unit);
  });

  it("keeps a unit it cannot gloss as written", () => {
    expect(glossUnit("万套(间)", "en")).toBe("10,000 units (rooms)");
    expect(glossUnit("班列", "en")).toBe("班列");
  });
});

describe("one line and the facts of a record", () => {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate("en", key, values);
  it("reads the same everywhere", () => {
    const r = record({
      value: 7,
      qualifier: "~",
      unit: "%",
      measure: "growth",
      year: 2025,
      period_start: 2021,
    });
    expect(recordLine(r, "en", t)).toBe("2021–2025 · target · growth: about 7%");
    expect(recordFacts({ ...r, attribute: "约束性", year_inferred: true, confidence: 0.72 }, t)).toEqual([
      "binding",
      "table",
      "confidence 72%",
      "year inferred",
    ]);
  });
});

describe("luminance (Office theme → dark or light)", () => {
  it("reads #rrggbb colours", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#262626")).toBeLessThan(0.5);
    expect(luminance("not a colour")).toBeUndefined();
  });
});
