/**
 * The formula builder's logic, without React: which functions it offers, which years each can answer for
 * a region and indicator, the preview (computed by the same registry the PLAN functions run), the formula
 * text, blocks across regions or years, and reading a PLAN formula back for editing.
 * The function list is BUILDER_FUNCTIONS below: the one place to change when the registry changes.
 */
import { formulaString } from "../excel/cell-text";
import { regionArgument } from "../excel/insert-formula";
import { PLAN_FUNCTIONS } from "../functions/registry";
import { FUNCTION_SPECS } from "../model/function-specs";
import { isPlanError } from "../model/errors";
import type { PlanStore } from "../model/store";

export type YearUse = "required" | "optional" | "none";
export type Answer = "amount" | "fraction" | "year" | "text";

export interface BuilderFunction {
  name: string;
  year: YearUse;
  /** How to show the value in the preview. */
  answer: Answer;
}

/** Functions the builder fills in from a region, an indicator and a year; names missing from the registry drop out. */
/** How a function's number reads (the rest are amounts in the indicator's unit, or text). */
const ANSWER_OF: Readonly<Record<string, Answer>> = { TARGETGROWTH: "fraction", BASEYEAR: "year" };

/**
 * The functions of one region, indicator and at most a year (further arguments optional), from the spec
 * table; those that need an actual, and the lists, are for cells the user writes around their own figures.
 */
export const BUILDER_FUNCTIONS: readonly BuilderFunction[] = FUNCTION_SPECS.filter(
  (f) =>
    f.returns !== "matrix" &&
    f.params[0]?.type === "region" &&
    f.params[1]?.type === "indicator" &&
    f.params
      .slice(2)
      .every((p, i) => (i === 0 && (p.type === "year" || p.type === "optionalYear")) || p.optional),
).map((f) => {
  const year = f.params[2];
  return {
    name: f.id,
    year: !year ? "none" : year.optional ? "optional" : "required",
    answer: ANSWER_OF[f.id] ?? (f.returns === "string" ? "text" : "amount"),
  };
});

export function builderFunction(name: string): BuilderFunction | undefined {
  return BUILDER_FUNCTIONS.find((f) => f.name === name);
}

export interface FormulaChoice {
  fn: string;
  regionId: string;
  indicatorId: string;
  year?: number;
}

/** The shortest region name that resolves back to the region (Luohe before 漯河经济技术开发区). */
export function regionArg(store: PlanStore, regionId: string): string {
  const region = store.regions.get(regionId);
  if (!region) return regionId;
  return regionArgument(region, (name) => {
    const resolution = store.resolveRegion(name);
    return resolution.ok ? resolution.id : undefined;
  });
}

/** The indicator's code (GDP), else its Chinese name when that resolves to it, else its id. */
export function indicatorArg(store: PlanStore, indicatorId: string): string {
  const info = store.indicators.get(indicatorId);
  for (const name of [info?.code, info?.name_zh]) {
    if (!name) continue;
    const resolution = store.resolveIndicator(name);
    if (resolution.ok && resolution.id === indicatorId) return name;
  }
  return indicatorId;
}

function args(store: PlanStore, choice: FormulaChoice): (string | number)[] {
  const list: (string | number)[] = [
    regionArg(store, choice.regionId),
    indicatorArg(store, choice.indicatorId),
  ];
  const spec = builderFunction(choice.fn);
  if (spec && spec.year !== "none" && choice.year !== undefined) list.push(choice.year);
  return list;
}

export function formulaText(store: PlanStore, choice: FormulaChoice): string {
  const text = args(store, choice).map((a) => (typeof a === "number" ? String(a) : formulaString(a)));
  return `=PLAN.${choice.fn}(${text.join(",")})`;
}

export type Preview =
  { ok: true; value: string | number; answer: Answer } | { ok: false; code: string; message: string };

/** What the formula returns now, by the registry the custom functions call. Never throws. */
export function preview(store: PlanStore, choice: FormulaChoice): Preview {
  const spec = builderFunction(choice.fn);
  const fn = PLAN_FUNCTIONS[choice.fn];
  if (!spec || !fn) return { ok: false, code: "#NAME?", message: `PLAN.${choice.fn}` };
  if (spec.year === "required" && choice.year === undefined) {
    return { ok: false, code: "#VALUE!", message: "year" };
  }
  try {
    const result = fn.run(store, args(store, choice));
    if (isPlanError(result)) return { ok: false, code: result.code, message: result.message };
    if (Array.isArray(result)) return { ok: true, value: String(result[0]?.[0] ?? ""), answer: "text" };
    if (typeof result === "number" && !Number.isFinite(result)) {
      return { ok: false, code: "#NUM!", message: String(result) };
    }
    return { ok: true, value: result, answer: spec.answer };
  } catch (error) {
    return { ok: false, code: "#VALUE!", message: (error as Error).message };
  }
}

const MAX_SPAN = 40;

/** Years the function answers without an error for this region and indicator, latest first. */
export function answerableYears(
  store: PlanStore,
  fn: string,
  regionId: string,
  indicatorId: string,
): number[] {
  const spec = builderFunction(fn);
  if (!spec || spec.year === "none") return [];
  const records = store.find({ region: regionId, indicator: indicatorId });
  if (records.length === 0) return [];
  const years = records.map((r) => r.year);
  const first = Math.min(...years, ...records.map((r) => r.period_start ?? r.year)) - 1;
  const last = Math.max(...years);
  const candidates: number[] = [];
  for (let y = last; y >= Math.max(first, last - MAX_SPAN); y--) candidates.push(y);
  return candidates.filter((year) => preview(store, { fn, regionId, indicatorId, year }).ok);
}

/** Regions with records of the indicator, those with the most targets first. */
export function regionsOf(store: PlanStore, indicatorId: string): string[] {
  const targets = new Map<string, number>();
  for (const r of store.find({ indicator: indicatorId })) {
    targets.set(r.region_id, (targets.get(r.region_id) ?? 0) + (r.kind === "target" ? 1 : 0));
  }
  return [...targets.keys()].sort((a, b) => targets.get(b)! - targets.get(a)!);
}

export type Fill = "none" | "regions" | "years";

/** The formulas of a block: one per region down a column, or one per answerable year along a row. */
export function formulaBlock(store: PlanStore, choice: FormulaChoice, fill: Fill): string[][] {
  if (fill === "regions") {
    return regionsOf(store, choice.indicatorId).map((regionId) => [
      formulaText(store, { ...choice, regionId }),
    ]);
  }
  if (fill === "years") {
    const years = answerableYears(store, choice.fn, choice.regionId, choice.indicatorId).reverse();
    return [years.map((year) => formulaText(store, { ...choice, year }))];
  }
  return [[formulaText(store, choice)]];
}

/** Splits `a,"b,""c""",2025` into arguments; quotes are undone. */
function splitArguments(text: string): string[] | undefined {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === ",") {
      out.push(wasQuoted ? current : current.trim());
      current = "";
      wasQuoted = false;
    } else if (ch.trim() !== "" || !wasQuoted) current += ch;
  }
  if (quoted) return undefined;
  out.push(wasQuoted ? current : current.trim());
  return out;
}

const PLAN_CALL = /^=\s*PLAN\.([A-Z]+)\((.*)\)\s*$/i;

/** The builder's choice for a formula such as =PLAN.TARGET("Luohe","GDP",2025); undefined if it is not one. */
export function parseFormula(store: PlanStore, formula: string): FormulaChoice | undefined {
  const match = PLAN_CALL.exec(formula);
  if (!match) return undefined;
  const fn = match[1]!.toUpperCase();
  const spec = builderFunction(fn);
  const parts = splitArguments(match[2]!);
  if (!spec || !parts || parts.length < 2) return undefined;
  const region = store.resolveRegion(parts[0]!);
  const indicator = store.resolveIndicator(parts[1]!);
  if (!region.ok || !indicator.ok) return undefined;
  const year = parts[2] !== undefined && parts[2] !== "" ? Number.parseInt(parts[2], 10) : undefined;
  return {
    fn,
    regionId: region.id,
    indicatorId: indicator.id,
    year: year !== undefined && Number.isFinite(year) ? year : undefined,
  };
}
