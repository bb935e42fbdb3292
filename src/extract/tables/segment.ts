/**
 * One cell per line: the stream of cells is cut into rows by dynamic programming, each row scored by
 * its best alignment to the header's columns (gridRow.ts). Rows need not start with their name: leading
 * columns may come in any order (单位 | 序号 | 指标), cells may be left out (a category written only on
 * its group's first row, an empty 备注), and a lone category line is a row of its own. Linear in the
 * number of cells (rows are at most a few cells longer than the header).
 */
import { align, categoryOf, type CellInfo } from "./gridRow";
import type { Column } from "./header";

/**
 * Score of a lone category line: high when numbered (一、经济发展), low otherwise, so that a category
 * cell the header has a column for stays in its row (每万人口… / 经济发展 / 件 / …).
 */
const CATEGORY_LINE = 1.5;
const CATEGORY_CELL = 0.3;
/** Cost of leaving a cell out of every row. */
const DROP_CELL = 3;
/** A row has at most this many cells more than the header has columns. */
const EXTRA_CELLS = 2;

function rowScore(cells: CellInfo[], columns: Column[]): number {
  if (cells.length <= 2 && categoryOf(cells))
    return cells[0].categoryMarker > 0 ? CATEGORY_LINE : CATEGORY_CELL;
  const { assign, score } = align(cells, columns);
  const named = assign.some((j) => j >= 0 && columns[j].role === "indicator");
  return named ? score : -Infinity;
}

/** The cells cut into rows (each a group of consecutive cells), best total score first. */
export function segmentCells(cells: CellInfo[], columns: Column[]): CellInfo[][] {
  const n = cells.length;
  const maxLen = columns.length + EXTRA_CELLS;
  const best = new Float64Array(n + 1).fill(-Infinity);
  /** Length of the last group ending at i (0: cell i-1 dropped). */
  const last = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    best[i] = best[i - 1] - DROP_CELL;
    last[i] = 0;
    for (let len = 1; len <= Math.min(maxLen, i); len++) {
      if (best[i - len] === -Infinity) continue;
      const v = best[i - len] + rowScore(cells.slice(i - len, i), columns);
      if (v > best[i]) {
        best[i] = v;
        last[i] = len;
      }
    }
  }
  const groups: CellInfo[][] = [];
  for (let i = n; i > 0;) {
    const len = last[i];
    if (len === 0) i--;
    else {
      groups.push(cells.slice(i - len, i));
      i -= len;
    }
  }
  return groups.reverse();
}
