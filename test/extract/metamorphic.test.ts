/**
 * Metamorphic tests of whole documents: rewriting a document in ways that do not change what it says
 * — traditional characters, full-width digits, spaces between digit groups, CRLF line ends, HTML
 * markup and entities, a newspaper's page-break note inside a paragraph — must not change its records.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js";
import { extractDocument } from "../../src/extract";
import { normalise } from "../../src/extract/normalise";
import type { IndicatorRecord } from "../../src/record";

const ROOT = path.join(__dirname, "../..");
const DOCUMENTS = [
  ...["002_e24a12bec3ad6067.txt", "003_7c7b9bfef2df6a5e.txt"].map((f) => path.join(ROOT, "seeds", f)),
  ...readdirSync(path.join(ROOT, "test/fixtures/documents"))
    .filter((f) => f.endsWith(".txt") && !f.includes("traditional"))
    .map((f) => path.join(ROOT, "test/fixtures/documents", f)),
  ...readdirSync(path.join(__dirname, "tables/documents")).map((f) =>
    path.join(__dirname, "tables/documents", f),
  ),
];

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** Amounts in sentences (达到45210元) written with spaces between digit groups: 45 210元. */
const groupDigits = (s: string): string =>
  s.replace(
    /(?<=[\u4e00-\u9fff])(\d{1,3})((?:\d{3})+)(?=[元人户吨亩万亿])/g,
    (_, head: string, rest: string) => head + rest.replace(/\d{3}/g, " $&"),
  );

/** Each line a paragraph of a web page, with entities for quotes and some punctuation. */
const asHtml = (s: string): string =>
  '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n' +
  s
    .split("\n")
    .map((line) =>
      line.trim() && !line.includes("<")
        ? `<p>${line.replace(/“/g, "&ldquo;").replace(/”/g, "&rdquo;").replace(/、/g, "&#12289;")}</p>`
        : line,
    )
    .join("\n") +
  "\n</body></html>";

/** A newspaper's note where the article continues on another page, after a paragraph's first sentence. */
const pageBreak = (s: string): string =>
  s
    .split("\n")
    .map((line) => {
      const i = line.indexOf("。");
      return i > 0 && i < line.length - 1
        ? `${line.slice(0, i + 1)}（下转第二版）${line.slice(i + 1)}`
        : line;
    })
    .join("\n");

const TRANSFORMS: [string, (s: string) => string][] = [
  ["traditional characters", (s) => toTraditional(s)],
  ["full-width digits", (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
  ["spaces between digit groups", groupDigits],
  ["CRLF line ends", (s) => s.replace(/\n/g, "\r\n")],
  ["HTML markup and entities", asHtml],
  ["a page-break note inside a paragraph", pageBreak],
];

const key = (r: IndicatorRecord): string =>
  [r.indicator, r.kind, r.measure, r.year, r.period_start, r.value, r.value_max, r.unit, r.qualifier, r.text]
    .map((v) => v ?? "")
    .join("|");

async function records(name: string, text: string): Promise<string[]> {
  const result = await extractDocument({ name, text });
  return result.records.map(key).sort();
}

describe("document transformations keep the records", () => {
  const originals = new Map<string, Promise<string[]>>();
  const original = (file: string) => {
    if (!originals.has(file)) originals.set(file, records("d.txt", readFileSync(file, "utf8")));
    return originals.get(file)!;
  };

  describe.each(TRANSFORMS)("%s", (_name, transform) => {
    it.each(DOCUMENTS.map((f) => [path.basename(f), f]))("%s", async (_base, file) => {
      const before = await original(file);
      expect(before.length).toBeGreaterThan(0);
      expect(await records("d.txt", transform(readFileSync(file, "utf8")))).toEqual(before);
    });
  });

  it("the transformations do change the text", () => {
    const sample = "2025年地区生产总值达到45210元，“十五五”时期。增长5%。\n";
    for (const [name, transform] of TRANSFORMS)
      expect([name, transform(sample) !== sample]).toEqual([name, true]);
  });
});

describe("what the normaliser drops (markup.ts)", () => {
  const norm = async (s: string) => (await normalise(s)).text;

  it("joins digit groups in sentences only", async () => {
    expect(await norm("收入达到45 210元，人口1 234 567人")).toBe("收入达到45210元,人口1234567人");
    // cells of a table row separated by one space stay apart
    expect(await norm("地区生产总值 亿元 5 420 6 预期性")).toBe("地区生产总值 亿元 5 420 6 预期性");
    expect(await norm("增长12.5 123")).toBe("增长12.5 123");
  });

  it("drops page-break notes and, in HTML, tags other than a table's", async () => {
    expect(await norm("增长7%。（下转第二版）全年")).toBe("增长7%。全年");
    expect(await norm("<p>目标&ge;500亿元</p><p>下一段</p>")).toBe("目标≥500亿元\n下一段");
    expect(await norm("<p>x</p><table><tr><td>&lt;5</td></tr></table>")).toBe(
      "x\n<table><tr><td><5</td></tr></table>",
    );
    // plain text keeps its angle brackets
    expect(await norm("PM2.5<35微克/立方米")).toBe("PM2.5<35微克/立方米");
  });

  it("keeps offsets pointing into the original", async () => {
    const original = "<p>收入达到45 210元</p>";
    const n = await normalise(original);
    const at = n.text.indexOf("45210");
    expect(original.slice(n.map[at], n.map[at + 5])).toBe("45 210");
  });
});
