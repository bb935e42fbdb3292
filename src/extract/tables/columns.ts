/**
 * What each header column holds once the whole header is known: bare years become base or target,
 * several dated level columns (2025年目标 | 2025年预计 | 2026年目标) give one primary base and target
 * and further dated columns, and each growth column belongs to the level column before it.
 */
import type { Kind } from "../../record";
import type { ColumnRole } from "./lexicon";
import type { DatedCell, TableCell } from "./types";

export interface Column {
  role: ColumnRole;
  year?: number;
  /** Unit from the header cell's brackets: 年均增长(%) gives %. */
  unit?: string;
  cumulative?: boolean;
  /** A base column headed 预计: an estimate. */
  estimate?: boolean;
  /** Headed by a year alone (2025年). */
  bare?: boolean;
  /** Plan period written before the column's word (“十四五”年均增长 → 2021–2025). */
  period?: [number, number];
  /** A row-number column the reader assumes (rows may be numbered under a header without 序号). */
  implied?: boolean;
  /** Headed 年均 or 累计: growth over the whole period. */
  average?: boolean;
  /** The role a further dated column had before it was set aside (a second 目标 column). */
  was?: ColumnRole;
  /**
   * A further dated column whose cells are kept (2025年目标 beside 2026年目标): what its cells state.
   * Its `year` dates them (a growth column takes the year of the level column before it).
   */
  keep?: { kind: Kind; growth: boolean; fromYearOnly?: boolean };
  start: number;
  end: number;
}

/** Two or more bare years, each one after the year before. */
const consecutive = (bare: Column[]): boolean =>
  bare.length >= 2 && bare.every((c, i) => i === 0 || c.year === bare[i - 1].year! + 1);

/** Year columns kept as dated cells whose kind their year decides (a target while still ahead). */
function keepSeries(columns: Column[]): void {
  for (const c of columns) {
    c.role = "other";
    c.was = "year";
    c.keep = { kind: "target", growth: false, fromYearOnly: true };
  }
}

/** Gives bare year columns their role: the first is the base, the next the target. */
export function resolveYears(columns: Column[]): void {
  const bare = columns.filter((c) => c.role === "year");
  if (bare.length === 0) return;
  const base = columns.find((c) => c.role === "base");
  const target = columns.find((c) => c.role === "target");
  if (bare.length === 1) {
    const before = target && (target.year === undefined || bare[0].year! < target.year);
    bare[0].role = before ? "base" : "target";
    return;
  }
  // 2021年 2022年 2023年 2024年 2025年: a series year by year, as statistical annexes print it; each
  // column is dated by its year alone (an actual once the year has been lived through)
  if (!base && !target && bare.length >= 3 && consecutive(bare)) {
    bare[0].role = "base";
    keepSeries(bare.slice(1));
    return;
  }
  // 2020年 2025年 2035年: base, the plan's target, then a vision year this reader skips; the
  // earlier year is the base whatever the order of the columns (2025年 | 2020年).
  if (!base && !target && bare.length === 2 && bare[1].year! < bare[0].year!) bare.reverse();
  // 2023年基数 | 2024年 | 2025年 | 2026年: one target per year, each dated by its year alone
  if (base && !target && consecutive(bare)) {
    bare[0].role = "target";
    keepSeries(bare.slice(1));
    return;
  }
  let next = 0;
  if (!base) bare[next++].role = "base";
  if (!target && next < bare.length) bare[next++].role = "target";
  for (const c of bare) if (c.role === "year") c.role = "other";
}

const roleOf = (c: Column): ColumnRole => c.was ?? c.role;

/**
 * Several dated level columns: the base is the latest actual or estimate, the target the first target
 * after it (2026年目标 after 2025年预计); the other dated ones are kept with their own year and kind
 * (2025年目标 is last year's target).
 */
export function resolveLevels(columns: Column[]): void {
  const dated = (role: ColumnRole) =>
    columns.filter(
      (c) => (c.role === role || (c.role === "other" && c.was === role)) && c.year !== undefined,
    );
  const bases = dated("base");
  const targets = dated("target");
  if (bases.length + targets.length < 3 && bases.length < 2 && targets.length < 2) return;
  const baseYear = Math.max(...bases.map((c) => c.year!));
  const target = targets.find((c) => c.year! > baseYear) ?? targets[0];
  const base =
    bases.filter((c) => !target || c.year! < target.year!).sort((a, b) => b.year! - a.year!)[0] ?? bases[0];
  for (const c of [...bases, ...targets]) {
    if (c === base || c === target) {
      c.role = roleOf(c);
      delete c.was;
      continue;
    }
    c.was = roleOf(c);
    c.role = "other";
    const kind: Kind = c.was === "target" ? "target" : c.estimate ? "estimate" : "actual";
    c.keep = { kind, growth: false };
  }
}

/**
 * A growth column belongs to the level column before it: after the base (with the target still to
 * come) it is the base year's own growth (2023年完成 | 增长% | 2024年目标 | 增长%); after a kept dated
 * column it is that column's growth; one growth column stays the table's growth.
 */
export function resolveGrowth(columns: Column[]): void {
  let last: Column | undefined;
  columns.forEach((c, i) => {
    if (c.role === "base" || c.role === "target" || (c.keep && !c.keep.growth)) last = c;
    else if (c.role === "growth" && last && !c.period && !c.average) {
      if (last.role === "base" && columns.slice(i + 1).some((d) => d.role === "target"))
        c.role = "baseGrowth";
      else if (last.keep) {
        c.role = "other";
        c.was = "growth";
        c.keep = { kind: last.keep.kind, growth: true };
        c.year ??= last.year;
      }
    }
  });
  for (const role of ["growth", "baseGrowth"] as const) {
    const found = columns.filter((c) => c.role === role);
    for (const extra of found.slice(1)) extra.role = "other";
  }
}

/** A kept dated column's cell with the kind, measure and year its header gives. */
export function datedCell(column: Column, cell: TableCell): DatedCell {
  const d: DatedCell = { cell, kind: column.keep!.kind, growth: column.keep!.growth };
  if (column.year !== undefined) d.year = column.year;
  if (column.keep!.fromYearOnly) d.fromYearOnly = true;
  return d;
}
