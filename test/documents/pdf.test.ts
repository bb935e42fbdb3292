/**
 * PDF import. The layout (text items → lines and tab-separated cells) is tested directly; the whole path
 * (pdfjs-dist reading a PDF that Chromium printed from a county plan's web page, then extraction) runs
 * through the command line, because pdfjs-dist is an ES module that jest's CommonJS runtime cannot load.
 * The PDF is committed (test/fixtures/documents/county_plan_printed.pdf); make-county-pdf.ts prints it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layoutPage, type PdfTextItem } from "../../src/documents/pdf";
import { detectFormat } from "../../src/documents";
import type { IndicatorRecord } from "../../src/record";

const BIN = join(__dirname, "../../bin/plan-indicators.mjs");
const PDF = join(__dirname, "../fixtures/documents/county_plan_printed.pdf");

function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const item = (str: string, x: number, y: number, size = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size,
  height: size,
});

describe("layoutPage", () => {
  it("orders lines top to bottom and items left to right, cells apart by a tab", () => {
    const items = [
      item("2025年", 200, 680),
      item("指标", 50, 680),
      item("地区生产总值", 50, 660),
      item("500", 200, 660.5), // a cell's baseline a little off
      item("主要指标", 50, 700),
    ];
    expect(layoutPage(items)).toEqual(["主要指标", "指标\t2025年", "地区生产总值\t500"]);
  });

  it("keeps Chinese characters together and puts a space between Latin words", () => {
    expect(
      layoutPage([
        item("地区生产", 50, 700),
        item("总值", 90, 700),
        item("GDP", 115, 700),
        item("growth", 147, 700),
      ]),
    ).toEqual(["地区生产总值GDP growth"]);
  });

  it("gives a row whose first cell is empty a leading tab", () => {
    const lines = layoutPage([
      item("经济", 50, 700),
      item("GDP", 150, 700),
      item("500", 250, 700),
      item("收入", 150, 680),
      item("20", 250, 680),
    ]);
    expect(lines).toEqual(["经济\tGDP\t500", "\t收入\t20"]);
  });

  it("joins a table cell wrapped over lines above and below its row's other cells", () => {
    const lines = layoutPage([
      item("指标", 50, 700),
      item("2025年", 200, 700),
      item("2030年", 300, 700),
      item("研究与试验发", 50, 685), // the cell's three lines, the row's other cells in the middle one
      item("展经费投入强", 50, 675),
      item("1.8", 200, 675),
      item("2.5", 300, 675),
      item("度", 50, 665),
      item("森林覆盖率", 50, 650),
      item("28.5", 200, 650),
      item("30", 300, 650),
    ]);
    expect(lines).toEqual([
      "指标\t2025年\t2030年",
      "研究与试验发展经费投入强度\t1.8\t2.5",
      "森林覆盖率\t28.5\t30",
    ]);
  });

  it("joins a paragraph's lines wrapped at the right margin, not a heading or an indented paragraph", () => {
    const lines = layoutPage([
      item("第一章", 50, 760, 16),
      item("到2025年，地区生产总值达到", 50, 720), // runs to the margin (x 50..330)
      item("500亿元。", 50, 706),
      item("新的段落首行缩进两格", 70, 692),
    ]);
    expect(lines).toEqual(["第一章", "到2025年，地区生产总值达到500亿元。", "新的段落首行缩进两格"]);
  });
});

test("formats are told by their first bytes", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  expect(detectFormat("plan.bin", bytes("%PDF-1.7\n"))).toBe("pdf");
  expect(detectFormat("plan.docx", bytes("PK\x03\x04rest"))).toBe("docx");
  expect(detectFormat("a.zip", bytes("PK\x03\x04rest"))).toBe("zip");
  expect(detectFormat("plan.txt", bytes("到2025年"))).toBe("text");
});

describe("a county plan printed to PDF by Chromium, through `plan-indicators extract`", () => {
  let records: IndicatorRecord[] = [];
  let scanned: { status: number | null; stderr: string };

  beforeAll(async () => {
    // a page without a text layer, as a scanner makes (pdfjs rebuilds the missing cross-reference table)
    const dir = mkdtempSync(join(tmpdir(), "pdf-test-"));
    const scan = join(dir, "scan.pdf");
    writeFileSync(
      scan,
      "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n" +
        "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
    );
    const [printed, scan_] = await Promise.all([
      cli("extract", PDF, "--format", "json"),
      cli("extract", scan),
    ]);
    expect(printed.status).toBe(0);
    records = JSON.parse(printed.stdout);
    scanned = scan_;
  }, 120_000);

  const find = (indicator: string, kind: string, measure: string, year: number, source: string) =>
    records.filter(
      (r) =>
        r.indicator === indicator &&
        r.kind === kind &&
        r.measure === measure &&
        r.year === year &&
        r.source === source,
    );

  it("finds the region from the title", () => {
    expect(new Set(records.map((r) => r.region))).toEqual(new Set(["清河县"]));
  });

  it("reads every row of the main-indicator table, wrapped names included: 2025 actuals, 2030 targets, growth", () => {
    expect(find("地区生产总值", "actual", "level", 2025, "table")[0]).toMatchObject({
      value: 245,
      unit: "亿元",
    });
    expect(find("地区生产总值", "target", "level", 2030, "table")[0]).toMatchObject({
      value: 330,
      unit: "亿元",
    });
    expect(find("地区生产总值", "target", "growth", 2030, "table")[0]).toMatchObject({ value: 6, unit: "%" });
    expect(find("一般公共预算收入", "target", "level", 2030, "table")[0]).toMatchObject({ value: 17 });
    expect(find("研究与试验发展经费投入强度", "target", "level", 2030, "table")[0]).toMatchObject({
      value: 2.5,
    });
    expect(find("城镇调查失业率", "target", "level", 2030, "table")[0]).toMatchObject({
      value: 5.5,
      qualifier: "<",
    });
    expect(find("森林覆盖率", "target", "level", 2030, "table")[0]).toMatchObject({ value: 30, unit: "%" });
    expect(find("森林覆盖率", "actual", "level", 2025, "table")[0]).toMatchObject({ value: 28.5 });
  });

  it("reads the prose: 2020 and 2025 actuals and 2030 targets, also across a wrapped line", () => {
    expect(find("地区生产总值", "actual", "level", 2020, "prose")[0]).toMatchObject({ value: 180 });
    expect(find("地区生产总值", "actual", "level", 2025, "prose")[0]).toMatchObject({ value: 245 });
    expect(find("地区生产总值", "target", "level", 2030, "prose")[0]).toMatchObject({
      value: 330,
      qualifier: "~",
    });
    expect(find("地区生产总值", "target", "growth", 2030, "prose")[0]).toMatchObject({ value: 6 });
    expect(find("一般公共预算收入", "target", "level", 2030, "prose")[0]).toMatchObject({
      value: 17,
      qualifier: ">=",
    });
    expect(find("常住人口城镇化率", "target", "level", 2030, "prose")[0]).toMatchObject({ value: 58 });
  });

  it("refuses a PDF without a text layer with a clear message", () => {
    expect(scanned.status).toBe(1);
    expect(scanned.stderr).toMatch(/scan.pdf: this PDF has no text layer .*OCR/);
  });
});
