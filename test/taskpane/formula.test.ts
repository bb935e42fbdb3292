import {
  BUILDER_FUNCTIONS,
  answerableYears,
  formulaBlock,
  formulaText,
  parseFormula,
  preview,
} from "../../src/taskpane/formula";
import { PLAN_FUNCTIONS } from "../../src/functions/registry";
import { sampleStore } from "./pane-fixtures";

describe("formula builder logic", () => {
  const store = sampleStore();
  const gdp = { regionId: "test-zone", indicatorId: "gdp" };

  it("offers only functions the registry has", () => {
    expect(BUILDER_FUNCTIONS.length).toBeGreaterThan(5);
    for (const f of BUILDER_FUNCTIONS) expect(PLAN_FUNCTIONS[f.name]).toBeDefined();
  });

  it("limits years to those without an error", () => {
    expect(answerableYears(store, "TARGET", gdp.regionId, gdp.indicatorId)).toEqual([2025]);
    expect(answerableYears(store, "ACTUAL", gdp.regionId, gdp.indicatorId)).toEqual([2020]);
    expect(answerableYears(store, "UNIT", gdp.regionId, gdp.indicatorId)).toEqual([]);
  });

  it("previews by the same code the functions run, errors included, never throwing", () => {
    expect(preview(store, { fn: "TARGET", ...gdp, year: 2025 })).toEqual({
      ok: true,
      value: 500,
      answer: "amount",
    });
    const miss = preview(store, { fn: "TARGET", ...gdp, year: 2023 });
    expect(miss.ok).toBe(false);
    expect(miss.ok === false && miss.code).toBe("#N/A");
    expect(preview(store, { fn: "TARGET", ...gdp }).ok).toBe(false);
    expect(preview(store, { fn: "NOPE", ...gdp }).ok).toBe(false);
  });

  it("writes formulas with quoted names and reads them back", () => {
    const text = formulaText(store, { fn: "TARGET", ...gdp, year: 2025 });
    expect(text).toBe('=PLAN.TARGET("Testzone","地区生产总值",2025)');
    expect(parseFormula(store, text)).toEqual({ fn: "TARGET", ...gdp, year: 2025 });
    expect(parseFormula(store, '=plan.basevalue( "测试经开区" , "gdp" )')).toEqual({
      fn: "BASEVALUE",
      ...gdp,
      year: undefined,
    });
    expect(parseFormula(store, "=SUM(A1:A3)")).toBeUndefined();
    expect(parseFormula(store, '=PLAN.TARGET("nowhere","gdp",2025)')).toBeUndefined();
    expect(parseFormula(store, '=PLAN.TARGET("Testzone,"gdp",2025)')).toBeUndefined();
  });

  it("builds blocks across regions and years", () => {
    expect(formulaBlock(store, { fn: "ACTUAL", ...gdp, year: 2020 }, "regions")).toEqual([
      ['=PLAN.ACTUAL("Testzone","地区生产总值",2020)'],
      ['=PLAN.ACTUAL("Elsewhere","地区生产总值",2020)'],
    ]);
    expect(formulaBlock(store, { fn: "TARGET", ...gdp, year: 2025 }, "years")).toEqual([
      ['=PLAN.TARGET("Testzone","地区生产总值",2025)'],
    ]);
  });
});
