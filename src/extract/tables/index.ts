/**
 * Table reader: finds indicator tables in normalised plan text and reads their rows.
 * Entry point of src/extract/tables/ (contract in ./types.ts).
 */
import { readFlatBody, type BodyResult } from "./flat";
import { readGridBody } from "./grid";
import { readHeader, type Header } from "./header";
import { HEADER_OPENERS } from "./lexicon";
import { lineEnd, lineStart } from "./text";
import type { ParsedTable } from "./types";

export type { ParsedTable, TableCell, TableRow } from "./types";

/** Header words are looked for only near a line's start (after a title at most). */
const MAX_HEADER_OFFSET = 80;
const MAX_TITLE = 60;

function readBody(text: string, header: Header): BodyResult {
  return header.layout === "flat" ? readFlatBody(text, header) : readGridBody(text, header);
}

/** Line text without Markdown decoration (#, |) and white space. */
const bare = (s: string): string => s.replace(/^[#|│\s]+|[|│\s]+$/g, "");

/** The table's title: text before the header on its line, or the previous non-blank line if short. */
function titleFor(text: string, headerStart: number): string | undefined {
  const ls = lineStart(text, headerStart);
  const before = bare(text.slice(ls, headerStart));
  if (before) return before.length <= MAX_TITLE ? before : undefined;
  let p = ls - 1;
  for (let k = 0; k < 3 && p > 0; k++) {
    const s = lineStart(text, p);
    const line = bare(text.slice(s, p));
    if (line) return line.length <= MAX_TITLE && !/[。；]/.test(line) ? line : undefined;
    p = s - 1;
  }
  return undefined;
}

/** Positions of header openers (指标, 序号 …) close to a line's start, in text order. */
function headerCandidates(text: string): number[] {
  const out: number[] = [];
  for (const word of HEADER_OPENERS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      if (i - lineStart(text, i) <= MAX_HEADER_OFFSET) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Every indicator table in `normalisedText`, in order. Never throws; prose yields nothing. */
export function findTables(normalisedText: string): ParsedTable[] {
  const text = typeof normalisedText === "string" ? normalisedText : "";
  const tables: ParsedTable[] = [];
  let after = 0;
  try {
    for (const pos of headerCandidates(text)) {
      if (pos < after) continue;
      const header = readHeader(text, pos);
      if (!header) continue;
      const body = readBody(text, header);
      const valued = body.rows.filter((r) => r.base || r.target || r.growth).length;
      if (valued < 2) continue;
      const table: ParsedTable = {
        rows: body.rows,
        start: header.start,
        end: Math.max(body.end, header.end),
        problems: body.problems,
      };
      const growth = header.columns.find((c) => c.role === "growth");
      if (growth) table.growthUnit = growth.unit ?? "%";
      if (growth?.cumulative) table.growthCumulative = true;
      const title = titleFor(text, header.start);
      if (title) table.title = title;
      if (header.baseYear !== undefined) table.baseYear = header.baseYear;
      if (header.targetYear !== undefined) table.targetYear = header.targetYear;
      tables.push(table);
      after = Math.max(table.end, lineEnd(text, header.end));
    }
  } catch (e) {
    // The reader must never break extraction: report what was found so far.
    const message = e instanceof Error ? e.message : String(e);
    if (tables.length > 0) tables[tables.length - 1].problems.push(`table reader stopped: ${message}`);
  }
  return tables;
}
