/**
 * Magnitude words inside units (亿元 vs 万元): a base written in 万元 and a target in 亿元 are comparable
 * once scaled. Only the leading magnitude differs; the rest of the unit must match exactly.
 */
import { MAGNITUDE_FACTORS } from "../extract/vocabulary";
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
