/**
 * insertAtSelection runs against office-addin-mock's object model (the Excel global and a selected range
 * built from mock data), since Excel itself is not available in tests.
 */
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("./office-manifest-shim"),
);

import { OfficeMockObject } from "office-addin-mock";
import { buildFormula, insertAtSelection, regionArgument } from "../../src/excel/insert-formula";
import { REGION } from "./fixtures";

describe("buildFormula", () => {
  it("quotes names and appends the year where the function takes one", () => {
    expect(buildFormula("TARGET", "Luohe", "GDP", 2025)).toBe('=PLAN.TARGET("Luohe","GDP",2025)');
    expect(buildFormula("BASEVALUE", "Luohe", "GDP", 2025)).toBe('=PLAN.BASEVALUE("Luohe","GDP")');
    expect(buildFormula("TARGETGROWTH", "漯河经开区", "gdp")).toBe('=PLAN.TARGETGROWTH("漯河经开区","gdp")');
  });

  it("escapes quotes so document names cannot break out of the string", () => {
    expect(buildFormula("UNIT", 'a"),HYPERLINK("x', "gdp")).toBe('=PLAN.UNIT("a""),HYPERLINK(""x","gdp")');
  });

  it("refuses a missing or fractional year with a message", () => {
    expect(() => buildFormula("TARGET", "Luohe", "GDP")).toThrow("PLAN.TARGET needs a year.");
    expect(() => buildFormula("TARGET", "Luohe", "GDP", 2025.5)).toThrow(/whole number/);
  });
});

describe("regionArgument", () => {
  it("prefers a short ASCII alias that resolves to the region, else falls back to the id", () => {
    const resolves = (name: string) => (name === "Testzone" || name === REGION.id ? REGION.id : undefined);
    expect(regionArgument(REGION, resolves)).toBe("Testzone");
    expect(regionArgument(REGION, (n) => (n === REGION.id ? REGION.id : "other"))).toBe(REGION.id);
  });
});

describe("insertAtSelection", () => {
  it("writes the formula into the selected cell in one sync and returns its address", async () => {
    const excel = new OfficeMockObject({
      selected: { address: "Sheet1!C3", formulas: [[""]] },
      context: { workbook: {} },
    }) as unknown as {
      selected: OfficeMockObject & { formulas: unknown };
      context: { workbook: Record<string, unknown>; sync: () => Promise<void> };
      run: (callback: (context: unknown) => Promise<unknown>) => Promise<unknown>;
    };
    let syncs = 0;
    // The mock hands out a loaded property only after a sync of its object: the context's sync does that.
    excel.context.workbook.getSelectedRange = () => ({ getCell: () => excel.selected });
    excel.context.sync = async () => {
      syncs++;
      await excel.selected.sync();
    };
    excel.run = (callback) => callback(excel.context);
    (globalThis as { Excel?: unknown }).Excel = excel;

    const address = await insertAtSelection('=PLAN.TARGET("Luohe","GDP",2025)');
    expect(address).toBe("Sheet1!C3");
    expect(excel.selected.formulas).toEqual([['=PLAN.TARGET("Luohe","GDP",2025)']]);
    expect(syncs).toBe(1);
  });

  it("fails when the address is read without a sync (the mock enforces load/sync)", async () => {
    const excel = new OfficeMockObject({ selected: { address: "A1", formulas: [[""]] } }) as unknown as {
      selected: OfficeMockObject & { address: unknown };
    };
    excel.selected.load("address");
    expect(excel.selected.address).not.toBe("A1");
    await excel.selected.sync();
    expect(excel.selected.address).toBe("A1");
  });
});
