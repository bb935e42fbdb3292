/**
 * Magnitude words inside units (亿元 vs 万元): a base written in 万元 and a target in 亿元 are comparable
 * once scaled. Only the leading magnitude differs; the rest of the unit must match exactly.
 */
import { MAGNITUDE_FACTORS } from "../extract/vocabulary/magnitudes";
/** Magnitude words and factors, longest first (万亿 before 万), from the extraction vocabulary. */
const MAGNITUDES = MAGNITUDE_FACTORS;

function split(unit: string): { factor: number; rest: string } {
  const u = unit.trim();
  for (const [prefix, factor] of MAGNITUDES) {
    if (u.startsWith(prefix) && u.length > prefix.length) return { factor, rest: u.slice(prefix.length) };
  }
  return { factor: 1, rest: u };
}

/** The factor that converts a value in `from` into `to`, or undefined when the units are not comparable. */
export function unitFactor(from: string, to: string): number | undefined {
  if (from.trim() === to.trim()) return 1;
  const a = split(from);
  const b = split(to);
  return a.rest === b.rest ? a.factor / b.factor : undefined;
}

/**
 * Excel percentages everywhere: a value written in % or 个百分点 is divided by 100 on its way to a cell
 * (95% → 0.95, 1.2个百分点 → 0.012), ‰ by 1000. Other units keep their numbers.
 */
const EXCEL_DIVISORS: [test: RegExp, divisor: number][] = [
  [/^[%％]$/u, 100],
  [/^(个)?百分点$|^pp$/u, 100],
  [/^‰$/u, 1000],
];

/** What a value in `unit` is divided by in Excel (100 for %); divided, not multiplied by 0.01: 95/100 is 0.95 exactly. */
export function excelDivisor(unit: string): number {
  let divisor = divisors.get(unit);
  if (divisor === undefined) {
    const u = unit.trim();
    divisor = EXCEL_DIVISORS.find(([test]) => test.test(u))?.[1] ?? 1;
    if (divisors.size < 10_000) divisors.set(unit, divisor);
  }
  return divisor;
}

/** Units repeat (亿元, %): memoised, bounded. */
const divisors = new Map<string, number>();

export function toExcel(value: number, unit: string): number {
  return value / excelDivisor(unit);
}

/** A rate or share (%, 个百分点, ‰): its tolerances are in percentage points and its paths are linear. */
export function isRateUnit(unit: string): boolean {
  return excelDivisor(unit) !== 1;
}

/** A percentage proper (growth rates must be in %). */
export function isPercentUnit(unit: string): boolean {
  return /^[%％]$/u.test(unit.trim());
}
