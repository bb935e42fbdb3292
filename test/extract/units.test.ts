import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeDocument } from "../../src/extract";
import { parseCatalog } from "../../src/extract/catalog";
import { normalise, toOriginal } from "../../src/extract/normalise";
import { chineseNumeralValue, readNumber } from "../../src/extract/numbers";
import { readUnit } from "../../src/extract/units";

describe("numbers", () => {
  it.each([
    ["一千五百", 1500],
    ["十二", 12],
    ["二十", 20],
    ["两", 2],
    ["七点五", 7.5],
    ["二〇三五", 2035],
    ["一百零五", 105],
  ])("reads %s as %d", (s, v) => expect(chineseNumeralValue(s)).toBe(v));

  it("reads 百分之 as a percentage and 四万五千 through the big unit", () => {
    expect(readNumber("百分之七点五", 0)).toMatchObject({ value: 7.5, percent: true });
    expect(readNumber("四万五千人", 0)).toMatchObject({ value: 45000, end: 4 });
    expect(readNumber("45.2万", 0)).toMatchObject({ value: 45.2, end: 4 });
  });
});

describe("units", () => {
  it.each([
    ["亿元", "亿元"],
    [" 家", "家"],
    ["万元/人·年", "万元/人·年"],
    ["吨标准煤/万元", "吨标准煤/万元"],
    ["立方米/万元", "立方米/万元"],
    ["个百分点", "个百分点"],
    ["万套(间)", "万套(间)"],
    ["亿", "亿"],
  ])("reads %s", (s, u) => expect(readUnit(s, 0)?.unit).toBe(u));

  it("does not read a bare 千 or a non-unit", () => {
    expect(readUnit("千伏", 0)).toBeUndefined();
    expect(readUnit("大核心", 0)).toBeUndefined();
  });
});

describe("normalise", () => {
  it("converts width, pinyin and traditional characters and maps offsets back", async () => {
    const original = "鄭州市中原區(qū)2025 年GDP達到１０００億元　左右";
    const n = await normalise(original);
    expect(n.text).toBe("郑州市中原区2025 年GDP达到1000亿元 左右");
    const at = n.text.indexOf("1000");
    const span = toOriginal(n, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe("１０００");
    const region = toOriginal(n, 3, 6);
    expect(original.slice(region.start, region.end)).toBe("中原區");
  });

  it("keeps whitespace and line structure and skips broken lines with a warning", async () => {
    const n = await normalise("┼┼\u{E000}\n指标\t2020年基数\n");
    expect(n.text.split("\n")).toHaveLength(3);
    expect(n.text.split("\n")[0].trim()).toBe("");
    expect(n.text).toContain("指标\t2020年基数");
    expect(n.warnings[0]).toMatch(/line 1/);
    expect(n.map).toHaveLength(n.text.length + 1);
  });

  it("does not load the converter for simplified text", async () => {
    const n = await normalise("地区生产总值增长7%");
    expect(n.text).toBe("地区生产总值增长7%");
  });
});

describe("decodeDocument", () => {
  it("decodes UTF-8 with and without BOM, and GBK", () => {
    const utf8 = new TextEncoder().encode("地区生产总值");
    expect(decodeDocument(utf8)).toEqual({ text: "地区生产总值", encoding: "utf-8" });
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe("地区生产总值");
    // 中文 in GBK
    expect(decodeDocument(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({
      text: "中文",
      encoding: "gb18030",
    });
  });
});

describe("parseCatalog", () => {
  it("accepts a valid catalogue and names the bad entry otherwise", () => {
    const ok = parseCatalog({
      regions: [{ id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["漯河"] }],
      documents: { d: { region_id: "luohe" } },
    });
    expect(ok.regions[0].id).toBe("luohe");
    expect(() => parseCatalog({ regions: [{ id: "Bad Id", name: "x", name_en: "x" }] })).toThrow(
      /regions\[0\]\.id/,
    );
    expect(() => parseCatalog({ regions: [], documents: { d: { region_id: "nowhere" } } })).toThrow(
      /unknown region/,
    );
    expect(() => parseCatalog([])).toThrow(/root/);
  });
});

describe("mojibake repair", () => {
  it("repairs UTF-8 shown as GBK", async () => {
    const garbled = new TextDecoder("gbk").decode(new TextEncoder().encode("地区生产总值增长7%"));
    const n = await normalise(`标题\n${garbled}\n`);
    // the lead byte of 长 was swallowed by the wrong decoder: that one character is lost
    expect(n.text.split("\n")[1]).toBe("地区生产总值增?7%");
    expect(n.warnings.join()).toMatch(/repaired/);
  });

  it("repairs GBK text that lost a byte (seed 001's first line) and keeps offsets inside the line", async () => {
    const line = readFileSync(path.join(__dirname, "../../seeds/001_5ccdcb88aa2a0f58.txt"), "utf8").split(
      "\n",
    )[0];
    const n = await normalise(line);
    expect(n.text).toMatch(/^\(河南\?\)郑州市中原区国民经济和社会发展十四五规划/);
    for (let i = 0; i < n.text.length; i++) expect(n.map[i]).toBeLessThan(line.length);
    expect(n.map[n.text.length]).toBe(line.length);
  });

  it("marks a character lost to a wrong encoding instead of reading it as a question mark", async () => {
    const n = await normalise("以?优化城市人居环境,新建公园5个。你好?");
    expect(n.text).toBe("以\uFFFD优化城市人居环境,新建公园5个。你好\uFFFD");
    expect(n.warnings[0]).toMatch(/lost/);
  });

  it("keeps tables drawn with box characters and readable lines with a stray bad byte", async () => {
    const table = "│地区生产总值│亿元│500│";
    const stray = "到2025年,地区生产总值达到500亿元\uFFFD,研发经费投入强度达到3%。";
    const n = await normalise(`${table}\n${stray}`);
    expect(n.text).toBe(`${table}\n${stray}`);
    expect(n.warnings).toEqual([expect.stringMatching(/line 2: a few garbled characters/)]);
  });

  it("blanks a line it cannot repair", async () => {
    const n = await normalise("┼┼┼\u{E000}\n正文");
    expect(n.text.split("\n")[0].trim()).toBe("");
    expect(n.text.split("\n")[1]).toBe("正文");
    expect(n.warnings.join()).toMatch(/skipped/);
  });
});
