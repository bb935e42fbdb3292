import { INDICATORS, indicatorIdFor, matchIndicator } from "../../src/extract/lexicon";

describe("indicator lexicon", () => {
  it("has unique ids, codes and kebab-case ids", () => {
    const ids = INDICATORS.map((e) => e.id);
    const codes = INDICATORS.map((e) => e.code);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("does not give one Chinese name to two indicators", () => {
    const seen = new Map<string, string>();
    for (const e of INDICATORS) {
      for (const name of [e.name_zh, ...e.synonyms]) {
        const other = seen.get(name);
        if (other && other !== e.id) throw new Error(`${name} belongs to ${other} and ${e.id}`);
        seen.set(name, e.id);
      }
    }
  });

  it.each([
    ["地区生产总值", "gdp"],
    ["经济总量", "gdp"],
    ["全市地区生产总值", "gdp"],
    ["GDP", "gdp"],
    ["gdp", "gdp"],
    ["规上工业增加值", "industrial-value-added"],
    ["居民消费价格", "cpi"],
    ["实际吸收外资", "foreign-capital"],
    ["全社会研发投入强度", "rd-intensity"],
    ["常住人口城镇化率", "urbanisation-rate"],
    ["FAI", "fixed-asset-investment"],
  ])("matches %s to %s", (name, id) => {
    expect(matchIndicator(name)?.id).toBe(id);
  });

  it("does not match a name that only contains a known indicator", () => {
    expect(matchIndicator("科技服务业增加值占GDP比重")).toBeUndefined();
    expect(matchIndicator("")).toBeUndefined();
  });

  it("gives unknown indicators a stable generated id that ignores spacing", () => {
    const a = indicatorIdFor("新建养老机构");
    expect(a.id).toMatch(/^x-[0-9a-z]{7}$/);
    expect(indicatorIdFor(" 新建 养老机构 ").id).toBe(a.id);
    expect(indicatorIdFor("新建公园游园").id).not.toBe(a.id);
  });
});
