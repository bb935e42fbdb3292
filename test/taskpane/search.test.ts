import { buildSearchIndex, searchIndicators } from "../../src/taskpane/search";
import { sampleStore } from "./pane-fixtures";

describe("searchIndicators", () => {
  const index = buildSearchIndex(sampleStore());
  const ids = (q: string) => searchIndicators(index, q).map((h) => h.id);

  it("lists every indicator with records for an empty query, most records first", () => {
    expect(ids(" ")).toEqual(["gdp", "rd-intensity", "x-evil"]);
  });

  it("matches names, English names, ids, ignoring case, width and separators", () => {
    expect(ids("研发")).toEqual(["rd-intensity"]);
    expect(ids("R&D")).toEqual(["rd-intensity"]);
    expect(ids("ＲＤ ＩＮＴＥＮＳＩＴＹ")).toEqual(["rd-intensity"]);
    expect(ids("x-evil")).toEqual(["x-evil"]);
    // The lexicon's synonyms count too: R&D intensity is "…占地区生产总值比重".
    expect(ids("生产总值")).toEqual(["gdp", "rd-intensity"]);
  });

  it("ranks exact before prefix before substring matches", () => {
    const hits = searchIndicators(buildSearchIndex(sampleStore(true)), "GDP").map((h) => h.id);
    expect(hits[0]).toBe("gdp");
    expect(hits).toContain("rd-intensity");
  });

  it("keeps to one region when asked", () => {
    expect(ids("").length).toBe(3);
    expect(searchIndicators(index, "", "other").map((h) => h.id)).toEqual(["gdp"]);
    expect(searchIndicators(index, "研发", "other")).toEqual([]);
  });

  it("counts records and regions per indicator", () => {
    const gdp = searchIndicators(index, "gdp")[0]!;
    expect(gdp.records).toHaveLength(4);
    expect(gdp.regions).toBe(2);
  });
});
