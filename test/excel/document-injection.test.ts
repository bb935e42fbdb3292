/**
 * A plan document carrying formula-like text (=HYPERLINK, @SUM, +cmd, -2+3) goes through the real extractor,
 * the sheet builder and the adapter (against the in-memory workbook behind office-addin-mock's Excel global;
 * no Excel in tests): the only formulas in the sheet are the add-in's own.
 */
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("./office-manifest-shim"),
);

import { buildRegionSheet } from "../../src/excel/sheet-builder";
import { writeSheets } from "../../src/excel/write-sheets";
import { extractDocument } from "../../src/extract";
import { FakeWorkbookState, installExcel } from "./fake-workbook";

const DOCUMENT = `测试市国民经济和社会发展第十四个五年规划纲要
=HYPERLINK("http://evil.example","点击")
到2025年，=HYPERLINK("http://evil.example","点击")地区生产总值达到500亿元。
到2025年，@SUM(1)数字经济核心产业增加值达到80亿元。
到2025年，+cmd|' /C calc'!A0研发投入强度达到2.5%。
到2025年，-2+3常住人口城镇化率达到70%。
`;

const OWN_FORMULA = /^=(IF\(|ROWS\(|COUNTIFS?\()/;

test("formula-like document text lands in cells as text", async () => {
  const { document, records } = await extractDocument({ name: "evil-plan.txt", text: DOCUMENT });
  expect(records.length).toBeGreaterThanOrEqual(3);
  expect(records.some((r) => /^[=+\-@]/.test(r.indicator))).toBe(true);
  const region = { id: document.region_id, name: document.region, name_en: document.region_en, aliases: [] };

  const wb = new FakeWorkbookState();
  installExcel(wb);
  await writeSheets([buildRegionSheet(region, records, { lang: "zh", documents: [document] })], {
    lang: "zh",
  });

  const cells = wb.sheets.flatMap((s) => [...s.cells.values()]);
  const formulas = cells.filter((c) => c.formula !== undefined).map((c) => c.formula!);
  expect(formulas.length).toBeGreaterThan(0);
  expect(formulas.filter((f) => !OWN_FORMULA.test(f))).toEqual([]);
  expect(formulas.filter((f) => /HYPERLINK|SUM\(1\)|cmd/.test(f))).toEqual([]);
  const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
  for (const r of records) expect(texts).toContain(r.indicator);
});
