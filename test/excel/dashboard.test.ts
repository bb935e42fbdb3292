/** The dashboard description (pure) and its Office.js writer, on the seeds' Luohe GDP and a total target. */
import { buildDashboard, columnLetter } from "../../src/excel/dashboard";
import { dashboardInput, freeName } from "../../src/excel/dashboard-writer";
import { PlanStore } from "../../src/model/store";
import { INDICATORS, matchIndicator } from "../../src/extract/lexicon";
import { seedDataset } from "../functions/seeds-helper";

jest.setTimeout(60_000);

let store: PlanStore;
beforeAll(async () => {
  store = new PlanStore(await seedDataset(), { lexicon: INDICATORS, matchIndicator });
});

describe("buildDashboard", () => {
  test("one block per indicator: years from the base, the path, the target, actuals, status; a line chart", () => {
    const d = buildDashboard(store, [{ regionId: "luohe-etdz", indicatorId: "gdp" }], "en");
    expect(d.sheetName).toBe("Dashboard");
    expect(d.cells[0]![0]!.cached).toBe("Plan indicators dashboard");
    expect(d.cells[1]!.map((c) => c.cached)).toEqual([
      "Region",
      "Indicator",
      "Unit",
      "Target year",
      "Target",
      "Latest year",
      "Latest actual",
      "Status",
    ]);
    // The block: title, years 2020–2025, planned, target, actual (2020 recorded), status.
    const top = d.cells.findIndex((row) => row[0]?.cached === "Planned path") - 2;
    const years = d.cells[top + 1]!.slice(1).map((c) => c.cached);
    expect(years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const planned = d.cells[top + 2]!.slice(1);
    expect(planned[3]!.formula).toBe('=IFERROR(PLAN.PLANNED("luohe-etdz","gdp",2023,"",2025),NA())');
    expect(planned[3]!.cached as number).toBeCloseTo(372.481073, 5);
    expect(d.cells[top + 3]!.slice(1).every((c) => c.cached === 500)).toBe(true);
    const actual = d.cells[top + 4]!.slice(1);
    expect(actual[0]).toMatchObject({ cached: 239.5, input: true });
    expect(actual[3]).toMatchObject({ cached: null, input: true });
    const status = d.cells[top + 5]!.slice(1);
    expect(status[3]!.formula).toBe(
      `=IF(E${top + 5}="","",PLAN.STATUS("luohe-etdz","gdp",2023,E${top + 5},2025))`,
    );
    // The chart covers the years row and the three series rows, beside the block.
    expect(d.charts).toEqual([
      {
        title: expect.stringContaining("漯河经济技术开发区"),
        source: `A${top + 2}:G${top + 5}`,
        topLeft: `I${top + 1}`,
        bottomRight: expect.stringMatching(/^P\d+$/),
      },
    ]);
    // The overview row follows the latest typed actual with LOOKUP and answers STATUS.
    const overview = d.cells[2]!;
    expect(overview[4]!.cached).toBe(500);
    expect(overview[5]).toMatchObject({ cached: 2020, formula: expect.stringContaining("LOOKUP(2,1/(") });
    expect(overview[7]!.formula).toMatch(/^=IF\(G3="","",PLAN\.STATUS\("luohe-etdz","gdp",F3,G3,2025\)\)$/);
    expect(overview[7]!.cached).toBe("on track"); // the 2020 actual is the base: on the path
  });

  test("Chinese words, a cumulative target's path, and unknown picks left out", () => {
    const d = buildDashboard(
      store,
      [
        { regionId: "luohe-etdz", indicatorId: "nope" },
        {
          regionId: "luohe-etdz",
          indicatorId: store.resolveIndicator("引进行业知名企业").ok ? "x-0iqutvi" : "x",
        },
      ],
      "zh",
    );
    expect(d.sheetName).toBe("规划看板");
    expect(d.charts).toHaveLength(1);
    const top = d.cells.findIndex((row) => row[0]?.cached === "规划路径");
    expect(top).toBeGreaterThan(0);
    // 15 over 2021–2025: planned 3, 6, 9, 12, 15
    const planned = d.cells[top]!.slice(1).map((c) => c.cached);
    expect(planned.slice(-5)).toEqual([3, 6, 9, 12, 15].map((v) => expect.closeTo(v, 9)));
  });
});

describe("the Office.js writer's inputs", () => {
  test("formulas as written, text protected, blanks empty; a free sheet name", () => {
    expect(dashboardInput({ formula: "=PLAN.VERSION()", cached: "0.1" })).toBe("=PLAN.VERSION()");
    expect(dashboardInput({ cached: "=HYPERLINK(1)" })).toBe("'=HYPERLINK(1)");
    expect(dashboardInput({ cached: { error: "#N/A" } })).toBe("");
    expect(dashboardInput(undefined)).toBe("");
    expect(freeName("Dashboard", new Set(["Dashboard", "Dashboard (2)"]))).toBe("Dashboard (3)");
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(27)).toBe("AB");
  });
});
