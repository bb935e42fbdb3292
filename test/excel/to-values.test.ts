/** "Convert PLAN formulas to values": only PLAN cells change, to their current value; text stays text. */
import { planFormulasToValues, usesPlan } from "../../src/excel/to-values";

test("finds PLAN calls, not look-alikes", () => {
  expect(usesPlan('=PLAN.TARGET("Luohe","GDP",2025)')).toBe(true);
  expect(usesPlan('=IF(A1="","",plan.gap(A1,B1,2023,C1))')).toBe(true);
  expect(usesPlan("=SUM(A1:A3)")).toBe(false);
  expect(usesPlan("=MYPLAN.TARGET(1)")).toBe(false);
  expect(usesPlan("PLAN.TARGET(1)")).toBe(false); // text, not a formula
  expect(usesPlan(5)).toBe(false);
});

test("rewrites only the PLAN cells, with their values; text and errors stay text", () => {
  const formulas = [
    ['=PLAN.TARGET("Luohe","GDP",2025)', "=SUM(A1:A2)", "plain"],
    ['=PLAN.STATUS("Luohe","GDP",2023,400)', '=PLAN.GAP("x","y",2023,1)', '=PLAN.SOURCE("a","b",2025)'],
  ];
  const values = [
    [500, 1000, "plain"],
    ["ahead", "#N/A", "=not a formula"],
  ];
  expect(planFormulasToValues(formulas, values)).toEqual([
    { row: 0, column: 0, value: 500 },
    { row: 1, column: 0, value: "ahead" },
    { row: 1, column: 1, value: "#N/A" },
    { row: 1, column: 2, value: "'=not a formula" },
  ]);
});
