/**
 * Writes a dashboard description (src/excel/dashboard.ts) into the open workbook with Office.js: the
 * grid as formulas (text protected), number formats, and one native line chart per indicator
 * (worksheet.charts.add, ExcelApi 1.1) over its block, so the charts follow what the user types. One sync.
 */
import { asCellText } from "./cell-text";
import type { DashboardCell, DashboardDescription } from "./dashboard";

/** What Office.js is given for one cell: formulas as written, text protected, blanks empty. */
export function dashboardInput(cell: DashboardCell | undefined): string | number {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const value = cell.cached;
  if (value === null || typeof value === "object") return "";
  return typeof value === "string" ? asCellText(value) : value;
}

export async function writeDashboard(description: DashboardDescription): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    // A new sheet every time, under a free name: the add-in never writes into a sheet it did not create.
    const taken = new Set(sheets.items.map((s) => s.name));
    const name = freeName(description.sheetName, taken);
    const sheet = sheets.add(name);
    const width = Math.max(1, ...description.cells.map((row) => row.length));
    description.cells.forEach((row, r) => {
      if (row.length === 0) return;
      const range = sheet.getRangeByIndexes(r, 0, 1, width);
      range.formulas = [Array.from({ length: width }, (_, c) => dashboardInput(row[c]))];
      range.numberFormat = [Array.from({ length: width }, (_, c) => row[c]?.numberFormat ?? "General")];
    });
    for (const spec of description.charts) {
      const chart = sheet.charts.add(
        Excel.ChartType.line,
        sheet.getRange(spec.source),
        Excel.ChartSeriesBy.rows,
      );
      chart.title.text = spec.title;
      chart.setPosition(spec.topLeft, spec.bottomRight);
    }
    sheet.activate();
    await context.sync();
    return name;
  });
}

export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted} (${n})`)) return `${wanted} (${n})`;
}
