/**
 * @jest-environment jsdom
 *
 * The import and review tabs inside the real App, over the real shared store and session. Inside Excel the
 * workbook's customXmlParts are an in-memory fake (test/excel/fake-custom-xml.ts) under office-addin-mock's
 * `Excel` global: Excel itself is not available here.
 */
import "./jsdom-shim";
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel" },
}));

import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { OfficeMockObject } from "office-addin-mock";
import type { Availability } from "../../../src/excel/requirements";
import type { Dataset, IndicatorRecord } from "../../../src/record";
import { getStore, resetRuntime, setDataset } from "../../../src/model/runtime";
import { App } from "../../../src/taskpane/App";
import { importTabs } from "../../../src/taskpane/import/tabs";
import { resetUserDataSession } from "../../../src/model/user-data-session";
import { FakeParts } from "../../excel/fake-custom-xml";

const REPORT =
  "许昌市2024年政府工作报告\n\n2024年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。到2025年，全市地区生产总值达到4500亿元。";

const BUILTIN: Dataset = {
  version: 1,
  documents: [],
  regions: [{ id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["Luohe", "漯河"] }],
  records: [
    {
      id: "builtin-1",
      doc: "luohe-plan",
      region: "漯河市",
      region_id: "luohe",
      region_en: "Luohe",
      indicator: "地区生产总值",
      indicator_id: "gdp",
      kind: "target",
      measure: "level",
      year: 2025,
      value: 2000,
      unit: "亿元",
      qualifier: "=",
      source: "prose",
      quote: "地区生产总值达到2000亿元",
      start: 0,
      end: 0,
      confidence: 0.95,
    } satisfies IndicatorRecord,
  ],
};

const services = {
  // As the pane does when nothing else loaded the data: the built-in dataset into the shared store.
  loadStore: async () => getStore() ?? setDataset(BUILTIN),
  requirements: (): Availability => ({ available: new Set(), missing: [] }),
};

// The pane renders and extracts for real: on a busy machine that takes more than jest's default 5 s.
jest.setTimeout(30_000);

let parts: FakeParts;

beforeEach(() => {
  resetRuntime();
  resetUserDataSession();
  parts = new FakeParts();
  (globalThis as { Excel?: unknown }).Excel = new OfficeMockObject({
    run: async (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(parts.context()),
  });
  setExcelApi15(true);
});

afterAll(() => delete (globalThis as { Office?: unknown }).Office);

/** Office's requirement check, as a host with or without custom XML parts (ExcelApi 1.5) answers it. */
function setExcelApi15(supported: boolean) {
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: (set: string) => set === "ExcelApi" && supported } },
  };
}

async function importReport() {
  fireEvent.click(await screen.findByRole("tab", { name: "Import" }));
  fireEvent.change(await screen.findByLabelText("Paste the document's text"), { target: { value: REPORT } });
  fireEvent.change(screen.getByLabelText("Document name"), { target: { value: "xuchang-2024.txt" } });
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  await screen.findByText(/3 records found/);
  fireEvent.change(screen.getByLabelText("English alias"), { target: { value: "Xuchang" } });
  fireEvent.click(screen.getByRole("button", { name: "Add 3 records to the data" }));
  await screen.findByText(/Added 3 records/);
}

const storeValues = () =>
  getStore()!
    .dataset.records.map((r) => `${r.region_id}:${r.indicator_id}:${r.year}:${r.measure}:${r.value}`)
    .sort();

test("outside Excel: an imported document joins the shared store; a review decision changes it", async () => {
  render(<App host={{ inExcel: false, language: "en-US" }} services={services} extraTabs={importTabs()} />);
  await importReport();
  expect(storeValues()).toEqual([
    "luohe:gdp:2025:level:2000",
    "xuchang:gdp:2024:growth:6",
    "xuchang:gdp:2025:level:4500",
    "xuchang:public-budget-revenue:2024:growth:5",
  ]);
  expect(getStore()!.resolveRegion("Xuchang")).toEqual({ ok: true, id: "xuchang" });

  fireEvent.click(screen.getByRole("tab", { name: "Review" }));
  // the user's import is listed; the built-in data only on request
  await screen.findByRole("article", { name: /一般公共预算收入, 许昌市/ });
  expect(screen.queryByRole("article", { name: "地区生产总值, 漯河市, 2025" })).toBeNull();
  fireEvent.click(screen.getByLabelText("Include the built-in data"));
  const gdp = await screen.findByRole("article", { name: "地区生产总值, 漯河市, 2025" });
  fireEvent.click(within(gdp).getByRole("button", { name: /^Reject: / }));
  await waitFor(() => expect(storeValues()).not.toContain("luohe:gdp:2025:level:2000"));
});

test("inside Excel: the import is stored in the workbook and is there again after a reload", async () => {
  const host = { inExcel: true, language: "en-US" };
  const first = render(<App host={host} services={services} extraTabs={importTabs()} />);
  await importReport();
  expect(parts.parts).toHaveLength(1);
  expect(parts.parts[0].xml).toContain("xuchang-2024");
  first.unmount();

  // Reopen the workbook: a fresh runtime and session, the same workbook.
  resetRuntime();
  resetUserDataSession();
  render(<App host={host} services={services} extraTabs={importTabs()} />);
  fireEvent.click(await screen.findByRole("tab", { name: "Review" }));
  await screen.findByRole("article", { name: /一般公共预算收入/ });
  expect(storeValues()).toContain("xuchang:gdp:2025:level:4500");
});

test("a CSV of actuals joins the shared store; a file with errors leaves it as it was", async () => {
  render(<App host={{ inExcel: false, language: "en-US" }} services={services} extraTabs={importTabs()} />);
  fireEvent.click(await screen.findByRole("tab", { name: "Import" }));
  const pick = (text: string) =>
    fireEvent.change(screen.getByLabelText("CSV file (comma, tab or semicolon separated)"), {
      target: { files: [new File([text], "actuals.csv")] },
    });
  await screen.findByLabelText("CSV file (comma, tab or semicolon separated)");
  const before = storeValues();
  pick("地区,指标,年份,数值\n漯河,GDP,2023,1800\nNowhere,GDP,2023,1\n");
  fireEvent.click(await screen.findByRole("button", { name: "Import" }));
  await screen.findByText(/have errors; nothing was imported/);
  expect(storeValues()).toEqual(before);
  pick("地区,指标,年份,数值\n漯河,GDP,2023,1800\n");
  await screen.findByText("1 valid rows, 0 with errors (comma-separated).");
  fireEvent.click(screen.getByRole("button", { name: "Import" }));
  await screen.findByText("Imported 1 records; 0 rows skipped.");
  expect(
    getStore()!
      .find({ region: "luohe", kind: "actual" })
      .map((r) => [r.year, r.value]),
  ).toEqual([[2023, 1800]]);
});

test("inside an Excel without custom XML parts: the pane says imports last only until the workbook closes", async () => {
  setExcelApi15(false);
  render(<App host={{ inExcel: true, language: "en-US" }} services={services} extraTabs={importTabs()} />);
  fireEvent.click(await screen.findByRole("tab", { name: "Import" }));
  expect(await screen.findByText(/cannot keep imports and corrections in the workbook/)).toBeTruthy();
  await importReport();
  expect(parts.parts).toHaveLength(0);
  expect(storeValues()).toContain("xuchang:gdp:2025:level:4500");
});
