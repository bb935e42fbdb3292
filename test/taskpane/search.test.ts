import { buildSearchIndex, prepareQuery, searchIndicators, searchRegions } from "../../src/taskpane/search";
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

describe("forgiving search", () => {
  it("does not match inside English words (R&D is not in Cross-border)", () => {
    const store = sampleStore();
    const rec = store.dataset.records.find((r) => r.id === "evil")!;
    rec.indicator_en = "Cross-border e-commerce";
    const index = buildSearchIndex(store);
    expect(searchIndicators(index, "R&D").map((h) => h.id)).toEqual(["rd-intensity"]);
    expect(searchIndicators(index, "border").map((h) => h.id)).toEqual(["x-evil"]);
  });

  it("corrects typos only when few indicators match as typed", () => {
    const index = buildSearchIndex(sampleStore(true));
    expect(searchIndicators(index, "GPD")[0]!.id).toBe("gdp");
    expect(searchIndicators(index, "intensiti").map((h) => h.id)).toContain("rd-intensity");
    expect(searchIndicators(index, "zz")).toEqual([]);
  });

  it("matches pinyin, full and initials, once loaded", async () => {
    const index = buildSearchIndex(sampleStore(true));
    expect(searchIndicators(index, "dqsczz")).toEqual([]);
    await prepareQuery(index, "dqsczz");
    expect(searchIndicators(index, "dqsczz")[0]!.id).toBe("gdp");
    expect(searchIndicators(index, "diqushengchanzongzhi")[0]!.id).toBe("gdp");
    expect(searchIndicators(index, "yftr").map((h) => h.id)).toEqual(["rd-intensity"]);
  });

  it("matches traditional characters once the converter is loaded", async () => {
    const index = buildSearchIndex(sampleStore(true));
    await prepareQuery(index, "地區生產總值");
    expect(searchIndicators(index, "地區生產總值")[0]!.id).toBe("gdp");
  });

  it("finds regions by Chinese name, English word or alias", () => {
    const store = sampleStore();
    expect(searchRegions(store, "Testz")).toEqual(["test-zone"]);
    expect(searchRegions(store, "zone")).toEqual(["test-zone"]);
    expect(searchRegions(store, "别处")).toEqual(["other"]);
    expect(searchRegions(store, "o")).toEqual([]);
  });
});
