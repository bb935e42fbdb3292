/**
 * Magnitude words inside units (亿元 vs 万元): a base written in 万元 and a target in 亿元 are comparable
 * once scaled. Only the leading magnitude differs; the rest of the unit must match exactly.
 */
const MAGNITUDES: [prefix: string, factor: number][] = [
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

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
