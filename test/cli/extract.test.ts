/** The extract command: formats, warnings on stderr, non-zero exit on unreadable input. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { run } from "../../src/cli/commands/extract";
import { loadCatalog } from "../../src/cli/node-io";

const FIXTURE = path.join(__dirname, "../fixtures/documents/annual_plan_chinese_numerals.txt");

function capture() {
  let out = "";
  let err = "";
  return {
    io: {
      out: { write: (s: string) => ((out += s), true) },
      err: { write: (s: string) => ((err += s), true) },
    } as never,
    out: () => out,
    err: () => err,
  };
}

describe("plan-indicators extract", () => {
  it("writes JSON Lines by default with the file name as doc", async () => {
    const c = capture();
    expect(await run([FIXTURE], c.io)).toBe(0);
    const records = c
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(5);
    expect(records.every((r) => r.doc === "annual_plan_chinese_numerals")).toBe(true);
  });

  it("writes CSV with a BOM that papaparse reads back", async () => {
    const c = capture();
    expect(await run([FIXTURE, "--format", "csv"], c.io)).toBe(0);
    expect(c.out().startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(c.out().slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toHaveProperty("indicator");
    expect(
      parsed.data.some((r) => r.indicator.includes("粮食总产") && r.value === "1500" && r.unit === "万吨"),
    ).toBe(true);
  });

  it("writes a JSON array with --format=json", async () => {
    const c = capture();
    expect(await run([`--format=json`, FIXTURE], c.io)).toBe(0);
    expect(Array.isArray(JSON.parse(c.out()))).toBe(true);
  });

  it("fails with a clear message on unreadable input and on a bad format", async () => {
    const c = capture();
    expect(await run(["/no/such/file.txt"], c.io)).toBe(1);
    expect(c.err()).toMatch(/cannot read \/no\/such\/file\.txt: ENOENT/);
    const d = capture();
    expect(await run([FIXTURE, "--format", "xml"], d.io)).toBe(2);
    expect(d.err()).toMatch(/--format/);
  });

  it("loads the curated seed catalogue", async () => {
    const catalog = await loadCatalog();
    expect(catalog.regions.map((r) => r.id)).toEqual(
      expect.arrayContaining(["zhengzhou", "luohe-etdz", "zhengzhou-zhongyuan"]),
    );
  });

  it("--year gives the publication year a text does not state; a bad year is a usage error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "extract-year-"));
    const file = path.join(dir, "county.txt");
    writeFileSync(file, "某县政府工作报告\n\n今年主要预期目标是：地区生产总值增长6%左右。\n");
    const without = capture();
    expect(await run([file], without.io)).toBe(0);
    expect(without.out()).toBe("");
    const withYear = capture();
    expect(await run([file, "--year", "2023"], withYear.io)).toBe(0);
    expect(JSON.parse(withYear.out().trim())).toMatchObject({ indicator_id: "gdp", year: 2023, value: 6 });
    const bad = capture();
    expect(await run([file, "--year=23"], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/--year must be a publication year/);
  });

  it("an old Word .doc is refused with the reason, naming the file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "extract-doc-"));
    const file = path.join(dir, "old.doc");
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const c = capture();
    expect(await run([file], c.io)).toBe(1);
    expect(c.err()).toMatch(/old\.doc: old Word \(\.doc\) files cannot be read/);
  });
});
