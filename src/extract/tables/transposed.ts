/**
 * Transposed tables, as statistical bulletins print them: a header line 年份 | 地区生产总值(亿元) |
 * 增长(%) …, then one line per year (2021年 | 392.6 | 8.4 …). Each cell becomes a row of its own,
 * dated by the year that opens its line, quoted by that line: statistics, so an actual unless the
 * document was published before that year.
 */
import { parseCell } from "./cell";
import { isBlank, lineEnd, lineStart, splitName } from "./text";
import type { ParsedTable, TableRow } from "./types";
import { YEAR_MAX, YEAR_MIN } from "../../record";

/** Words heading the year column. */
const YEAR_HEADS = ["年份", "年度", "年 份", "年　份"];
const MAX_COLUMNS = 16;
const MAX_NAME = 30;
const MAX_ROWS = 60;

interface Span {
  start: number;
  end: number;
}

/** Cells of `text[from, to)`: separated by tabs, pipes or two or more blanks. */
function cellsOf(text: string, from: number, to: number): Span[] {
  const cells: Span[] = [];
  let i = from;
  while (i < to && cells.length <= MAX_COLUMNS) {
    while (i < to && (isBlank(text[i]) || text[i] === "\t" || text[i] === "|" || text[i] === "\r")) i++;
    if (i >= to) break;
    let j = i;
    while (
      j < to &&
      text[j] !== "\t" &&
      text[j] !== "|" &&
      text[j] !== "\r" &&
      !(isBlank(text[j]) && isBlank(text[j + 1]))
    )
      j++;
    let e = j;
    while (e > i && isBlank(text[e - 1])) e--;
    cells.push({ start: i, end: e });
    i = j;
  }
  return cells;
}

/** The year a body line's first cell writes (2021年, 2021), else undefined. */
function yearOf(s: string): number | undefined {
  const m = /^((?:19|20)\d\d)\s*年?$/.exec(s);
  const year = m ? Number(m[1]) : NaN;
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

/** The transposed table whose header line starts at `from`, if it is one. */
function tableAt(text: string, from: number): ParsedTable | undefined {
  const headEnd = lineEnd(text, from);
  const head = cellsOf(text, from, headEnd);
  if (head.length < 3 || !YEAR_HEADS.includes(text.slice(head[0].start, head[0].end))) return undefined;
  const names = head.slice(1).map((c) => splitName(text.slice(c.start, c.end)));
  if (names.some((n) => n.indicator.length < 2 || n.indicator.length > MAX_NAME || /\d{4}/.test(n.indicator)))
    return undefined;
  // 地区生产总值(亿元) | 增长(%): a bare growth column belongs to the indicator before it
  for (let k = 1; k < names.length; k++)
    if (/^(增长|增速|增幅)/.test(names[k].indicator) && names[k].indicator.length <= 4)
      names[k] = { ...names[k], indicator: names[k - 1].indicator + names[k].indicator };
  const rows: TableRow[] = [];
  let end = headEnd;
  let pos = headEnd + 1;
  for (let n = 0; n < MAX_ROWS && pos < text.length; n++) {
    const le = lineEnd(text, pos);
    const cells = cellsOf(text, pos, le);
    const year = cells.length > 0 ? yearOf(text.slice(cells[0].start, cells[0].end)) : undefined;
    if (year === undefined || cells.length > head.length) break;
    cells.slice(1).forEach((c, k) => {
      const cell = parseCell(text, c.start, c.end);
      if (!cell || cell.value === null) return;
      rows.push({
        indicator: names[k].indicator,
        unit: names[k].unit,
        dated: [{ cell, kind: "actual", growth: false, year, fromYearOnly: true }],
        start: cells[0].start,
        end: cells[cells.length - 1].end,
      });
    });
    end = le;
    pos = le + 1;
  }
  if (rows.length < 2) return undefined;
  return { rows, start: lineStart(text, from), end, problems: [] };
}

/** Every transposed table in `text`, in order; native searches for the year-column words only. */
export function findTransposedTables(text: string): ParsedTable[] {
  const found: number[] = [];
  for (const word of YEAR_HEADS)
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) found.push(i);
  found.sort((a, b) => a - b);
  const tables: ParsedTable[] = [];
  let after = 0;
  for (const i of found) {
    if (i < after) continue;
    // the year column opens its line (after blanks or a pipe): look back over those only
    let from = i;
    while (from > 0 && (isBlank(text[from - 1]) || text[from - 1] === "|" || text[from - 1] === "│")) from--;
    if (from > 0 && text[from - 1] !== "\n") continue;
    const table = tableAt(text, from);
    if (!table) continue;
    tables.push(table);
    after = table.end;
  }
  return tables;
}
