/**
 * The Office.js adapters of the dashboard and of "convert PLAN formulas to values", against a small
 * hand-made stand-in for Excel that records what is written and counts syncs.
 */
import { writeDashboard } from "../../src/excel/dashboard-writer";
import type { DashboardDescription } from "../../src/excel/dashboard";
import { convertWorkbookToValues } from "../../src/excel/to-values";

interface Written {
  sheets: string[];
  formulas: Map<string, unknown[][]>;
  charts: { type: string; source: string; seriesBy: string; title?: string; position?: string[] }[];
  syncs: number;
}

function fakeExcel(existing: { name: string; formulas: unknown[][]; values: unknown[][] }[]): Written {
  const written: Written = { sheets: [], formulas: new Map(), charts: [], syncs: 0 };
  const sheet = (name: string) => {
    const data = existing.find((s) => s.name === name);
    return {
      name,
      getRangeByIndexes: (r: number, c: number) => ({
        set formulas(v: unknown[][]) {
          written.formulas.set(`${name}!${r},${c}`, v);
        },
        set numberFormat(_v: unknown) {},
      }),
      getRange: (address: string) => ({ address }),
      charts: {
        add: (type: string, range: { address: string }, seriesBy: string) => {
          const chart = { type, source: range.address, seriesBy } as Written["charts"][number];
          written.charts.push(chart);
          return {
            title: {
              set text(t: string) {
                chart.title = t;
              },
            },
            setPosition: (a: string, b: string) => (chart.position = [a, b]),
          };
        },
      },
      activate: () => undefined,
      getUsedRangeOrNullObject: () => ({
        isNullObject: !data,
        formulas: data?.formulas ?? [],
        values: data?.values ?? [],
        load() {
          return this;
        },
        getCell: (r: number, c: number) => ({
          set formulas(v: unknown[][]) {
            written.formulas.set(`${name}!${r},${c}`, v);
          },
        }),
      }),
    };
  };
  const items = existing.map((s) => sheet(s.name));
  const context = {
    workbook: {
      worksheets: {
        items,
        load: () => undefined,
        add: (name: string) => {
          written.sheets.push(name);
          return sheet(name);
        },
      },
    },
    sync: async () => void written.syncs++,
  };
  (globalThis as { Excel?: unknown }).Excel = {
    run: (cb: (c: unknown) => Promise<unknown>) => cb(context),
    ChartType: { line: "Line" },
    ChartSeriesBy: { rows: "Rows" },
  };
  return written;
}

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

test("the dashboard goes into a new sheet under a free name, with one native line chart per block", async () => {
  const written = fakeExcel([{ name: "Dashboard", formulas: [], values: [] }]);
  const description: DashboardDescription = {
    sheetName: "Dashboard",
    cells: [[{ cached: "=title" }], [], [{ cached: "" }, { formula: "=PLAN.VERSION()", cached: "0.1" }]],
    charts: [{ title: "GDP", source: "A2:C5", topLeft: "E1", bottomRight: "L15" }],
  };
  expect(await writeDashboard(description)).toBe("Dashboard (2)");
  expect(written.sheets).toEqual(["Dashboard (2)"]); // the user's own "Dashboard" is left alone
  expect(written.formulas.get("Dashboard (2)!0,0")).toEqual([["'=title", ""]]);
  expect(written.formulas.get("Dashboard (2)!2,0")).toEqual([["", "=PLAN.VERSION()"]]);
  expect(written.charts).toEqual([
    { type: "Line", source: "A2:C5", seriesBy: "Rows", title: "GDP", position: ["E1", "L15"] },
  ]);
  expect(written.syncs).toBe(2);
});

test("convert to values rewrites only the PLAN cells of every sheet", async () => {
  const written = fakeExcel([
    {
      name: "Luohe",
      formulas: [['=PLAN.TARGET("Luohe","GDP",2025)', "=SUM(A1:A2)", "'=text"]],
      values: [[500, 1000, "=text"]],
    },
    { name: "Empty", formulas: [], values: [] },
  ]);
  expect(await convertWorkbookToValues()).toBe(1);
  expect([...written.formulas.entries()]).toEqual([["Luohe!0,0", [[500]]]]);
});
