/**
 * The thin adapter: applies sheet descriptions to the workbook with Excel.run. All decisions are made by
 * the pure builder and merge; this file only reads what it must and queues writes.
 *
 * context.sync() calls for a load of N regions, whatever the row count: one to list sheets and tables,
 * one to read the add-in's markers and existing tables, then one per sheet written (so the pane can show
 * progress). That is 2 + N in all, at most 3 per sheet.
 */
import { asCellText, formatFor } from "./cell-text";
import type { SheetLanguage } from "./labels";
import { type ExistingTable, mergeTable } from "./merge";
import { GENERAL_FORMAT } from "./number-formats";
import type { Cell, SheetDescription } from "./sheet-description";
import { isFormula } from "./sheet-description";

/** Worksheet custom property that marks a sheet as written by the add-in. */
export const SHEET_MARKER_KEY = "PlanIndicators";

interface SheetMarker {
  region: string;
  table: string;
}

export interface SheetResult {
  regionId: string;
  sheetName: string;
  tableName: string;
  created: boolean;
  rows: number;
  updated: number;
  added: number;
  removed: number;
  /** Why nothing was written. */
  skipped?: "noRecords" | "failed";
  /** Excel's message when writing this sheet failed. */
  error?: string;
}

export interface WriteOptions {
  lang: SheetLanguage;
  onProgress?: (done: number, total: number, sheetName: string) => void;
}

type Scalar = string | number | boolean;

/** What Office.js is given for one cell: formulas as written, text protected from being parsed. */
export function toExcelInput(cell: Cell): Scalar {
  if (cell === null) return "";
  if (isFormula(cell)) return cell.formula;
  return typeof cell === "string" ? asCellText(cell) : cell;
}

function parseMarker(value: string | undefined): SheetMarker | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<SheetMarker>;
    return typeof parsed.region === "string" && typeof parsed.table === "string"
      ? { region: parsed.region, table: parsed.table }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The regions whose sheets this workbook holds, by the add-in's sheet markers, in sheet order: what a
 * refresh rewrites, on any computer the workbook is opened on (two context.sync() calls).
 */
export async function markedRegions(): Promise<string[]> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const properties = worksheets.items.map((sheet) =>
      sheet.customProperties.getItemOrNullObject(SHEET_MARKER_KEY).load("value"),
    );
    await context.sync();
    const regions = properties.flatMap((p) => {
      const marker = p.isNullObject ? undefined : parseMarker(p.value);
      return marker ? [marker.region] : [];
    });
    return [...new Set(regions)];
  });
}

/** The first of `base`, `base (2)`, `base (3)` … not in `taken` (compared case-insensitively, as Excel does). */
export function uniqueName(base: string, taken: Iterable<string>, maxLength = 31): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = base.slice(0, maxLength - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

function uniqueTableName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}_${i}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Where the table's header row is now: the user may have inserted or deleted rows and columns. */
interface TablePlace {
  row: number;
  column: number;
}

interface OwnedSheet {
  sheet: Excel.Worksheet;
  marker: SheetMarker;
  existing: ExistingTable;
  place: TablePlace;
}

interface TableRead {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
}

/** Writes each description into its own sheet, creating it or merging into the add-in's earlier sheet. */
export async function writeSheets(
  descriptions: SheetDescription[],
  options: WriteOptions,
): Promise<SheetResult[]> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();

    // Read every sheet's marker, and the contents of the tables that may be ours for these regions
    // (named after the region, possibly with a suffix: see uniqueTableName).
    const markers = worksheets.items.map((sheet) => {
      const property = sheet.customProperties.getItemOrNullObject(SHEET_MARKER_KEY);
      property.load("value");
      return { sheet, property };
    });
    const wanted = descriptions.map((d) => d.tableName.toLowerCase());
    const mayBeOurs = (name: string) =>
      wanted.some((base) => name.toLowerCase() === base || name.toLowerCase().startsWith(`${base}_`));
    const reads = new Map<string, TableRead>();
    for (const table of tables.items.filter((t) => mayBeOurs(t.name))) {
      const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
      const body = table.getDataBodyRange().load("values,formulas,numberFormat");
      table.worksheet.load("id");
      reads.set(table.name, { table, header, body });
    }
    await context.sync();

    // A region's sheet is the first marked sheet that still holds its table; a marked sheet whose table
    // the user deleted is left alone (a fresh sheet is written beside it, once).
    const owned = new Map<string, OwnedSheet>();
    for (const { sheet, property } of markers) {
      const marker = property.isNullObject ? undefined : parseMarker(property.value);
      const read = marker && reads.get(marker.table);
      if (!marker || !read || read.table.worksheet.id !== sheet.id || owned.has(marker.region)) continue;
      owned.set(marker.region, {
        sheet,
        marker,
        existing: {
          headers: (read.header.values[0] ?? []).map(String),
          values: read.body.values,
          formulas: read.body.formulas,
          numberFormats: read.body.numberFormat,
        },
        place: { row: read.header.rowIndex, column: read.header.columnIndex },
      });
    }

    const sheetNames = worksheets.items.map((s) => s.name);
    const tableNames = tables.items.map((t) => t.name);
    const results: SheetResult[] = [];
    for (const [i, description] of descriptions.entries()) {
      const previous = owned.get(description.regionId);
      let result: SheetResult;
      if (description.rows.length === 0) {
        result = skipped(description, "noRecords");
      } else {
        // One sheet failing (a protected sheet, a table the user broke) must not stop the others.
        const sheetName = previous ? previous.sheet.name : uniqueName(description.sheetName, sheetNames);
        try {
          if (previous) {
            result = updateSheet(previous, description, options.lang);
          } else {
            const tableName = uniqueTableName(description.tableName, tableNames);
            sheetNames.push(sheetName);
            tableNames.push(tableName);
            result = createSheet(context, sheetName, tableName, description);
          }
          await context.sync();
        } catch (error) {
          result = { ...skipped(description, "failed"), sheetName, error: (error as Error).message };
        }
      }
      results.push(result);
      options.onProgress?.(i + 1, descriptions.length, result.sheetName);
    }
    return results;
  });
}

function skipped(description: SheetDescription, reason: NonNullable<SheetResult["skipped"]>): SheetResult {
  return {
    regionId: description.regionId,
    sheetName: "",
    tableName: "",
    created: false,
    rows: 0,
    updated: 0,
    added: 0,
    removed: 0,
    skipped: reason,
  };
}

/** Rewrites the summary so that it points at `tableName` (which may differ from the preferred name). */
function retarget(rows: Cell[][], from: string, to: string): Cell[][] {
  if (from === to) return rows;
  return rows.map((row) =>
    row.map((cell) => (isFormula(cell) ? { formula: cell.formula.split(from).join(to) } : cell)),
  );
}

/**
 * Writes the summary in the rows above the table's header, where the builder put it. If the user has
 * removed those rows the summary is left out rather than written over the table or their content.
 */
function writeSummary(
  sheet: Excel.Worksheet,
  summary: Cell[][],
  description: SheetDescription,
  at: TablePlace,
) {
  const top = at.row - description.headerRow;
  if (top < 0) return;
  summary.forEach((row, r) => {
    const range = sheet.getRangeByIndexes(top + r, at.column, 1, row.length);
    // Text (the title: a region name may read like a date or a number) in the text format first.
    if (row.some((cell) => typeof cell === "string")) {
      range.numberFormat = [row.map((cell) => formatFor(cell, GENERAL_FORMAT))];
    }
    range.formulas = [row.map(toExcelInput)];
  });
  sheet.getRangeByIndexes(top, at.column, 1, 1).format.font.bold = true;
  sheet.getRangeByIndexes(top + 1, at.column, 1, summary[1]?.length ?? 1).format.font.bold = true;
}

/** Input cells are tinted like Excel's own "Input" cell style, so users see where their figures go. */
const INPUT_FILL = "#FFF2CC";

function formatColumns(table: Excel.Table, description: SheetDescription, statusIndex: number): void {
  // Bilingual headers are longer than the narrow number columns: wrap them rather than cut them off.
  const header = table.getHeaderRowRange();
  header.format.wrapText = true;
  header.format.verticalAlignment = "Top";
  for (const input of description.inputRules) {
    const body = table.columns.getItem(input.header).getDataBodyRange();
    body.format.fill.color = INPUT_FILL;
    body.dataValidation.clear();
    body.dataValidation.rule = {
      [input.type]: { formula1: input.min, formula2: input.max, operator: "Between" },
    };
    body.dataValidation.errorAlert = {
      message: input.message,
      showAlert: true,
      style: "Stop",
      title: input.header,
    };
  }
  description.columns.forEach((column, c) => {
    const range = table.columns.getItem(description.headers[c]!).getRange();
    range.format.columnWidth = column.width;
    if (column.wrap) range.format.wrapText = true;
    if (column.hidden) range.columnHidden = true;
  });
  const status = table.columns.getItemAt(statusIndex).getDataBodyRange();
  status.conditionalFormats.clearAll();
  for (const rule of description.statusRules) {
    const format = status.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType.cellValue);
    format.cellValue.format.fill.color = rule.fill;
    format.cellValue.format.font.color = rule.font;
    format.cellValue.rule = { formula1: `="${rule.equals}"`, operator: "EqualTo" };
  }
}

function createSheet(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
  description: SheetDescription,
): SheetResult {
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.customProperties.add(
    SHEET_MARKER_KEY,
    JSON.stringify({ region: description.regionId, table: tableName }),
  );
  const width = description.headers.length;
  sheet.getRangeByIndexes(description.headerRow, 0, 1, width).values = [description.headers];
  const area = sheet.getRangeByIndexes(description.headerRow, 0, description.rows.length + 1, width);
  const table = sheet.tables.add(area, true);
  table.name = tableName;
  const body = table.getDataBodyRange();
  // Formats first, so that numbers land in cells that already show them in the unit's format and text in
  // text cells (never read as a date, percentage, number or boolean).
  body.numberFormat = description.rows.map((row) =>
    row.numberFormats.map((f, c) => formatFor(row.cells[c], f)),
  );
  body.formulas = description.rows.map((row) => row.cells.map(toExcelInput));
  body.format.verticalAlignment = "Top";
  const place = { row: description.headerRow, column: 0 };
  writeSummary(sheet, retarget(description.summary, description.tableName, tableName), description, place);
  formatColumns(table, description, statusColumnIndex(description));
  sheet.freezePanes.freezeRows(description.freezeRows);
  sheet.activate();
  return {
    regionId: description.regionId,
    sheetName,
    tableName,
    created: true,
    rows: description.rows.length,
    updated: 0,
    added: description.rows.length,
    removed: 0,
  };
}

function statusColumnIndex(description: SheetDescription): number {
  return description.columns.findIndex((c) => c.key === "status");
}

function updateSheet(owned: OwnedSheet, description: SheetDescription, lang: SheetLanguage): SheetResult {
  const { sheet, existing, place } = owned;
  const tableName = owned.marker.table;
  const update = mergeTable(existing, description, lang);
  const table = sheet.tables.getItem(tableName);
  const existingRows = existing.values.length;
  for (const header of update.addColumns) {
    table.columns.add(undefined, [[header], ...Array.from({ length: existingRows }, () => [""])]);
  }
  const width = existing.headers.length + update.addColumns.length;
  if (update.addRows > 0) {
    table.rows.add(
      undefined,
      Array.from({ length: update.addRows }, () => Array.from({ length: width }, () => "")),
    );
  }
  for (const write of update.writes) {
    const body = table.columns.getItem(write.header).getDataBodyRange();
    body.numberFormat = write.numberFormats.map((f, r) => [formatFor(write.cells[r], f)]);
    body.formulas = write.cells.map((cell) => [toExcelInput(cell)]);
  }
  writeSummary(sheet, retarget(description.summary, description.tableName, tableName), description, place);
  const statusHeader = description.headers[statusColumnIndex(description)]!;
  const headersAfter = [...existing.headers, ...update.addColumns];
  formatColumns(table, description, headersAfter.indexOf(statusHeader));
  sheet.freezePanes.freezeRows(place.row + 1);
  sheet.activate();
  return {
    regionId: description.regionId,
    sheetName: sheet.name,
    tableName,
    created: false,
    rows: update.rowCount,
    updated: update.updated,
    added: update.added,
    removed: update.removed,
  };
}
