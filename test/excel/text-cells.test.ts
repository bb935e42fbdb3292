/**
 * Text stays text (issue 11, point 6): document titles, indicator names and quotes that Excel would read
 * as a date, a percentage, a number, a boolean or a formula land in the sheet as the same text.
 * Excel is a stand-in: office-addin-mock provides the `Excel` global and fake-workbook.ts reads typed
 * input as Excel does (General cells convert, text-format cells keep what is typed).
 */
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("./office-manifest-shim"),
);

import { formatFor, TEXT_FORMAT } from "../../src/excel/cell-text";
import { headerOf } from "../../src/excel/columns";
import { buildRegionSheet } from "../../src/excel/sheet-builder";
import { writeSheets } from "../../src/excel/write-sheets";
import type { DocumentInfo } from "../../src/record";
import { FakeWorkbookState, installExcel } from "./fake-workbook";
import { REGION, record, sampleDataset } from "./fixtures";

const TABLE = "PlanInd_test_zone";
const TRICKY = [
  "2025-12-28",
  "50%",
  "1e5",
  "TRUE",
  "(5)",
  '=HYPERLINK("http://evil.example","点击")',
  "1,234",
];

function documents(): DocumentInfo[] {
  const base = sampleDataset().documents[0]!;
  return TRICKY.map((title, i) => ({ ...base, doc: `doc-${i}`, title }));
}

function trickyRecords() {
  return TRICKY.map((text, i) =>
    record({ id: `t${i}`, doc: `doc-${i}`, indicator: text, quote: text, unit: text === "50%" ? "%" : "个" }),
  );
}

async function writeTwice(wb: FakeWorkbookState) {
  const describe = () => [buildRegionSheet(REGION, trickyRecords(), { lang: "en", documents: documents() })];
  await writeSheets(describe(), { lang: "en" });
  const first = snapshot(wb);
  await writeSheets(describe(), { lang: "en" }); // a reload rewrites every data column in place
  return { first, second: snapshot(wb) };
}

function snapshot(wb: FakeWorkbookState) {
  return (["document", "indicator", "quote"] as const).map((key) =>
    wb.column(TABLE, headerOf(key)).map((c) => ({ value: c.value, format: c.numberFormat })),
  );
}

test.each(TRICKY)("the text %s is written as that text, in the text format", async (text) => {
  const wb = new FakeWorkbookState();
  installExcel(wb);
  const { first, second } = await writeTwice(wb);
  const i = TRICKY.indexOf(text);
  for (const column of [...first, ...second]) {
    expect(column[i]).toEqual({ value: text, format: TEXT_FORMAT });
  }
});

test("numbers and formulas keep their own formats; only text cells are text", async () => {
  const wb = new FakeWorkbookState();
  installExcel(wb);
  await writeTwice(wb);
  const values = wb.column(TABLE, headerOf("value"));
  expect(values.every((c) => typeof c.value === "number" && c.numberFormat !== TEXT_FORMAT)).toBe(true);
  const planned = wb.column(TABLE, headerOf("planned"));
  expect(planned.every((c) => c.formula?.includes("PLAN.PLANNED") && c.numberFormat !== TEXT_FORMAT)).toBe(
    true,
  );
  expect(wb.column(TABLE, headerOf("year")).map((c) => c.value)).toEqual(TRICKY.map(() => 2025));
});

test("the fake reads General input as Excel does, so the tests above can fail", () => {
  const sheet = new FakeWorkbookState().addSheet("S");
  TRICKY.forEach((text, c) => sheet.put(0, c, text));
  expect(TRICKY.map((_t, c) => sheet.cell(0, c).value)).toEqual([
    46019,
    0.5,
    100000,
    true,
    -5,
    "#CALC",
    1234,
  ]);
});

test("formatFor: text cells get @, anything else its own format", () => {
  expect(formatFor("50%", "0.0")).toBe("@");
  expect(formatFor(3, "0.0")).toBe("0.0");
  expect(formatFor(null, "0")).toBe("0");
  expect(formatFor({ formula: "=1" }, "0%")).toBe("0%");
});
