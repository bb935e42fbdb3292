/** Compact expectations for table rows, written by hand from the fixtures' own text. */
import type { ParsedTable, TableCell, TableRow } from "../../../src/extract/tables";

/**
 * A cell as the fixture writes it: `>=800`, `~75`, `30..32`, `1.2[个百分点]`, `text:完成省下达任务`.
 * Qualifier first (>=, <=, >, <, ~), then a number, a range or `text:` words, then an optional [unit],
 * then an optional ` cumulative` (the value was written in 〔〕).
 */
export type CellSpec = string;

export interface RowSpec {
  n?: number;
  cat?: string;
  name: string;
  unit: string;
  base?: CellSpec;
  target?: CellSpec;
  growth?: CellSpec;
  baseGrowth?: CellSpec;
  attr?: string;
}

interface CellView {
  value: number | null;
  value_max?: number;
  qualifier: string;
  text?: string;
  unit?: string;
  cumulative?: boolean;
}

export function parseSpec(spec: CellSpec): CellView {
  let s = spec;
  const cumulative = s.endsWith(" cumulative");
  if (cumulative) s = s.slice(0, -" cumulative".length);
  let unit: string | undefined;
  const u = /\[(.+)\]$/.exec(s);
  if (u) {
    unit = u[1];
    s = s.slice(0, u.index);
  }
  const q = /^(>=|<=|>|<|~)/.exec(s);
  const qualifier = q ? q[1] : "=";
  if (q) s = s.slice(q[1].length);
  const view: CellView = { value: null, qualifier };
  if (s.startsWith("text:")) view.text = s.slice(5);
  else if (s.includes("..")) {
    const [lo, hi] = s.split("..");
    view.value = Number(lo);
    view.value_max = Number(hi);
  } else view.value = Number(s);
  if (unit) view.unit = unit;
  if (cumulative) view.cumulative = true;
  return view;
}

const view = (c: TableCell | undefined): CellView | undefined => {
  if (!c) return undefined;
  const v: CellView = { value: c.value, qualifier: c.qualifier };
  if (c.value_max !== undefined) v.value_max = c.value_max;
  if (c.text !== undefined) v.text = c.text;
  if (c.unit !== undefined) v.unit = c.unit;
  if (c.cumulative) v.cumulative = true;
  return v;
};

/** The row as a RowSpec-shaped object, so a mismatch shows the whole row. */
function rowView(r: TableRow) {
  return {
    n: r.rowNumber,
    cat: r.category,
    name: r.indicator,
    unit: r.unit,
    base: view(r.base),
    target: view(r.target),
    growth: view(r.growth),
    baseGrowth: view(r.baseGrowth),
    attr: r.attribute,
  };
}

function specView(s: RowSpec) {
  return {
    n: s.n,
    cat: s.cat,
    name: s.name,
    unit: s.unit,
    base: s.base === undefined ? undefined : parseSpec(s.base),
    target: s.target === undefined ? undefined : parseSpec(s.target),
    growth: s.growth === undefined ? undefined : parseSpec(s.growth),
    baseGrowth: s.baseGrowth === undefined ? undefined : parseSpec(s.baseGrowth),
    attr: s.attr,
  };
}

export function expectRows(table: ParsedTable, specs: RowSpec[]): void {
  expect(table.rows.map(rowView)).toEqual(specs.map(specView));
}

/** Every cell's offsets lie inside its row, and the row's text starts with the indicator. */
export function expectOffsets(text: string, table: ParsedTable): void {
  for (const r of table.rows) {
    expect(text.slice(r.start, r.end).startsWith(r.indicator)).toBe(true);
    for (const c of [r.base, r.target, r.growth, r.baseGrowth]) {
      if (!c) continue;
      expect(c.start).toBeGreaterThanOrEqual(r.start);
      expect(c.end).toBeLessThanOrEqual(r.end);
      expect(c.end).toBeGreaterThan(c.start);
    }
  }
}
