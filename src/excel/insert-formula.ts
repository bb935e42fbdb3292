/**
 * Insert-a-formula: the PLAN functions the pane can fill in from an indicator's records, the formula
 * text (arguments quoted and escaped, never spliced raw), and the write into the selected cell.
 */
import { formulaString } from "./cell-text";

export type InsertableFunction =
  | "TARGET"
  | "BASEVALUE"
  | "BASEYEAR"
  | "TARGETGROWTH"
  | "PLANNED"
  | "UNIT"
  | "QUALIFIER"
  | "SOURCE"
  | "ACTUAL";

/** Which functions take a year, as data for the pane's form. */
export const INSERTABLE: ReadonlyArray<{ name: InsertableFunction; year: "required" | "optional" | "none" }> =
  [
    { name: "TARGET", year: "required" },
    { name: "TARGETGROWTH", year: "optional" },
    { name: "PLANNED", year: "required" },
    { name: "BASEVALUE", year: "none" },
    { name: "BASEYEAR", year: "none" },
    { name: "ACTUAL", year: "required" },
    { name: "UNIT", year: "none" },
    { name: "QUALIFIER", year: "required" },
    { name: "SOURCE", year: "required" },
  ];

export function buildFormula(
  fn: InsertableFunction,
  region: string,
  indicator: string,
  year?: number,
): string {
  const spec = INSERTABLE.find((f) => f.name === fn);
  if (!spec) throw new Error(`PLAN.${fn} cannot be inserted from the pane.`);
  if (spec.year === "required" && year === undefined) throw new Error(`PLAN.${fn} needs a year.`);
  const args = [formulaString(region), formulaString(indicator)];
  if (spec.year !== "none" && year !== undefined) {
    if (!Number.isInteger(year)) throw new Error(`The year must be a whole number, not ${year}.`);
    args.push(String(year));
  }
  return `=PLAN.${fn}(${args.join(",")})`;
}

/**
 * The shortest name that resolves to the region: an ASCII alias (Luohe) reads best in a formula, then the
 * English name, the Chinese names and finally the id, which always resolves.
 */
export function regionArgument(
  region: { id: string; name: string; name_en: string; aliases: readonly string[] },
  resolvesTo: (name: string) => string | undefined,
): string {
  const ascii = (s: string) => /^[\x20-\x7e]+$/.test(s);
  const candidates = [
    ...region.aliases.filter(ascii).sort((a, b) => a.length - b.length),
    region.name_en,
    ...region.aliases.filter((a) => !ascii(a)).sort((a, b) => a.length - b.length),
    region.name,
  ];
  return candidates.find((c) => c && resolvesTo(c) === region.id) ?? region.id;
}

/** Writes `formula` into the top-left cell of the selection; one sync. Returns the cell's address. */
export async function insertAtSelection(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
