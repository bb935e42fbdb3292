/**
 * The formula builder's workbook actions (loaded on first use): write a block of formulas from the
 * selected cell, and read the selected cell's formula back for editing. One sync each.
 */

/** Writes `formulas` (rows × columns) with the selection's top-left cell as the block's corner. */
export async function insertBlock(formulas: string[][]): Promise<string> {
  const rows = formulas.length;
  const columns = Math.max(0, ...formulas.map((row) => row.length));
  if (rows === 0 || columns === 0) throw new Error("Nothing to insert.");
  const rectangular = formulas.map((row) => [...row, ...Array<string>(columns - row.length).fill("")]);
  return Excel.run(async (context) => {
    const block = context.workbook
      .getSelectedRange()
      .getCell(0, 0)
      .getResizedRange(rows - 1, columns - 1);
    block.formulas = rectangular;
    block.load("address");
    await context.sync();
    return block.address;
  });
}

/** The selected cell's formula and address; undefined when the cell holds a plain value. */
export async function readSelectedFormula(): Promise<{ address: string; formula: string } | undefined> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load(["address", "formulas"]);
    await context.sync();
    const formula = cell.formulas[0]?.[0];
    return typeof formula === "string" && formula.startsWith("=")
      ? { address: cell.address, formula }
      : undefined;
  });
}

/**
 * The actuals a user typed into a region sheet for one indicator ("Actual year" and "Actual" of the rows
 * whose "Indicator id" matches), for the indicator chart. Two syncs; none when the sheet was never loaded.
 */
export async function readWorkbookActuals(
  regionId: string,
  indicatorId: string,
): Promise<{ year: number; value: number }[]> {
  const [{ tableNameFor }, { headerOf }] = await Promise.all([
    import("../excel/sheet-builder"),
    import("../excel/columns"),
  ]);
  return Excel.run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const table = tables.items.find((t) => t.name === tableNameFor(regionId));
    if (!table) return [];
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    const columns = (header.values[0] ?? []).map(String);
    const [id, year, actual] = (["indicatorId", "actualYear", "actual"] as const).map((k) =>
      columns.indexOf(headerOf(k)),
    );
    if (id! < 0 || year! < 0 || actual! < 0) return [];
    const found: { year: number; value: number }[] = [];
    for (const row of body.values) {
      const [y, v] = [row[year!], row[actual!]];
      if (row[id!] === indicatorId && typeof y === "number" && typeof v === "number" && Number.isFinite(v)) {
        found.push({ year: y, value: v });
      }
    }
    return found;
  });
}
