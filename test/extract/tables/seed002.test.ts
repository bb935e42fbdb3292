/**
 * Seed 002's 表2 (an HTML table flattened into one line) checked field by field against the
 * hand-checked gold records whose quote is one of the table's rows.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { findTables } from "../../../src/extract/tables";
import type { ParsedTable, TableCell, TableRow } from "../../../src/extract/tables";

const ROOT = resolve(__dirname, "../../..");
const DOC = "002_e24a12bec3ad6067";
const text = readFileSync(resolve(ROOT, "seeds", `${DOC}.txt`), "utf8");
const gold: GoldRecord[] = readFileSync(resolve(ROOT, "../shared/gold", `${DOC}.jsonl`), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

interface GoldRecord {
  indicator: string;
  kind: string;
  measure: string;
  year: number;
  period_start?: number;
  value: number | null;
  value_max?: number;
  unit: string;
  qualifier: string;
  text?: string;
  attribute?: string;
  quote: string;
}

const squash = (s: string) => s.replace(/\s+/g, "");
const tables = findTables(text);
const table = tables[0] as ParsedTable;
const rowText = (r: TableRow) => squash(text.slice(r.start, r.end));
/** Gold records stated by a table row: their quote is exactly the row's text. */
const rowQuotes = new Set(table.rows.map(rowText));
const tableGold = gold.filter((g) => rowQuotes.has(squash(g.quote)));

/** Which cell of a row a gold record describes. */
function cellFor(row: TableRow, g: GoldRecord): TableCell | undefined {
  if (g.kind === "actual") return row.base;
  return g.measure === "level" ? row.target : row.growth;
}

describe("seed 002 表2 (flattened run-together table)", () => {
  it("finds exactly one table, with its title and header years", () => {
    expect(tables).toHaveLength(1);
    expect(table.title).toContain("表2");
    expect(table.baseYear).toBe(2020);
    expect(table.targetYear).toBe(2025);
    expect(table.problems).toEqual([]);
    expect(table.targetFromYearOnly).toBeUndefined();
    expect(table.growthUnit).toBe("%");
  });

  it("reads 22 rows numbered 1..22, each quoted by the gold set", () => {
    expect(table.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    const quoted = new Set(tableGold.map((g) => squash(g.quote)));
    expect(quoted.size).toBe(22);
    for (const r of table.rows) expect(quoted.has(rowText(r))).toBe(true);
  });

  it("gives every gold record of the table its cell, field by field", () => {
    expect(tableGold.length).toBeGreaterThan(40);
    for (const g of tableGold) {
      const row = table.rows.find((r) => rowText(r) === squash(g.quote))!;
      const where = `${g.indicator} ${g.kind} ${g.measure}`;
      expect([where, row.indicator]).toEqual([where, g.indicator]);
      expect([where, row.attribute]).toEqual([where, g.attribute]);
      const cell = cellFor(row, g);
      expect([where, cell === undefined]).toEqual([where, false]);
      expect([where, cell!.value]).toEqual([where, g.value]);
      expect([where, cell!.value_max]).toEqual([where, g.value_max]);
      expect([where, cell!.qualifier]).toEqual([where, g.qualifier]);
      expect([where, cell!.text]).toEqual([where, g.text]);
      const isGrowth = g.measure !== "level";
      const unit = cell!.unit ?? (isGrowth ? table.growthUnit : row.unit);
      expect([where, unit]).toEqual([where, g.unit]);
      expect([
        where,
        isGrowth ? table.targetYear : g.kind === "actual" ? table.baseYear : table.targetYear,
      ]).toEqual([where, g.year]);
      if (g.period_start !== undefined) expect(table.baseYear! + 1).toBe(g.period_start);
      // The cell's offsets point at its own text inside the row.
      expect(cell!.start).toBeGreaterThanOrEqual(row.start);
      expect(cell!.end).toBeLessThanOrEqual(row.end);
    }
  });

  it("has no cell the gold set does not have (empty cells stay empty)", () => {
    for (const row of table.rows) {
      const records = tableGold.filter((g) => squash(g.quote) === rowText(row));
      const expected = {
        base: records.some((g) => g.kind === "actual"),
        target: records.some((g) => g.kind === "target" && g.measure === "level"),
        growth: records.some((g) => g.kind === "target" && g.measure !== "level"),
      };
      expect([row.indicator, { base: !!row.base, target: !!row.target, growth: !!row.growth }]).toEqual([
        row.indicator,
        expected,
      ]);
    }
  });

  it("names each row's category from the category rows", () => {
    const categories = [...new Set(table.rows.map((r) => r.category))];
    expect(categories).toEqual(["结构优化", "创新驱动", "民生福祉", "绿色转型"]);
  });
});
