/**
 * Number formats chosen from the unit as the document writes it. Percentages are Excel percentages
 * (7% is 0.07, shown with Excel's % format), as the PLAN functions return them; 个百分点 likewise (1.2
 * points is 0.012, shown as 1.20%). First matching rule wins; the table is ordered from specific to general.
 */
interface FormatRule {
  test: (unit: string) => boolean;
  format: string;
}

const FORMAT_RULES: FormatRule[] = [
  { test: (u) => u === "%" || u === "％", format: "0.0#%" },
  { test: (u) => u.includes("百分点"), format: "0.00%" },
  { test: (u) => u === "‰", format: "0.0#%" },
  { test: (u) => /元|吨|千瓦|立方|平方|公里|米|亩/.test(u), format: "#,##0.0#" },
  { test: (u) => /^(个|家|人|万人|户|所|项|座|张|台|辆|件|次|套|床)$/.test(u), format: "#,##0.##" },
];

const GENERAL_NUMBER = "#,##0.###";

export function numberFormatForUnit(unit: string): string {
  const u = unit.trim();
  return FORMAT_RULES.find((rule) => rule.test(u))?.format ?? GENERAL_NUMBER;
}

/** Formats for the computed columns: PLAN.PROGRESS and PLAN.REQUIRED return fractions, growth rows rates. */
export const FRACTION_FORMAT = "0.0%";
export const RATE_FORMAT = "0.0#%";
export const GENERAL_FORMAT = "General";
export const YEAR_FORMAT = "0";
