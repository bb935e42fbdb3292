/**
 * Key normalisation for names typed by users: case-, space- and width-insensitive.
 * NFKC folds full-width letters/digits (ＧＤＰ → GDP) and the ideographic space; separators that people
 * use interchangeably in codes (RD_INTENSITY, rd-intensity, "R&D intensity") are dropped.
 */
const SEPARATORS = /[\s_\-·・.,'"“”‘’&/]+/gu;

export function normalizeKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(SEPARATORS, "");
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so GPD → GDP is 1).
 * Stops early once every cell of a row exceeds `limit`, returning limit + 1.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}
