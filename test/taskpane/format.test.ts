import { formatPeriod, formatValue, formatYear } from "../../src/taskpane/format";
import { luminance } from "../../src/taskpane/host";
import { record, sampleDataset } from "../excel/fixtures";

describe("formatValue", () => {
  it("writes qualifier, number, range and unit in the pane's language", () => {
    expect(formatValue(record({ value: 500, qualifier: ">=", unit: "亿元" }), "zh")).toBe("≥500亿元");
    expect(formatValue(record({ value: 7, qualifier: "~", unit: "%" }), "zh")).toBe("7%左右");
    expect(formatValue(record({ value: 7, qualifier: "~", unit: "%" }), "en")).toBe("about 7%");
    expect(formatValue(record({ value: 1, value_max: 2, qualifier: "=", unit: "个" }), "en")).toBe("1–2个");
    expect(formatValue(record({ value: 12345.5, qualifier: "=", unit: "万元" }), "en")).toBe("12,345.5万元");
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

describe("luminance (Office theme → dark or light)", () => {
  it("reads #rrggbb colours", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#262626")).toBeLessThan(0.5);
    expect(luminance("not a colour")).toBeUndefined();
  });
});
