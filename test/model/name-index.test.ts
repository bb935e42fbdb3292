import { NameIndex } from "../../src/model/name-index";
import { editDistance, normalizeKey } from "../../src/model/normalize";

describe("normalizeKey", () => {
  test("case-, space- and full-width-insensitive", () => {
    expect(normalizeKey("ＧＤＰ")).toBe("gdp");
    expect(normalizeKey(" Rd_Intensity ")).toBe(normalizeKey("rd intensity"));
    expect(normalizeKey("漯河 经开区")).toBe("漯河经开区");
    expect(normalizeKey("漯河\u3000经开区")).toBe("漯河经开区");
  });
});

describe("editDistance", () => {
  test("counts a transposition as one edit", () => {
    expect(editDistance("gpd", "gdp")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
  test("stops early above the limit", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("NameIndex", () => {
  const index = new NameIndex();
  index.add("GDP", "gdp", 0);
  index.add("地区生产总值", "gdp", 0);
  index.add("生产总值", "gdp", 1);
  index.add("FAI", "fai", 0);
  index.add("总值", "gdp", 2);
  index.add("总值", "x-1", 2);
  index.add("生产总值", "x-2", 2); // a document's wording never shadows a lexicon synonym

  test("resolves names at any tier; better tiers win", () => {
    expect(index.resolve("gdp")).toEqual({ ok: true, id: "gdp" });
    expect(index.resolve("生产总值")).toEqual({ ok: true, id: "gdp" });
  });

  test("ambiguous names list the candidates", () => {
    expect(index.resolve("总值")).toEqual({ ok: false, reason: "ambiguous", candidates: ["gdp", "x-1"] });
  });

  test("unknown names suggest the closest", () => {
    expect(index.resolve("GPD")).toEqual({ ok: false, reason: "unknown", candidates: ["gdp"] });
    expect(index.resolve("zzzzzz")).toEqual({ ok: false, reason: "unknown", candidates: [] });
  });

  test("empty input", () => {
    expect(index.resolve("  ")).toMatchObject({ ok: false, reason: "empty" });
  });

  test("a fallback matcher answers before suggestions", () => {
    const withFallback = new NameIndex((name) => (name.startsWith("全市") ? "gdp" : undefined));
    withFallback.add("GDP", "gdp", 0);
    expect(withFallback.resolve("全市地区生产总值")).toEqual({ ok: true, id: "gdp" });
    expect(withFallback.resolve("GPD")).toMatchObject({ ok: false, candidates: ["gdp"] });
  });
});

describe("unambiguous prefixes (regions)", () => {
  const regions = new NameIndex(undefined, true);
  regions.add("Luohe ETDZ", "luohe-etdz", 1);
  regions.add("漯河经开区", "luohe-etdz", 1);
  regions.add("郑州市", "zhengzhou", 0);
  regions.add("郑州市中原区", "zhongyuan", 0);
  regions.add("中原区", "zhongyuan", 1);

  test("a prefix of one region's names resolves to it", () => {
    expect(regions.resolve("Luohe")).toEqual({ ok: true, id: "luohe-etdz" });
    expect(regions.resolve("漯河")).toEqual({ ok: true, id: "luohe-etdz" });
    expect(regions.resolve("中原")).toEqual({ ok: true, id: "zhongyuan" });
  });

  test("an exact name beats prefixes; a prefix of several is ambiguous; one character is too short", () => {
    expect(regions.resolve("郑州市")).toEqual({ ok: true, id: "zhengzhou" });
    expect(regions.resolve("郑州")).toEqual({
      ok: false,
      reason: "ambiguous",
      candidates: ["zhengzhou", "zhongyuan"],
    });
    expect(regions.resolve("漯")).toMatchObject({ ok: false, reason: "unknown" });
  });

  test("indicator indexes do not take prefixes", () => {
    const indicators = new NameIndex();
    indicators.add("地区生产总值增速", "x-1", 2);
    expect(indicators.resolve("地区生产")).toMatchObject({ ok: false, reason: "unknown" });
  });
});
