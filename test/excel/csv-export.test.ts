import Papa from "papaparse";
import { CSV_FIELDS, recordsToCsv } from "../../src/excel/csv-export";
import { sampleRecords } from "./fixtures";

describe("recordsToCsv", () => {
  const csv = recordsToCsv(sampleRecords());

  it("starts with a UTF-8 byte-order mark and a header of the record fields", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toBe(CSV_FIELDS.join(","));
  });

  it("round-trips through papaparse with values, Chinese text and quotes intact", () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(sampleRecords().length);
    const gdp = parsed.data.find((r) => r.id === "gdp-2025")!;
    expect(gdp).toMatchObject({ indicator: "地区生产总值", value: "500", qualifier: ">=", unit: "亿元" });
    const growth = parsed.data.find((r) => r.id === "growth-2025")!;
    expect(growth).toMatchObject({ value: "", text: "高于全市平均水平" });
  });

  it("neutralises text a spreadsheet would run as a formula, but not negative numbers", () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    const evil = parsed.data.find((r) => r.id === "evil")!;
    expect(evil.indicator).toBe('\'=HYPERLINK("http://evil.example","点击")');
    expect(evil.indicator_en!.startsWith("'+")).toBe(true);
    const negative = recordsToCsv([{ ...sampleRecords()[0]!, value: -0.6 }]);
    expect(negative).toContain(",-0.6,");
  });
});
