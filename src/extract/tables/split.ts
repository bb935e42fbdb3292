/**
 * Splits the run-together value cells of a flattened table row (`45.272.810` → 45.2 | 72.8 | 10).
 * Every way of cutting the digit runs into at most as many cells as the header has value columns is
 * scored; the score rewards a growth cell that agrees with base and target over the plan's years
 * (growth ≈ (target/base)^(1/years) − 1, or a change in percentage points ≈ (target − base)/years),
 * and charges for extra cuts, implausible decimals and wild target/base ratios.
 */
import type { Qualifier } from "../../record";
import { GROWTH_WORDS } from "./lexicon";
import type { TableCell } from "./types";

/** Value columns in a row; `other` is a further year column (2035年) that is split off but not kept. */
export type ValueRole = "base" | "target" | "growth" | "baseGrowth" | "other";

/** A run of digits and dots whose cells are to be found, with what is written around it. */
export interface NumberRun {
  kind: "run";
  digits: string;
  /** Offset of digits[0] in the text. */
  start: number;
  /** Qualifier before the run (≥500): applies to its first cell. */
  prefix?: Qualifier;
  prefixStart?: number;
  /** Qualifier and unit after the run (4左右, 1.2个百分点): apply to its last cell. */
  suffix?: Qualifier;
  unit?: string;
  /** End of the run including its suffix words. */
  end: number;
  /** The run's last cell and the next run's first cell form a range (30%—35%). */
  rangeNext?: boolean;
  /** Written in 〔〕: its cell is a total over the period. */
  cumulative?: boolean;
}

/** A cell whose extent is certain: `-` (empty, cell null) or qualitative words. */
export interface FixedCell {
  kind: "fixed";
  cell: TableCell | null;
  /** End of the cell's text (the dash of an empty cell). */
  end: number;
}

export type Segment = NumberRun | FixedCell;

/**
 * What the table's other rows say about its columns (from a first reading): rows of one table
 * fill the same columns, and a qualitative phrase repeated down a column stays in that column.
 */
export interface ColumnPrior {
  /** Share of the other rows with a cell (number or words) in each value column. */
  fill: number[];
  /** Columns in which the other rows wrote each qualitative text. */
  textColumns: Map<string, Set<number>>;
  /** Other rows write empty cells as -: a cell simply left out is then less likely. */
  marksEmpty: boolean;
}

export interface SplitContext {
  /** The value columns in header order. */
  roles: readonly ValueRole[];
  /** Years between base and target (growth is annual over these). */
  years: number;
  /** Growth column holds a change over the whole period (累计) rather than an annual rate. */
  cumulative: boolean;
  /** Unit of the row's levels (from the name's brackets or the unit column). */
  rowUnit: string;
  /** Unit of the growth column (年均增长(%) → %). */
  growthUnit: string;
  prior?: ColumnPrior;
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Cell under construction, with what the score needs to know about how it was written. */
interface Candidate {
  cell: TableCell | null;
  /** Digits after the decimal point (of the low end for a range). */
  decimals: number;
  trailingZero: boolean;
  /** Digits written, without the dot. */
  digits: number;
}

const SPLIT_COST = 1.5;
const MISSING_COST = 1;
const MARKED_MISSING_COST = 3;
/** Extra cost of leaving out a cell the other rows of the table fill (times their share). */
const PRIOR_FILL_COST = 1.5;
/** Reward (or cost) for words about growth in (or out of) the growth column. */
const GROWTH_WORDS_FIT = 1;
/** Extra cost of leaving out a cell when other rows mark empty cells with -. */
const PRIOR_MARKS_COST = 1;
/** Reward (or cost) for a qualitative phrase in the column (or not) where other rows put it. */
const PRIOR_TEXT = 1;
/** Bounds the enumeration (uncut readings come first, so the best found so far stands). */
const MAX_CANDIDATES = 20000;
const MAX_RUN = 32;

/** A number as tables write it: no leading zeros (except 0.x), no bare or doubled dots. */
export function isPlainNumber(s: string): boolean {
  if (s.length === 0 || s.length > 16) return false;
  let dot = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === ".") {
      if (dot >= 0) return false;
      dot = i;
    } else if (c < "0" || c > "9") return false;
  }
  if (dot === 0 || dot === s.length - 1) return false;
  const intLen = dot < 0 ? s.length : dot;
  return !(s[0] === "0" && intLen > 1);
}

function describe(text: string): { decimals: number; trailingZero: boolean; digits: number } {
  const dot = text.indexOf(".");
  if (dot < 0) return { decimals: 0, trailingZero: false, digits: text.length };
  return { decimals: text.length - dot - 1, trailingZero: text.endsWith("0"), digits: text.length - 1 };
}

/** All ways to cut `digits` into `k` plain numbers (bounded by the caller's budget). */
function cuts(run: NumberRun, k: number, out: Piece[][], budget: { left: number }): void {
  const d = run.digits;
  const pieces: Piece[] = [];
  const walk = (from: number, left: number): void => {
    if (budget.left <= 0) return;
    if (left === 1) {
      const text = d.slice(from);
      if (!isPlainNumber(text)) return;
      budget.left--;
      out.push([...pieces, { text, start: run.start + from, end: run.start + d.length }]);
      return;
    }
    for (let to = from + 1; to <= d.length - (left - 1); to++) {
      const text = d.slice(from, to);
      if (!isPlainNumber(text)) {
        // No longer piece can repair a leading zero, a leading dot or a second dot.
        if (text[0] === "." || (text[0] === "0" && text.length > 1 && text[1] !== ".")) return;
        if (text.indexOf(".") !== text.lastIndexOf(".")) return;
        continue;
      }
      pieces.push({ text, start: run.start + from, end: run.start + to });
      walk(to, left - 1);
      pieces.pop();
    }
  };
  walk(0, k);
}

function numberCell(p: Piece, qualifier: Qualifier, unit: string | undefined): Candidate {
  const cell: TableCell = { value: Number(p.text), qualifier, start: p.start, end: p.end };
  if (unit) cell.unit = unit;
  return { cell, ...describe(p.text) };
}

/** The cells one run's pieces make (qualifiers on the first and last, unit on the last). */
function runCells(seg: NumberRun, pieces: readonly Piece[]): Candidate[] {
  return pieces.map((p, i) => {
    const first = i === 0;
    const last = i === pieces.length - 1;
    const qualifier: Qualifier = (first && seg.prefix) || (last && seg.suffix) || "=";
    // The prefix mark (≥) is part of the run's first cell, the suffix words of its last.
    const from = {
      ...p,
      start: first && seg.prefixStart !== undefined ? seg.prefixStart : p.start,
      end: last ? seg.end : p.end,
    };
    const c = numberCell(from, qualifier, last ? seg.unit : undefined);
    if (seg.cumulative) c.cell!.cumulative = true;
    return c;
  });
}

/**
 * The cells of one way of cutting: each run's cells (shared, built once per cut), ranges joined,
 * fixed cells kept.
 */
function assemble(
  segments: readonly Segment[],
  fixedCells: readonly Candidate[],
  choice: readonly Candidate[][],
): Candidate[] {
  const out: Candidate[] = [];
  let low: Candidate | undefined;
  let runIndex = 0;
  let fixedIndex = 0;
  for (const seg of segments) {
    if (seg.kind === "fixed") {
      out.push(fixedCells[fixedIndex++]);
      continue;
    }
    const cells = choice[runIndex++];
    for (let i = 0; i < cells.length; i++) {
      let c = cells[i];
      if (i === 0 && low?.cell) {
        // Close the range opened by the previous run's last piece.
        const range: TableCell = { ...low.cell, value_max: c.cell!.value!, end: c.cell!.end };
        if (c.cell!.unit && !range.unit) range.unit = c.cell!.unit;
        if (c.cell!.qualifier !== "=") range.qualifier = c.cell!.qualifier;
        c = { ...low, cell: range };
        low = undefined;
      }
      if (i === cells.length - 1 && seg.rangeNext) low = c;
      else out.push(c);
    }
  }
  if (low) out.push(low);
  return out;
}

const isPoints = (unit: string | undefined): boolean => unit === "个百分点" || unit === "百分点";

/**
 * Words about growth (与经济增长同步, 增速高于…) belong in the growth column; other words
 * (完成市定目标, 控制在…) in a level column.
 */
function wordsFit(text: string, role: ValueRole): number {
  const aboutGrowth = GROWTH_WORDS.some((w) => text.includes(w));
  if (!aboutGrowth) return 0;
  return role === "growth" || role === "baseGrowth" ? GROWTH_WORDS_FIT : -GROWTH_WORDS_FIT;
}

/** How plausible one reading of the row is (higher is better). */
export function scoreCells(cells: readonly Candidate[], ctx: SplitContext, cutsMade: number): number {
  // A row that marks empty cells (-) writes all its cells, so a short reading is then unlikely.
  const marksEmpty = cells.some((c) => c.cell === null);
  let score = -SPLIT_COST * cutsMade;
  for (let i = cells.length; i < ctx.roles.length; i++) {
    const filledElsewhere = ctx.prior
      ? PRIOR_FILL_COST * ctx.prior.fill[i] + (ctx.prior.marksEmpty ? PRIOR_MARKS_COST : 0)
      : 0;
    score -= marksEmpty ? MARKED_MISSING_COST : MISSING_COST + filledElsewhere;
  }
  const byRole: Partial<Record<ValueRole, Candidate>> = {};
  // Cells of further year columns count as levels (no growth check).
  cells.forEach((c, i) => {
    const role = ctx.roles[i];
    if (c.cell) byRole[role] = c;
    if (c.cell?.text !== undefined && ctx.prior) {
      const seen = ctx.prior.textColumns.get(c.cell.text);
      if (seen) score += seen.has(i) ? PRIOR_TEXT : -PRIOR_TEXT;
    }
    if (c.cell?.text !== undefined) score += wordsFit(c.cell.text, role);
    if (!c.cell || c.cell.value === null) return;
    if (c.cell.value_max !== undefined) {
      // A range runs upward and stays narrow (30—35, 1~1.5).
      const ratio = c.cell.value > 0 ? c.cell.value_max / c.cell.value : 0;
      score -= ratio <= 1 ? 6 : ratio > 2 ? 2 * Math.min(3, Math.log2(ratio)) : 0;
    }
    if (c.trailingZero) score -= 1.5;
    // Tables rarely print more than four or five significant digits (500239.5 is two cells).
    score -= 0.6 * Math.max(0, c.digits - 4);
    score -= 0.25 * Math.max(0, c.decimals - 1);
    if (c.cell.qualifier === "~" && c.decimals >= 2) score -= 1;
    if (role === "baseGrowth") {
      if (!isPoints(c.cell.unit) && Math.abs(c.cell.value) > 60) score -= 1.5;
    } else if (role !== "growth") {
      if (c.cell.value === 0) score -= 2;
      if (isPoints(c.cell.unit)) score -= 2;
      if ((c.cell.unit ?? ctx.rowUnit) === "%" && c.cell.value > 100) score -= 2;
    } else if (!isPoints(c.cell.unit)) {
      // Plans rarely aim at more than 20% a year, and print growth with at most one decimal.
      const g = Math.abs(c.cell.value);
      score -= g > 60 ? 2.5 : g > 30 ? 1.5 : g > 20 ? 0.5 : 0;
      if (c.decimals >= 2) score -= 0.5;
    }
  });
  const b = byRole.base;
  const t = byRole.target;
  const g = byRole.growth?.cell;
  const bv = b?.cell?.value;
  const tv = t?.cell?.value;
  if (typeof bv === "number" && typeof tv === "number" && bv > 0 && tv > 0) {
    if (g && typeof g.value === "number") score += growthAgreement(level(b!), level(t!), g, ctx);
    else score -= 1.5 * Math.max(0, Math.abs(Math.log(tv / bv)) - Math.log(2.5));
  }
  return score;
}

/** A level as written: its value and half its last digit's unit (239.5 → ±0.05). */
interface Level {
  value: number;
  half: number;
}

const level = (c: Candidate): Level => ({ value: c.cell!.value!, half: 0.5 * Math.pow(10, -c.decimals) });

/** Distance from `x` to [lo, hi] (0 inside). */
const outside = (x: number, lo: number, hi: number): number => (x < lo ? lo - x : x > hi ? x - hi : 0);

/**
 * How well the growth cell agrees with base and target: +3 (less a little for distance from the
 * exact figure) when it lies in the range the rounded base and target allow, +1.5 when close,
 * −2 when not at all. Annual rate: (target/base)^(1/years) − 1; a change in points:
 * (target − base)/years or over the whole period.
 */
function growthAgreement(b: Level, t: Level, growth: TableCell, ctx: SplitContext): number {
  const g = growth.value!;
  const years = Math.max(1, ctx.years);
  const bLo = Math.max(b.value - b.half, b.value / 2);
  const bHi = b.value + b.half;
  const tLo = Math.max(t.value - t.half, 0);
  const tHi = t.value + t.half;
  const options: { lo: number; hi: number; point: number; tol: number }[] = [];
  const pointsTol = Math.max(0.1, 0.1 * Math.abs(g));
  const addChange = (n: number) =>
    options.push({
      lo: (tLo - bHi) / n,
      hi: (tHi - bLo) / n,
      point: (t.value - b.value) / n,
      tol: pointsTol,
    });
  if (isPoints(growth.unit ?? ctx.growthUnit)) {
    addChange(years);
    addChange(1);
  } else {
    const cumulative = ctx.cumulative || growth.cumulative === true;
    const rate = (tt: number, bb: number) =>
      cumulative ? (tt / bb - 1) * 100 : (Math.pow(tt / bb, 1 / years) - 1) * 100;
    const tol = Math.max(0.3, 0.05 * Math.abs(g));
    options.push({ lo: rate(tLo, bHi), hi: rate(tHi, bLo), point: rate(t.value, b.value), tol });
    // Indicators measured in % often state their growth as a change in points.
    if (ctx.rowUnit === "%") addChange(years);
  }
  let best = -2;
  for (const o of options) {
    const dist = outside(g, o.lo, o.hi);
    if (dist <= o.tol)
      best = Math.max(best, 3 - Math.min(1, Math.abs(g - o.point) / Math.max(1, Math.abs(g))));
    else if (dist <= 3 * o.tol) best = Math.max(best, 1.5);
  }
  return best;
}

/**
 * The best reading of a row's value segments: at most one cell per value column, in column
 * order (null = an empty cell). Returns undefined when no reading fits.
 */
export function splitRow(segments: readonly Segment[], ctx: SplitContext): (TableCell | null)[] | undefined {
  const runs = segments.filter((s): s is NumberRun => s.kind === "run");
  const fixed = segments.length - runs.length;
  const ranges = runs.filter((r) => r.rangeNext).length;
  const maxCells = ctx.roles.length;
  if (fixed + runs.length - ranges > maxCells) return undefined;
  if (runs.some((r) => r.digits.length > MAX_RUN)) return undefined;
  const budget = { left: MAX_CANDIDATES };
  let best: { cells: Candidate[]; score: number } | undefined;
  const choice: Candidate[][] = [];
  const fixedCells: Candidate[] = segments
    .filter((s): s is FixedCell => s.kind === "fixed")
    .map((s) => ({ cell: s.cell, decimals: 0, trailingZero: false, digits: 0 }));
  // The ways to cut run i into k cells do not depend on how earlier runs were cut.
  const memo = new Map<number, Candidate[][]>();
  const options = (i: number, k: number): Candidate[][] => {
    const key = i * 64 + k;
    let found = memo.get(key);
    if (!found) {
      const pieces: Piece[][] = [];
      cuts(runs[i], k, pieces, budget);
      found = pieces.map((p) => runCells(runs[i], p));
      memo.set(key, found);
    }
    return found;
  };
  const walk = (i: number, cellsSoFar: number, cutsMade: number): void => {
    if (budget.left <= 0) return;
    if (i === runs.length) {
      const cells = assemble(segments, fixedCells, choice);
      if (cells.length > maxCells) return;
      const score = scoreCells(cells, ctx, cutsMade);
      if (!best || score > best.score) best = { cells, score };
      return;
    }
    const othersMin = runs.length - i - 1;
    const room = maxCells - fixed - cellsSoFar - othersMin + ranges;
    for (let k = 1; k <= Math.max(1, room); k++) {
      for (const cells of options(i, k)) {
        if (--budget.left <= 0) return;
        choice.push(cells);
        walk(i + 1, cellsSoFar + k, cutsMade + k - 1);
        choice.pop();
      }
    }
  };
  walk(0, 0, 0);
  const found = best as { cells: Candidate[] } | undefined;
  // Cells are shared between readings while scoring; hand out copies.
  return found?.cells.map((c) => (c.cell ? { ...c.cell } : null));
}
