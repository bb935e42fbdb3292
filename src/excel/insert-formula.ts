/**
 * Insert-a-formula: the PLAN functions the pane can fill in from an indicator's records, the formula
 * text (arguments quoted and escaped, never spliced raw), and the write into the selected cell.
 */
import { specOf } from "../model/function-specs";
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

const INSERTABLE_NAMES: readonly InsertableFunction[] = [
  "TARGET",
  "TARGETGROWTH",
  "PLANNED",
  "BASEVALUE",
  "BASEYEAR",
  "ACTUAL",
  "UNIT",
  "QUALIFIER",
  "SOURCE",
];

/** Whether the function's year is required, optional or absent: read from the spec table. */
function yearOf(name: InsertableFunction): "required" | "optional" | "none" {
  const year = specOf(name).params.find((p) => p.name === "year");
  return !year ? "none" : year.optional ? "optional" : "required";
}

/** Which functions take a year, as data for the pane's form (derived from src/model/function-specs.ts). */
export const INSERTABLE: ReadonlyArray<{ name: InsertableFunction; year: "required" | "optional" | "none" }> =
  INSERTABLE_NAMES.map((name) => ({ name, year: yearOf(name) }));

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
