/**
 * Adapter tests. Excel itself is not available here: office-addin-mock provides the `Excel` global and an
 * in-memory workbook (fake-workbook.ts) stands in for the object model, with Office.js's queue-and-sync
 * behaviour, so sync counts and what lands in cells are observable.
 */
// office-addin-mock's own copy of office-addin-manifest (see office-manifest-shim.ts).
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("./office-manifest-shim"),
);

import { headerOf } from "../../src/excel/columns";
import { buildRegionSheet } from "../../src/excel/sheet-builder";
import { markedRegions, SHEET_MARKER_KEY, writeSheets } from "../../src/excel/write-sheets";
import type { IndicatorRecord } from "../../src/record";
import { FakeWorkbookState, installExcel } from "./fake-workbook";
import { OTHER_REGION, REGION, record, sampleDataset, sampleRecords } from "./fixtures";

const TABLE = "PlanInd_test_zone";

function describeSheets(records: IndicatorRecord[], lang: "zh" | "en" = "zh") {
  return [buildRegionSheet(REGION, records, { lang })];
}

function setup() {
  const wb = new FakeWorkbookState();
  installExcel(wb);
  return wb;
}

function idColumn(wb: FakeWorkbookState): string[] {
  return wb.column(TABLE, headerOf("id")).map((c) => String(c.value));
}

describe("writeSheets: a new sheet", () => {
  it("creates a marked sheet with a table, formulas, formats, widths, rules and frozen header", async () => {
    const wb = setup();
    const [result] = await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    expect(result).toMatchObject({
      sheetName: "测试经济技术开发区",
      tableName: TABLE,
      created: true,
      rows: 5,
    });
    const sheet = wb.sheet("测试经济技术开发区");
    expect(JSON.parse(sheet.props.get(SHEET_MARKER_KEY)!)).toEqual({ region: REGION.id, table: TABLE });
    expect(wb.table(TABLE).rows).toBe(5);
    expect(idColumn(wb)).toEqual(["gdp-2020", "gdp-2025", "growth-2025", "rd-2025", "evil"]);

    const gap = wb.column(TABLE, headerOf("gap"));
    expect(gap[1]!.formula).toMatch(/^=IF\(.*PLAN\.GAP\("test-zone",\[@\[Indicator id 指标代码\]\]/);
    expect(gap[0]!.formula).toBeUndefined();
    const values = wb.column(TABLE, headerOf("value"));
    expect(values[1]).toMatchObject({ value: 500, numberFormat: "#,##0.0#" });
    expect(values[3]).toMatchObject({ value: 0.025, numberFormat: "0.0#%" }); // 2.5% as an Excel percentage

    expect(sheet.frozenRows).toBe(5);
    const idCol = wb.table(TABLE).headers.indexOf(headerOf("id"));
    expect([...sheet.hidden]).toEqual([idCol]);
    expect(sheet.widths.get(wb.table(TABLE).headers.indexOf(headerOf("quote")))).toBe(320);
    expect(sheet.wrapped.has(wb.table(TABLE).headers.indexOf(headerOf("quote")))).toBe(true);
    expect(sheet.wrapped.has(wb.table(TABLE).headers.indexOf(headerOf("value")))).toBe(false);
    expect([...sheet.wrappedRows]).toEqual([wb.table(TABLE).top]);
    // Status words in the sheet's language (zh): one rule per word (已完成 and 提前完成 are both achieved).
    expect(wb.rules.map((r) => [r.rule?.formula1, r.fill])).toEqual([
      ['="提前完成"', "#C6EFCE"],
      ['="已完成"', "#C6EFCE"],
      ['="快于预期"', "#DDEBF7"],
      ['="符合预期"', "#FFEB9C"],
      ['="滞后于预期"', "#FFC7CE"],
      ['="定性目标"', "#EDEDED"],
    ]);
    expect(wb.rules[0]).toMatchObject({ height: 5, width: 1 });
    expect(sheet.cell(2, 6).formula).toBe(`=COUNTIF(${TABLE}[[Status 状态]],"滞后于预期")`);

    const actualCol = wb.table(TABLE).headers.indexOf(headerOf("actual"));
    const yearCol = wb.table(TABLE).headers.indexOf(headerOf("actualYear"));
    expect(sheet.validations.get(yearCol)).toEqual({
      rule: { wholeNumber: { formula1: 1949, formula2: 2100, operator: "Between" } },
      errorAlert: expect.objectContaining({ message: "请输入 1949 至 2100 之间的年份。", style: "Stop" }),
    });
    expect(sheet.validations.get(actualCol)?.rule).toEqual({
      decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" },
    });
    expect(sheet.fills.get(actualCol)).toBe("#FFF2CC");
    expect(sheet.fills.has(wb.table(TABLE).headers.indexOf(headerOf("value")))).toBe(false);
  });

  it("writes document text that looks like a formula as text", async () => {
    const wb = setup();
    await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    const row = idColumn(wb).indexOf("evil");
    const cell = (key: Parameters<typeof headerOf>[0]) => wb.column(TABLE, headerOf(key))[row]!;
    expect(cell("indicator")).toMatchObject({ value: '=HYPERLINK("http://evil.example","点击")' });
    expect(cell("indicator").formula).toBeUndefined();
    expect(cell("indicatorEn").formula).toBeUndefined();
    expect(cell("quote").formula).toBeUndefined();
    expect(cell("quote").value).toMatch(/^=HYPERLINK/);
    const allCells = [...wb.sheet("测试经济技术开发区").cells.values()];
    expect(allCells.filter((c) => c.formula?.includes("HYPERLINK"))).toEqual([]);
  });

  it("uses a constant number of syncs however many rows and sheets (≤ 3 per sheet)", async () => {
    const many = Array.from({ length: 2000 }, (_, i) => record({ id: `m${i}`, start: i }));
    const wb = setup();
    const other = buildRegionSheet(OTHER_REGION, sampleRecords(), { lang: "zh" });
    await writeSheets([...describeSheets(many), other], { lang: "zh" });
    expect(wb.table(TABLE).rows).toBe(2000);
    expect(wb.syncs).toBe(2 + 2);
    expect(wb.syncs).toBeLessThanOrEqual(3 * 2);

    const wbSmall = setup();
    await writeSheets(describeSheets(sampleRecords().slice(0, 2)), { lang: "zh" });
    expect(wbSmall.syncs).toBe(3);
  });

  it("reports progress per sheet and skips a region without records", async () => {
    const wb = setup();
    const progress: string[] = [];
    const empty = buildRegionSheet({ ...OTHER_REGION, id: "none" }, [], { lang: "zh" });
    const results = await writeSheets([empty, ...describeSheets(sampleRecords())], {
      lang: "zh",
      onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`),
    });
    expect(results[0]!.skipped).toBe("noRecords");
    expect(wb.syncs).toBe(3); // nothing to write for the skipped region, so no sync for it
    expect(progress).toEqual(["1/2 ", "2/2 测试经济技术开发区"]);
  });
});

describe("writeSheets: one failing sheet", () => {
  it("is reported while the other regions are still written", async () => {
    const wb = setup();
    await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    // The user removed the hidden Record id column: rows can no longer be matched.
    const t = wb.table(TABLE);
    const c = t.headers.indexOf(headerOf("id"));
    t.headers[c] = "Something else";
    t.sheet.put(t.top, t.left + c, "Something else");
    const other = buildRegionSheet(OTHER_REGION, sampleRecords(), { lang: "zh" });
    const results = await writeSheets([...describeSheets(sampleRecords()), other], { lang: "zh" });
    expect(results[0]).toMatchObject({ skipped: "failed", sheetName: "测试经济技术开发区" });
    expect(results[0]!.error).toMatch(/Record id column/);
    expect(results[1]).toMatchObject({ created: true, sheetName: "别处市", rows: 1 });
  });
});

describe("writeSheets: never overwrites a sheet it did not create", () => {
  it("picks another sheet name and table name when the user's own sheet and table have them", async () => {
    const wb = setup();
    const mine = wb.addSheet("测试经济技术开发区");
    mine.put(0, 0, "my notes");
    wb.tables.push({ name: TABLE, sheet: mine, top: 5, left: 0, rows: 1, headers: ["x"] });
    const [result] = await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    expect(result).toMatchObject({
      sheetName: "测试经济技术开发区 (2)",
      tableName: `${TABLE}_2`,
      created: true,
    });
    expect(mine.cell(0, 0).value).toBe("my notes");
    expect(mine.props.size).toBe(0);
    const sheet2 = wb.sheet("测试经济技术开发区 (2)");
    expect(sheet2.cell(2, 0).formula).toBe(`=ROWS(${TABLE}_2)`);
  });
});

describe("writeSheets: reload merges by record id", () => {
  async function loadTwice(second: IndicatorRecord[], typeActuals: (wb: FakeWorkbookState) => void) {
    const wb = setup();
    await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    typeActuals(wb);
    wb.syncs = 0;
    const [result] = await writeSheets(describeSheets(second), { lang: "zh" });
    return { wb, result: result! };
  }

  function typeInto(
    wb: FakeWorkbookState,
    id: string,
    key: Parameters<typeof headerOf>[0],
    value: string | number,
  ) {
    const t = wb.table(TABLE);
    const r = idColumn(wb).indexOf(id);
    t.sheet.put(t.top + 1 + r, t.left + t.headers.indexOf(headerOf(key)), value);
  }

  it("keeps typed actuals and user columns, updates values in place, marks vanished and appends new", async () => {
    const changed = sampleRecords()
      .filter((r) => r.id !== "rd-2025")
      .map((r) => (r.id === "gdp-2025" ? { ...r, value: 520 } : r));
    changed.push(record({ id: "new-one", indicator: "新指标", indicator_id: "x-new", start: 999 }));

    const { wb, result } = await loadTwice(changed, (w) => {
      typeInto(w, "gdp-2025", "actualYear", 2023);
      typeInto(w, "gdp-2025", "actual", 410.5);
      typeInto(w, "rd-2025", "actual", 2.1);
      // The user adds a column of their own with a formula and a note.
      const t = w.table(TABLE);
      const c = t.left + t.headers.length;
      t.headers.push("My note");
      t.sheet.put(t.top, c, "My note");
      t.sheet.put(t.top + 2, c, "=[@[Actual 实际值]]*2");
      t.sheet.put(t.top + 3, c, "checked");
    });

    expect(result).toMatchObject({ created: false, updated: 4, added: 1, removed: 1, rows: 6 });
    expect(wb.sheets).toHaveLength(1);
    expect(idColumn(wb)).toEqual(["gdp-2020", "gdp-2025", "growth-2025", "rd-2025", "evil", "new-one"]);
    const at = (id: string) => idColumn(wb).indexOf(id);
    const cell = (key: Parameters<typeof headerOf>[0], id: string) =>
      wb.column(TABLE, headerOf(key))[at(id)]!;
    expect(cell("actual", "gdp-2025").value).toBe(410.5);
    expect(cell("actualYear", "gdp-2025").value).toBe(2023);
    expect(cell("actual", "rd-2025").value).toBe(2.1);
    expect(cell("value", "gdp-2025").value).toBe(520);
    expect(cell("inData", "rd-2025").value).toBe("最新数据中已无");
    expect(cell("inData", "gdp-2025").value).toBe("");
    expect(cell("value", "rd-2025").value).toBe(0.025);
    expect(cell("gap", "rd-2025").formula).toMatch(/PLAN\.GAP/);
    expect(cell("indicator", "new-one").value).toBe("新指标");
    const note = wb.column(TABLE, "My note");
    expect(note[1]!.formula).toBe("=[@[Actual 实际值]]*2");
    expect(note[2]!.value).toBe("checked");
    expect(wb.syncs).toBe(3);
  });

  it("re-adds a column of the add-in the user deleted, blank for inputs", async () => {
    const { wb } = await loadTwice(sampleRecords(), (w) => {
      const t = w.table(TABLE);
      const c = t.headers.indexOf(headerOf("actual"));
      t.headers[c] = "Renamed";
      t.sheet.put(t.top, t.left + c, "Renamed");
    });
    const t = wb.table(TABLE);
    expect(t.headers.at(-1)).toBe(headerOf("actual"));
    expect(wb.column(TABLE, headerOf("actual")).every((c) => c.value === "")).toBe(true);
  });

  it("keeps vanished text that looks like a formula as text when rewriting it", async () => {
    const { wb } = await loadTwice(
      sampleRecords().filter((r) => r.id !== "evil"),
      () => {},
    );
    const row = idColumn(wb).indexOf("evil");
    const cell = wb.column(TABLE, headerOf("indicator"))[row]!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toMatch(/^=HYPERLINK/);
  });

  it("moves the summary with the table when the user inserted rows above it", async () => {
    const { wb } = await loadTwice(sampleRecords(), (w) => {
      const sheet = w.sheet("测试经济技术开发区");
      sheet.shiftRows(0, 2);
      w.table(TABLE).top += 2;
      sheet.put(0, 0, "my heading");
    });
    const sheet = wb.sheet("测试经济技术开发区");
    expect(sheet.cell(0, 0).value).toBe("my heading");
    expect(sheet.cell(4, 0).formula).toBe(`=ROWS(${TABLE})`);
    expect(sheet.frozenRows).toBe(7);
    expect(wb.active).toBe("测试经济技术开发区");
  });

  it("leaves the summary out rather than writing over the table when the rows above are gone", async () => {
    const { wb } = await loadTwice(sampleRecords(), (w) => {
      w.sheet("测试经济技术开发区").shiftRows(0, -4);
      w.table(TABLE).top -= 4;
    });
    const t = wb.table(TABLE);
    expect(t.top).toBe(0);
    expect(t.headers.map((_h, c) => t.sheet.cell(0, c).value)).toEqual(t.headers);
    expect(idColumn(wb)).toEqual(["gdp-2020", "gdp-2025", "growth-2025", "rd-2025", "evil"]);
  });

  it("writes a fresh sheet once when the user deleted the table, then keeps using it", async () => {
    const wb = setup();
    await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    wb.tables = []; // the user deleted the table; the marked sheet stays
    await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    await writeSheets(describeSheets(sampleRecords()), { lang: "zh" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["测试经济技术开发区", "测试经济技术开发区 (2)"]);
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([[TABLE, "测试经济技术开发区 (2)"]]);
  });

  it("finds its sheet by the marker even after the user renamed it", async () => {
    const { wb, result } = await loadTwice(sampleRecords(), (w) => {
      w.sheet("测试经济技术开发区").name = "My tracking";
    });
    expect(result.sheetName).toBe("My tracking");
    expect(wb.sheets.map((s) => s.name)).toEqual(["My tracking"]);
  });
});

describe("dataset fixture", () => {
  it("covers two regions", () => {
    expect(sampleDataset().regions).toHaveLength(2);
  });
});

describe("markedRegions: which regions the workbook's sheets hold", () => {
  it("reads the regions from the add-in's sheet markers, once each, and ignores other sheets", async () => {
    const wb = setup();
    expect(await markedRegions()).toEqual([]);
    await writeSheets(
      [
        buildRegionSheet(REGION, sampleRecords(), { lang: "zh" }),
        buildRegionSheet(
          OTHER_REGION,
          [record({ id: "o1", region_id: OTHER_REGION.id, region: OTHER_REGION.name })],
          {
            lang: "zh",
          },
        ),
      ],
      { lang: "zh" },
    );
    expect(await markedRegions()).toEqual([REGION.id, OTHER_REGION.id]);
    // a user's sheet with a damaged marker is not a region sheet
    wb.sheet("测试经济技术开发区").props.set(SHEET_MARKER_KEY, "{not json");
    expect(await markedRegions()).toEqual([OTHER_REGION.id]);
  });
});
