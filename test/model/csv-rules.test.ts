/** The CSV import's rules of issue 13: delimiters, headers, quotes, strict numbers, growth rows, wording. */
import { INDICATORS, matchIndicator } from "../../src/extract/lexicon";
import { emptyUserData } from "../../src/model/corrections";
import {
  applyCsvImport,
  autoMapping,
  canImportValidOnly,
  describeErrors,
  previewCsv,
} from "../../src/model/csv-import";
import { detectDelimiter, parseCsv, parseStrictNumber } from "../../src/model/csv-parse";
import { PlanStore } from "../../src/model/store";

const store = new PlanStore(
  {
    version: 1,
    documents: [],
    regions: [{ id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["Luohe", "漯河"] }],
    records: [],
  },
  { lexicon: INDICATORS, matchIndicator },
);

describe("delimiters", () => {
  it("tells comma, tab and semicolon apart, ignoring delimiters inside quotes", () => {
    expect(detectDelimiter("a,b,c\n1,2,3")).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3")).toBe("\t");
    expect(detectDelimiter("地区;指标;年份;数值\n漯河;GDP;2023;1,812.5")).toBe(";");
    expect(detectDelimiter('"a;b;c;d",e,f\n1,2,3')).toBe(",");
  });

  it("reads a semicolon file whose numbers have thousands commas", () => {
    const p = previewCsv("地区;指标;年份;数值\n漯河;GDP;2023;1,812.5\n", store);
    expect(p.delimiter).toBe(";");
    expect(p.rows[0].record).toMatchObject({ value: 1812.5, region_id: "luohe" });
  });
});

describe("headers", () => {
  it("refuses two columns of one name, naming it, and maps neither", () => {
    const p = previewCsv("region,indicator,year,value,value\n漯河,GDP,2023,1,2\n", store);
    expect(p.headerErrors.map((e) => e.message)).toEqual([
      'columns 4, 5 are both named "value": rename or delete one',
    ]);
    expect(p.mapping.value).toBeUndefined();
    expect(p.undecided).toContain("value");
    expect(applyCsvImport(emptyUserData(), p)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/both named "value"/),
    });
    // the user's choice settles it
    const chosen = previewCsv("region,indicator,year,value,value\n漯河,GDP,2023,1,2\n", store, {
      mapping: { value: 4 },
    });
    expect(chosen.headerErrors).toEqual([]);
    expect(chosen.rows[0].record?.value).toBe(2);
  });

  it("asks only about what needs a decision: missing required fields and fields several columns could fill", () => {
    expect(previewCsv("地区,指标,年份,数值,单位\n", store).undecided).toEqual([]);
    expect(previewCsv("地区,指标,年份\n", store).undecided).toEqual(["value"]);
    expect(previewCsv("地区,指标,年份,目标值,实际值\n", store).undecided).toEqual(["value"]);
  });

  it("maps a header of 160 KB of brackets, in linear time, to nothing", () => {
    const t0 = performance.now();
    expect(autoMapping(["(".repeat(160 * 1024), "（".repeat(1000) + "地区", "指标(名称)"])).toEqual({
      indicator: 2,
    });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("quotes", () => {
  it("reports a stray quote at the line where it opened and goes on reading the next lines", () => {
    const { rows, errors } = parseCsv('a,b\n1,"x\n2,3\n"y"z,4\n5,"6\n7"\n', ",");
    // the quote opened on line 2 "closes" at the start of line 4: text follows it, so it was a stray one
    expect(errors).toEqual([
      { line: 2, code: "text-after-quote" },
      { line: 4, code: "text-after-quote" },
    ]);
    // rows keep their own line numbers; a quoted cell may span lines
    expect(rows).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["2", "3"], line: 3 },
      { cells: ["5", "6\n7"], line: 5 },
    ]);
    expect(parseCsv('a,b\n1,"x\n2,3\n', ",").errors).toEqual([{ line: 2, code: "unclosed-quote" }]);
  });

  it("one bad quote in a long file costs one row, and the rows after it are still checked", () => {
    const lines = ["region,indicator,year,value", '漯河,"GDP,2000,1'];
    for (let y = 2001; y < 2100; y++) lines.push(`漯河,GDP,${y},${y === 2050 ? "x" : 100}`);
    const p = previewCsv(lines.join("\n"), store);
    expect(p.valid).toBe(98);
    expect(p.invalid).toBe(2);
    expect(describeErrors(p)).toEqual([
      "line 2: a quote opened on this line is never closed; the row is skipped and reading goes on at the next line",
      'line 52: value: "x" is text where a number belongs',
    ]);
  });
});

describe("numbers", () => {
  it("are strict: commas only between groups of three, nothing a double cannot hold", () => {
    expect(parseStrictNumber("1,234,567.5")).toEqual({ value: 1234567.5, percent: false });
    expect(parseStrictNumber("１２３")).toEqual({ value: 123, percent: false });
    expect(parseStrictNumber("7.5%")).toEqual({ value: 7.5, percent: true });
    expect(parseStrictNumber("-0.5")).toEqual({ value: -0.5, percent: false });
    for (const bad of ["1,23", "12,34,567", "1e400", "-1e400", "1 234", "e5", "-", "", "1.2.3", "0x10"])
      expect(parseStrictNumber(bad)).toBeUndefined();
  });

  it("say why a value is refused", () => {
    const p = previewCsv('region,indicator,year,value\n漯河,GDP,2023,1e400\n漯河,GDP,2024,"1,23"\n', store);
    expect(describeErrors(p)).toEqual([
      'line 2: value: "1e400" is too large a number to keep (beyond ±1.8e308)',
      'line 3: value: "1,23" is not a number: a comma may only separate groups of three digits (1,234.5)',
    ]);
  });
});

describe("records", () => {
  it("a growth row and a level row of one indicator are two records", () => {
    const p = previewCsv(
      "地区,指标,年份,数值\n漯河,GDP,2023,1812.5\n漯河,GDP增速,2023,6.5%\n漯河,地区生产总值增长,2023,6.5\n",
      store,
    );
    expect(p.rows[0].record).toMatchObject({ indicator_id: "gdp", measure: "level", value: 1812.5 });
    expect(p.rows[1].record).toMatchObject({ indicator_id: "gdp", measure: "growth", value: 6.5, unit: "%" });
    expect(p.rows[0].record!.id).not.toBe(p.rows[1].record!.id);
    // the third row states the second's growth again: that one is a duplicate
    expect(describeErrors(p)).toEqual(["line 4: same region, indicator, kind, measure and year as line 3"]);
  });
});

describe("valid rows only", () => {
  it("is offered only when some rows are valid and some are not", () => {
    const some = previewCsv("region,indicator,year,value\n漯河,GDP,2023,1\n漯河,GDP,2024,x\n", store);
    const none = previewCsv("region,indicator,year,value\n漯河,GDP,2023,x\n", store);
    const all = previewCsv("region,indicator,year,value\n漯河,GDP,2023,1\n", store);
    expect([canImportValidOnly(some), canImportValidOnly(none), canImportValidOnly(all)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(applyCsvImport(emptyUserData(), none, { validOnly: true })).toMatchObject({
      ok: false,
      reason: "The file has no valid rows; nothing was imported.",
    });
  });
});

test("messages are worded in the pane's language", () => {
  const p = previewCsv("地区,指标,年份,数值\n漯河,GDP,2023,x\n漯河,GDP,20x,1\n", store);
  expect(describeErrors(p, "zh")).toEqual([
    "第 2 行：value: “x”不是数值",
    "第 3 行：year: “20x”不是 1949 至 2100 之间的年份",
  ]);
});
