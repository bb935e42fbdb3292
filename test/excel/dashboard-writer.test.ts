/**
 * writeDashboard against office-addin-mock's `Excel` global and the in-memory workbook (fake-workbook.ts),
 * which has Office.js's queue-and-sync semantics; charts are recorded by a small stand-in for
 * Worksheet.charts, which the fake workbook does not model.
 */
// office-addin-mock's own copy of office-addin-manifest (see office-manifest-shim.ts).
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("./office-manifest-shim"),
);

import { OfficeMockObject } from "office-addin-mock";
import { buildDashboard } from "../../src/excel/dashboard";
import { writeDashboard } from "../../src/excel/dashboard-writer";
import { PlanStore } from "../../src/model/store";
import { FakeWorkbookState, type FakeContext } from "./fake-workbook";
import { REGION, sampleDataset } from "./fixtures";

interface RecordedChart {
  type: string;
  source: string;
  seriesBy: string;
  title: { text?: string };
  position?: [string, string];
  synced: boolean;
}

/** The fake workbook's context, whose new sheets also have charts and getRange(address). */
function install(wb: FakeWorkbookState): RecordedChart[] {
  const charts: RecordedChart[] = [];
  const excel = new OfficeMockObject({
    run: async (callback: (context: FakeContext) => Promise<unknown>) => {
      const context = wb.context();
      const sheets = (context.workbook as { worksheets: { add: (name: string) => object } }).worksheets;
      const add = sheets.add;
      sheets.add = (name: string) =>
        Object.assign(add(name), {
          getRange: (address: string) => ({ address }),
          charts: {
            add(type: string, range: { address: string }, seriesBy: string) {
              const chart: RecordedChart = {
                type,
                source: range.address,
                seriesBy,
                title: {},
                synced: false,
              };
              // Like every Office.js write, the chart exists after the next sync.
              wb.queue.push(() => void (chart.synced = true));
              charts.push(chart);
              return {
                title: chart.title,
                setPosition: (from: string, to: string) => void (chart.position = [from, to]),
              };
            },
          },
        });
      return callback(context);
    },
  });
  Object.assign(excel, { ChartType: { line: "Line" }, ChartSeriesBy: { rows: "Rows" } });
  (globalThis as { Excel?: unknown }).Excel = excel;
  return charts;
}

const store = () => new PlanStore(sampleDataset());

describe("writeDashboard", () => {
  it("writes the grid as formulas and formats on a new sheet, with one line chart per block, in two syncs", async () => {
    const wb = new FakeWorkbookState();
    const charts = install(wb);
    const description = buildDashboard(store(), [{ regionId: REGION.id, indicatorId: "gdp" }], "en");
    const syncsBefore = wb.syncs;

    const name = await writeDashboard(description);
    expect(name).toBe("Dashboard");
    expect(wb.syncs - syncsBefore).toBe(2);
    expect(wb.active).toBe("Dashboard");
    const sheet = wb.sheet("Dashboard");
    expect(sheet.cell(0, 0).value).toBe("Plan indicators dashboard");
    expect(sheet.cell(1, 7).value).toBe("Status");
    // Every PLAN cell of the description is a live formula in the sheet, with its number format.
    description.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula) expect(sheet.cell(r, c).formula).toBe(cell.formula);
        if (cell.numberFormat) expect(sheet.cell(r, c).numberFormat).toBe(cell.numberFormat);
      }),
    );
    const formulas = [...sheet.cells.values()].map((c) => c.formula ?? "");
    expect(formulas.some((f) => f.startsWith("=IFERROR(PLAN.PLANNED("))).toBe(true);
    expect(formulas.some((f) => f.includes("PLAN.STATUS("))).toBe(true);

    expect(charts).toEqual([
      {
        type: "Line",
        source: description.charts[0]!.source,
        seriesBy: "Rows",
        title: { text: description.charts[0]!.title },
        position: [description.charts[0]!.topLeft, description.charts[0]!.bottomRight],
        synced: true,
      },
    ]);
  });

  it("never writes into a sheet it did not make, and keeps document text as text", async () => {
    const wb = new FakeWorkbookState();
    const mine = wb.addSheet("规划看板");
    mine.put(0, 0, "my notes");
    const charts = install(wb);
    const description = buildDashboard(
      store(),
      [
        { regionId: REGION.id, indicatorId: "gdp" },
        { regionId: REGION.id, indicatorId: "x-evil" },
      ],
      "zh",
    );

    const name = await writeDashboard(description);
    expect(name).toBe("规划看板 (2)");
    expect(mine.cell(0, 0).value).toBe("my notes");
    expect(mine.cells.size).toBe(1);
    expect(charts).toHaveLength(2);
    // The indicator named like a formula is a text cell in the overview, not a formula.
    const sheet = wb.sheet(name);
    const evil = [...sheet.cells.values()].find((c) => String(c.value).startsWith("=HYPERLINK"));
    expect(evil).toBeDefined();
    expect(evil!.formula).toBeUndefined();
    expect([...sheet.cells.values()].every((c) => !c.formula?.includes("HYPERLINK"))).toBe(true);
  });
});
