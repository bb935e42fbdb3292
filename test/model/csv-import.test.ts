import fc from "fast-check";
import { INDICATORS, matchIndicator } from "../../src/extract/lexicon";
import { emptyUserData, putImportedRecords, serializeUserData } from "../../src/model/corrections";
import {
  applyCsvImport,
  autoMapping,
  describeErrors,
  detectDelimiter,
  previewCsv,
} from "../../src/model/csv-import";
import { PlanStore } from "../../src/model/store";

const store = new PlanStore(
  {
    version: 1,
    documents: [],
    regions: [
      { id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["Luohe", "漯河"] },
      { id: "zhengzhou", name: "郑州市", name_en: "Zhengzhou", aliases: ["Zhengzhou", "郑州"] },
    ],
    records: [],
  },
  { lexicon: INDICATORS, matchIndicator },
);

const GOOD = [
  "地区,指标,年份,数值,单位",
  "漯河市,地区生产总值,2023,1812.5,亿元",
  "Zhengzhou,GDP,2024,13617.8,亿元",
].join("\n");

describe("parsing", () => {
  test("Chinese headers map automatically; rows become actual records of the resolved region/indicator", () => {
    const p = previewCsv(GOOD, store, { fileName: "actuals 2024.csv" });
    expect(p.missing).toEqual([]);
    expect(p.mapping).toMatchObject({ region: 0, indicator: 1, year: 2, value: 3, unit: 4 });
    expect(p.valid).toBe(2);
    expect(p.rows[0].record).toMatchObject({
      region_id: "luohe",
      indicator_id: "gdp",
      kind: "actual",
      year: 2023,
      value: 1812.5,
      unit: "亿元",
      doc: "csv-actuals-2024",
    });
    expect(p.rows[1].record).toMatchObject({ region_id: "zhengzhou", value: 13617.8 });
    expect(p.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  test("a BOM, tabs and CRLF line ends give the same records", () => {
    const tsv = "\ufeff" + GOOD.replace(/,/g, "\t").replace(/\n/g, "\r\n");
    expect(detectDelimiter(tsv.slice(1))).toBe("\t");
    const a = previewCsv(GOOD, store).rows.map((r) => r.record);
    const b = previewCsv(tsv, store).rows.map((r) => r.record);
    expect(b).toEqual(a);
  });

  test("English headers, kinds, qualifiers and thousands separators", () => {
    const csv = [
      "Region,Indicator,Year,Value,Unit,Kind,Qualifier",
      'Luohe,FAI,2025,"1,200",亿元,目标,以上',
    ].join("\n");
    const p = previewCsv(csv, store);
    expect(p.rows[0].errors).toEqual([]);
    expect(p.rows[0].record).toMatchObject({
      indicator_id: "fixed-asset-investment",
      kind: "target",
      qualifier: ">=",
      value: 1200,
    });
  });

  test("line numbers count the lines a quoted field spans", () => {
    const csv = [
      "region,indicator,year,value,note",
      '漯河,GDP,2023,1,"two',
      'lines"',
      "漯河,GDP,abc,1,x",
    ].join("\n");
    const p = previewCsv(csv, store);
    expect(p.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(describeErrors(p)).toEqual([expect.stringMatching(/^line 4: year: "abc" is not a year/)]);
  });

  test("a user mapping overrides the automatic one", () => {
    const csv = ["A,B,C,D", "漯河,GDP,2023,5"].join("\n");
    expect(previewCsv(csv, store).missing).toEqual(["region", "indicator", "year", "value"]);
    const p = previewCsv(csv, store, { mapping: { region: 0, indicator: 1, year: 2, value: 3 } });
    expect(p.valid).toBe(1);
  });

  test("autoMapping ignores a bracketed unit in a header", () => {
    expect(autoMapping(["指标名称", "2025年", "数值（亿元）"])).toMatchObject({ indicator: 0, value: 2 });
  });
});

describe("validation", () => {
  const BAD = [
    "region,indicator,year,value,kind,qualifier",
    "Luohee,GDP,2023,10,actual,=",
    "漯河,地区生产总量,2023,10,actual,=",
    "漯河,GDP,2023,约100,actual,=",
    "漯河,GDP,20x3,10,actual,=",
    "漯河,GDP,2023,10,guess,=",
    "漯河,GDP,2023,10,actual,maybe",
    "漯河,GDP,2024,10,actual,=",
    "漯河,GDP,2024,11,actual,=",
  ].join("\n");

  test("each bad row is reported with its line number and a reason, with suggestions for names", () => {
    const errors = describeErrors(previewCsv(BAD, store));
    expect(errors).toEqual([
      expect.stringMatching(
        /^line 2: region: "Luohee" is not a known region\. Did you mean 漯河市 \(luohe\)\?/,
      ),
      expect.stringMatching(
        /^line 3: indicator: "地区生产总量" is not a known indicator\. Did you mean 地区生产总值 \(gdp\)/,
      ),
      'line 4: value: "约100" is text where a number belongs',
      expect.stringMatching(/^line 5: year: "20x3" is not a year/),
      expect.stringMatching(/^line 6: kind: "guess" is not a kind/),
      expect.stringMatching(/^line 7: qualifier: "maybe" is not a qualifier/),
      "line 9: same region, indicator, kind, measure and year as line 8",
    ]);
  });

  test("apply is atomic: a file with errors changes nothing", () => {
    const before = putImportedRecords(emptyUserData(), []);
    const snapshot = serializeUserData(before);
    const result = applyCsvImport(before, previewCsv(BAD, store));
    expect(result.ok).toBe(false);
    expect(result.user).toBe(before);
    expect(serializeUserData(before)).toBe(snapshot);
  });

  test("valid rows only, when asked", () => {
    const result = applyCsvImport(emptyUserData(), previewCsv(BAD, store), { validOnly: true });
    expect(result).toMatchObject({ ok: true, added: 1, skipped: 7 });
    expect(result.user.importedRecords.map((r) => [r.year, r.value])).toEqual([[2024, 10]]);
  });

  test("importing the same file twice replaces its records instead of duplicating them", () => {
    const first = applyCsvImport(emptyUserData(), previewCsv(GOOD, store));
    const second = applyCsvImport(first.user, previewCsv(GOOD, store));
    expect(second.ok && second.user.importedRecords).toHaveLength(2);
  });

  test("a malformed file (unclosed quote) reports the line and imports nothing", () => {
    const csv = ["region,indicator,year,value", '漯河,GDP,2023,"10'].join("\n");
    const p = previewCsv(csv, store);
    expect(p.valid).toBe(0);
    expect(describeErrors(p).join("\n")).toMatch(/line 2: .*[Qq]uote/);
    expect(applyCsvImport(emptyUserData(), p).ok).toBe(false);
  });

  test("an empty file or header-only file imports nothing and says why", () => {
    const result = applyCsvImport(emptyUserData(), previewCsv("region,indicator,year,value\n", store));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/no valid rows/) });
    expect(applyCsvImport(emptyUserData(), previewCsv("", store)).ok).toBe(false);
  });

  test("fuzz: any text gives a preview and never throws; apply without validOnly never partially applies", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const p = previewCsv("region,indicator,year,value\n" + text, store);
        const r = applyCsvImport(emptyUserData(), p);
        if (p.invalid > 0) expect(r.ok).toBe(false);
        if (!r.ok) expect(r.user.importedRecords).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("title lines above the header", () => {
  test("an export's title and unit lines are skipped; the header is found and line numbers stay true", () => {
    const csv = [
      "2024年主要经济指标完成情况",
      "单位：亿元",
      "地区\t指标\t年份\t数值",
      "漯河\tGDP\t2024\t1900",
      "漯河\tGDP\t2023\tx",
    ].join("\n");
    const p = previewCsv(csv, store);
    expect(p.delimiter).toBe("\t");
    expect(p.headerLine).toBe(3);
    expect(p.headers).toEqual(["地区", "指标", "年份", "数值"]);
    expect(p.valid).toBe(1);
    expect(describeErrors(p)).toEqual(['line 5: value: "x" is text where a number belongs']);
  });
});

test("a region must be named exactly: an abbreviation that formulas would accept is refused with the match", () => {
  const zones = new PlanStore(
    {
      version: 1,
      documents: [],
      regions: [
        { id: "luohe-etdz", name: "漯河经济技术开发区", name_en: "Luohe ETDZ", aliases: ["漯河经开区"] },
      ],
      records: [],
    },
    { lexicon: INDICATORS, matchIndicator },
  );
  expect(zones.resolveRegion("Luohee")).toEqual({ ok: true, id: "luohe-etdz" }); // a prefix of "Luohe ETDZ"
  const p = previewCsv("region,indicator,year,value\nLuohee,GDP,2023,1\n漯河经开区,GDP,2023,2\n", zones);
  expect(describeErrors(p)).toEqual([
    'line 2: region: "Luohee" is not a region name. Did you mean 漯河经济技术开发区 (luohe-etdz)?',
  ]);
  expect(p.valid).toBe(1);
});
