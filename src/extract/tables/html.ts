/**
 * HTML tables (<table><tr><td>) in a document that still has its markup: each table is projected to
 * tab-separated lines (one per <tr>), with a map from every projected character back to the markup,
 * read by the same readers as any tab layout, and its offsets mapped back. Entities are decoded, tags
 * inside cells dropped, rowspan leaves empty cells below it, and colspan repeats a header cell's words
 * over the columns it spans (2025年 over 目标 | 预计) but leaves body cells empty.
 */
import { entityText } from "../vocabulary/entities";
import type { ParsedTable, TableCell } from "./types";

/** A projected table: `text`, and for each of its characters where it starts and ends in the markup. */
interface Projection {
  text: string;
  from: number[];
  to: number[];
}

interface HtmlCell {
  text: string;
  from: number[];
  to: number[];
  colspan: number;
  rowspan: number;
}

const MAX_SPAN = 20;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/y;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;

function span(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d{1,3})`, "i").exec(attrs);
  return m ? Math.max(1, Math.min(MAX_SPAN, Number(m[1]))) : 1;
}

/** Appends the visible text of `html[from, to)` to the cell: entities decoded, white space collapsed. */
function appendText(cell: HtmlCell, html: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    let ch = html[i];
    let end = i + 1;
    if (ch === "&") {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (m && m.index + m[0].length <= to) {
        const body = m[1];
        const decoded = entityText(body);
        if (decoded !== undefined) {
          ch = decoded;
          end = i + m[0].length;
        }
      }
    }
    if (/\s/.test(ch)) {
      if (cell.text.length === 0 || cell.text.endsWith(" ")) {
        i = end - 1;
        continue;
      }
      ch = " ";
    }
    for (const c of ch) {
      cell.text += c;
      cell.from.push(i);
      cell.to.push(end);
    }
    i = end - 1;
  }
}

const newCell = (colspan = 1, rowspan = 1): HtmlCell => ({ text: "", from: [], to: [], colspan, rowspan });

/** The rows of cells of the table in `html[from, to)`. */
function readRows(html: string, from: number, to: number): HtmlCell[][] {
  const rows: HtmlCell[][] = [];
  let row: HtmlCell[] | undefined;
  let cell: HtmlCell | undefined;
  let textFrom = from;
  TAG.lastIndex = from;
  for (let m = TAG.exec(html); m && m.index < to; m = TAG.exec(html)) {
    if (cell) appendText(cell, html, textFrom, m.index);
    textFrom = m.index + m[0].length;
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (tag === "tr") {
      cell = undefined;
      row = closing ? undefined : [];
      if (row) rows.push(row);
    } else if (tag === "td" || tag === "th") {
      if (closing) cell = undefined;
      else {
        if (!row) rows.push((row = []));
        cell = newCell(span(m[0], "colspan"), span(m[0], "rowspan"));
        row.push(cell);
      }
    } else if (cell && (tag === "br" || tag === "p" || tag === "div")) appendText(cell, " ", 0, 1);
  }
  for (const r of rows) for (const c of r) while (c.text.endsWith(" ")) trimEnd(c);
  return rows.filter((r) => r.length > 0);
}

function trimEnd(c: HtmlCell): void {
  c.text = c.text.slice(0, -1);
  c.from.pop();
  c.to.pop();
}

/** A header row: words only, save years (2025年) and units in brackets. */
function headerLike(row: HtmlCell[]): boolean {
  const filled = row.filter((c) => c.text.length > 0);
  return (
    filled.length >= 2 && filled.every((c) => !/\d/.test(c.text.replace(/(19|20)\d\d\s*年?|\([^)]*\)/g, "")))
  );
}

/** Lays the rows out on a grid (rowspan and colspan) and writes them as tab-separated lines. */
function project(rows: HtmlCell[][], at: number): Projection {
  const out: Projection = { text: "", from: [], to: [] };
  const put = (s: string, from: number[], to: number[]) => {
    out.text += s;
    out.from.push(...from);
    out.to.push(...to);
  };
  /** Columns still covered by a rowspan from above: how many more rows. */
  const covered: number[] = [];
  rows.forEach((row, r) => {
    const repeat = headerLike(row);
    const line: (HtmlCell | undefined)[] = [];
    let col = 0;
    for (const cell of row) {
      while ((covered[col] ?? 0) > 0) line[col++] = undefined;
      for (let k = 0; k < cell.colspan; k++) {
        line[col] = k === 0 || repeat ? cell : undefined;
        if (cell.rowspan > 1) covered[col] = cell.rowspan;
        col++;
      }
    }
    for (let c = 0; c < covered.length; c++) if ((covered[c] ?? 0) > 0) covered[c]--;
    const tagAt = row[0].from[0] ?? at;
    if (r > 0) put("\n", [tagAt], [tagAt]);
    line.forEach((cell, c) => {
      if (c > 0) put("\t", [tagAt], [tagAt]);
      if (cell) put(cell.text, cell.from, cell.to);
    });
  });
  return out;
}

/** Maps a table read from a projection back to offsets in the markup. */
function mapBack(t: ParsedTable, p: Projection, start: number, end: number): ParsedTable {
  const s = (i: number) => p.from[Math.min(i, p.from.length - 1)] ?? start;
  const e = (i: number) => (i > 0 ? (p.to[i - 1] ?? end) : start);
  const cell = (c: TableCell | undefined): TableCell | undefined =>
    c && { ...c, start: s(c.start), end: e(c.end) };
  return {
    ...t,
    start,
    end,
    rows: t.rows.map((r) => {
      const row = { ...r, start: s(r.start), end: e(r.end) };
      for (const k of ["base", "target", "growth", "baseGrowth"] as const) if (r[k]) row[k] = cell(r[k]);
      if (r.dated) row.dated = r.dated.map((d) => ({ ...d, cell: cell(d.cell)! }));
      return row;
    }),
  };
}

const MAX_TITLE = 60;

/** The last line of text before `at`, tags removed, when short enough to be a table's title. */
function titleBefore(text: string, at: number): string | undefined {
  const before = text
    .slice(Math.max(0, at - 400), at)
    .replace(/<[^>]*>/g, "\n")
    .split("\n");
  for (let k = before.length - 1; k >= 0; k--) {
    const line = before[k].trim();
    if (!line) continue;
    const decoded = newCell();
    appendText(decoded, line, 0, line.length);
    return decoded.text.length <= MAX_TITLE && !/[<>。]/.test(decoded.text) ? decoded.text : undefined;
  }
  return undefined;
}

const TABLE_OPEN = /<table\b/gi;
const TABLE_CLOSE = /<\/table\s*>/gi;

/** Every HTML table of `text` read with `read` (the plain-text reader), in markup offsets. */
export function findHtmlTables(text: string, read: (projected: string) => ParsedTable[]): ParsedTable[] {
  const out: ParsedTable[] = [];
  TABLE_OPEN.lastIndex = 0;
  for (let m = TABLE_OPEN.exec(text); m; m = TABLE_OPEN.exec(text)) {
    TABLE_CLOSE.lastIndex = m.index;
    const close = TABLE_CLOSE.exec(text);
    const end = close ? close.index + close[0].length : text.length;
    const projection = project(readRows(text, m.index, end), m.index);
    // The title just before the table (<p>表2 “十四五”主要指标</p>) dates a header that has no years.
    const title = titleBefore(text, m.index);
    if (title) {
      projection.text = title + "\n" + projection.text;
      projection.from.unshift(...new Array<number>(title.length + 1).fill(m.index));
      projection.to.unshift(...new Array<number>(title.length + 1).fill(m.index));
    }
    for (const t of read(projection.text + "\n")) out.push(mapBack(t, projection, m.index, end));
    TABLE_OPEN.lastIndex = end;
  }
  return out;
}
