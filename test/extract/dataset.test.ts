/** buildDataset and the record contract: stable ids, offsets into the original, catalogue regions. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildDataset, extractDocument, parseCatalog } from "../../src/extract";

const ROOT = path.join(__dirname, "../..");
const catalog = parseCatalog(JSON.parse(readFileSync(path.join(ROOT, "seeds/catalog.json"), "utf8")));
const seed = (name: string) => ({ name, text: readFileSync(path.join(ROOT, "seeds", name), "utf8") });

describe("buildDataset", () => {
  const files = [
    seed("003_7c7b9bfef2df6a5e.txt"),
    seed("002_e24a12bec3ad6067.txt"),
    seed("003_7c7b9bfef2df6a5e.txt"),
  ];

  it("collects documents and records and de-duplicates regions with catalogue names", async () => {
    const dataset = await buildDataset(files, catalog);
    expect(dataset.version).toBe(1);
    expect(dataset.documents.map((d) => d.doc)).toEqual([
      "003_7c7b9bfef2df6a5e",
      "002_e24a12bec3ad6067",
      "003_7c7b9bfef2df6a5e",
    ]);
    expect(dataset.regions.map((r) => r.id).sort()).toEqual(["luohe-etdz", "zhengzhou"]);
    expect(dataset.regions.find((r) => r.id === "luohe-etdz")).toMatchObject({
      name: "漯河经济技术开发区",
      name_en: "Luohe Economic and Technological Development Zone",
    });
    const counts = dataset.documents.map((d) => d.records);
    expect(dataset.records).toHaveLength(counts.reduce((a, b) => a + b, 0));
  });

  it("gives the same ids on every run, unique within a document", async () => {
    const a = await extractDocument(files[0], { catalog });
    const b = await extractDocument(files[0], { catalog });
    expect(a.records.map((r) => r.id)).toEqual(b.records.map((r) => r.id));
    expect(new Set(a.records.map((r) => r.id)).size).toBe(a.records.length);
  });

  it("points every record at its passage in the original text", async () => {
    for (const file of files.slice(0, 2)) {
      const { records } = await extractDocument(file, { catalog });
      for (const r of records) {
        const passage = file.text.slice(r.start, r.end).replace(/\s+/g, " ").trim();
        // simplified, half-width seeds: the quote is the original passage itself
        const halfWidth = passage.replace(/[\uFF01-\uFF5E]/g, (c) =>
          String.fromCharCode(c.charCodeAt(0) - 0xfee0),
        );
        expect(halfWidth.replace(/\u3000/g, " ").replace(/\s+/g, " ")).toBe(r.quote.replace(/\s+/g, " "));
      }
    }
  });

  it("fills the record fields the add-in relies on", async () => {
    const { records, document } = await extractDocument(files[1], { catalog });
    expect(document).toMatchObject({
      region_id: "luohe-etdz",
      plan_type: "five-year",
      period_start: 2021,
      period_end: 2025,
    });
    for (const r of records) {
      expect(r.region_en).toBe("Luohe Economic and Technological Development Zone");
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(["table", "prose"]).toContain(r.source);
      expect(r.indicator_id).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*|x-[0-9a-z]{7})$/);
    }
    const gdpTable = records.filter((r) => r.source === "table" && r.indicator_id === "gdp");
    expect(gdpTable.map((r) => [r.kind, r.year, r.value])).toEqual(
      expect.arrayContaining([
        ["actual", 2020, 239.5],
        ["target", 2025, 500],
      ]),
    );
    expect(gdpTable.every((r) => r.indicator_en === "Gross regional product" && r.category)).toBe(true);
  });
});
