/**
 * `plan-indicators workbook [--region R]… [--pick REGION:INDICATOR]… [--lang zh|en] --out plan.xlsx`:
 * an .xlsx for people without the add-in, written with ExcelJS from the same pure descriptions the
 * add-in writes (src/excel/sheet-builder.ts, src/excel/dashboard.ts): one sheet per region (values,
 * number formats, widths, frozen header, input validation, status colours) and a dashboard.
 * PLAN columns are written as values, computed by the same implementations; other formulas (the
 * summary counts, the dashboard's latest-actual lookups) stay formulas over A1 ranges and Excel
 * recalculates them on opening. ExcelJS cannot draw charts: the dashboard says which range to chart.
 */
import ExcelJS from "exceljs";
import { buildDashboard, type DashboardPick } from "../../excel/dashboard";
import { buildRegionSheet } from "../../excel/sheet-builder";
import type { Cell, PlanCall, SheetDescription } from "../../excel/sheet-description";
import { isFormula } from "../../excel/sheet-description";
import type { SheetLanguage } from "../../excel/labels";
import { runSpec, specOf } from "../../model/function-specs";
import { isPlanError } from "../../model/errors";
import { planFor } from "../../model/plan";
import type { PlanStore } from "../../model/store";
import { loadDataset, parseOptions, storeOf, type Options } from "./call";

export const usage =
  "workbook [--region R]… [--pick REGION:INDICATOR]… [--lang zh|en] --out FILE.xlsx   region sheets and a dashboard as .xlsx";

type Value = ExcelJS.CellValue;

export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A PLAN call's value for one row: "" until its inputs are there, an error value for a PlanError. */
export function evaluateCall(store: PlanStore, call: PlanCall, row: ReadonlyMap<string, Cell>): Value {
  const blank = (key: string) => {
    const v = row.get(key);
    return v === null || v === undefined || v === "";
  };
  if (call.blankUnless.some(blank)) return "";
  const args = call.args.map((a) => {
    if ("literal" in a) return a.literal;
    const key = "firstOf" in a ? (a.firstOf.find((k) => !blank(k)) ?? a.firstOf[0]!) : a.column;
    const v = row.get(key);
    return v === undefined || isFormula(v as Cell) ? null : v;
  });
  const result = runSpec(specOf(call.fn), store, args);
  if (isPlanError(result)) return { error: result.code } as ExcelJS.CellErrorValue;
  return Array.isArray(result) ? "" : result;
}

/** Structured references of the builder's summary formulas as A1 ranges over the written rows. */
function toA1(formula: string, d: SheetDescription): string {
  const first = d.headerRow + 2;
  const last = Math.max(first, first + d.rows.length - 1);
  const col = (header: string) => columnLetter(d.headers.indexOf(header.replace(/'(.)/gu, "$1")));
  return formula
    .slice(1)
    .replace(new RegExp(`${d.tableName}\\[\\[((?:[^\\]']|'.)+)\\]\\]`, "gu"), (_m, h: string) => {
      const c = col(h);
      return `${c}${first}:${c}${last}`;
    })
    .replace(`ROWS(${d.tableName})`, `ROWS(A${first}:A${last})`);
}

const argb = (hex: string) => `FF${hex.replace("#", "")}`;

function writeRegionSheet(wb: ExcelJS.Workbook, store: PlanStore, d: SheetDescription, name: string) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: d.freezeRows }] });
  d.summary.forEach((row, r) =>
    row.forEach((cell, c) => {
      ws.getCell(r + 1, c + 1).value = isFormula(cell) ? { formula: toA1(cell.formula, d) } : (cell as Value);
    }),
  );
  const headerRow = ws.getRow(d.headerRow + 1);
  d.headers.forEach((h, c) => {
    headerRow.getCell(c + 1).value = h;
    headerRow.getCell(c + 1).font = { bold: true };
  });
  d.columns.forEach((spec, c) => {
    const column = ws.getColumn(c + 1);
    column.width = Math.round(spec.width / 6);
    column.hidden = spec.hidden ?? false;
    if (spec.wrap) column.alignment = { wrapText: true, vertical: "top" };
  });
  d.rows.forEach((row, r) => {
    const byKey = new Map(d.columns.map((spec, c) => [spec.key as string, row.cells[c]!]));
    const excelRow = ws.getRow(d.headerRow + 2 + r);
    row.cells.forEach((cell, c) => {
      const target = excelRow.getCell(c + 1);
      target.value = isFormula(cell)
        ? cell.plan
          ? evaluateCall(store, cell.plan, byKey)
          : ""
        : (cell as Value);
      target.numFmt = row.numberFormats[c]!;
    });
  });
  const first = d.headerRow + 2;
  const last = first + Math.max(0, d.rows.length - 1);
  for (const rule of d.inputRules) {
    const c = d.headers.indexOf(rule.header);
    for (let r = first; r <= last; r++) {
      ws.getCell(r, c + 1).dataValidation = {
        type: rule.type === "wholeNumber" ? "whole" : "decimal",
        operator: "between",
        formulae: [rule.min, rule.max],
        showErrorMessage: true,
        error: rule.message,
      };
    }
  }
  const status = columnLetter(d.columns.findIndex((c) => c.key === "status"));
  ws.addConditionalFormatting({
    ref: `${status}${first}:${status}${last}`,
    rules: d.statusRules.map((rule, i) => ({
      type: "cellIs",
      operator: "equal",
      priority: i + 1,
      formulae: [`"${rule.equals.replace(/"/gu, '""')}"`],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
        font: { color: { argb: argb(rule.font) } },
      },
    })),
  });
}

const NO_CHARTS = {
  zh: "图表：ExcelJS 无法写入图表。选中每个指标块（年份行至实际值行）插入折线图，或在 Excel 中用本加载项生成看板。",
  en: "Charts: ExcelJS cannot write charts. Select each block (the years row to the actuals row) and insert a line chart, or build the dashboard with the add-in in Excel.",
};

function writeDashboard(wb: ExcelJS.Workbook, store: PlanStore, picks: DashboardPick[], lang: SheetLanguage) {
  const d = buildDashboard(store, picks, lang);
  const ws = wb.addWorksheet(d.sheetName);
  d.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = ws.getCell(r + 1, c + 1);
      const cached = cell.cached as Value;
      // PLAN formulas as their values; other formulas (the overview's lookups) stay live.
      target.value =
        cell.formula && !cell.formula.includes("PLAN.")
          ? ({ formula: cell.formula.slice(1), result: cached ?? undefined } as Value)
          : cached;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }),
  );
  const notes = [NO_CHARTS[lang], ...d.charts.map((c) => `${c.title}: ${c.source}`)];
  notes.forEach((note, i) => (ws.getCell(1, 10 + i).value = note));
  ws.getColumn(1).width = 22;
}

/** Default picks: per region, up to three indicators with a level or cumulative target. */
function defaultPicks(store: PlanStore, regionIds: readonly string[]): DashboardPick[] {
  return regionIds.flatMap((regionId) =>
    store
      .seriesOf(regionId)
      .filter((s) => {
        const kind = planFor(store, s).goal?.kind;
        return kind === "level" || kind === "total";
      })
      .slice(0, 3)
      .map((s) => ({ regionId, indicatorId: s.indicatorId })),
  );
}

export async function buildWorkbook(
  store: PlanStore,
  regionIds: readonly string[],
  picks: DashboardPick[],
  lang: SheetLanguage,
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Indicators";
  wb.calcProperties.fullCalcOnLoad = true;
  writeDashboard(wb, store, picks.length > 0 ? picks : defaultPicks(store, regionIds), lang);
  const used = new Set<string>();
  for (const id of regionIds) {
    const region = store.regions.get(id)!;
    const d = buildRegionSheet(region, store.dataset.records, { lang, documents: store.dataset.documents });
    let name = d.sheetName;
    for (let n = 2; used.has(name); n++) name = `${d.sheetName.slice(0, 27)} (${n})`;
    used.add(name);
    writeRegionSheet(wb, store, d, name);
  }
  return wb;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseOptions(args, ["--region", "--pick", "--lang", "--out"]);
  const fail = (message: string) => (
    process.stderr.write(`${message}\nusage: plan-indicators ${usage}\n`),
    2
  );
  if (typeof parsed === "string") return fail(parsed);
  const options = parsed as Options & { region?: string[]; pick?: string[]; lang?: string[]; out?: string[] };
  const out = options.out?.at(-1);
  if (!out || options.positional.length > 0)
    return fail(out ? "unexpected arguments" : "--out FILE.xlsx is required");
  const lang: SheetLanguage = options.lang?.at(-1) === "en" ? "en" : "zh";
  let store: PlanStore;
  try {
    store = storeOf(await loadDataset(options));
  } catch (error) {
    process.stderr.write(`cannot load the data: ${(error as Error).message}\n`);
    return 1;
  }
  const regionIds: string[] = [];
  for (const name of options.region ?? [...store.regions.keys()]) {
    const res = store.resolveRegion(name);
    if (!res.ok) return fail(`#N/A Unknown or ambiguous region '${name}'.`);
    regionIds.push(res.id);
  }
  const picks: DashboardPick[] = [];
  for (const pick of options.pick ?? []) {
    const [region = "", indicator = ""] = pick.split(":");
    const r = store.resolveRegion(region);
    const i = store.resolveIndicator(indicator);
    if (!r.ok || !i.ok) return fail(`#N/A Cannot resolve the pick '${pick}' (REGION:INDICATOR).`);
    picks.push({ regionId: r.id, indicatorId: i.id });
  }
  const wb = await buildWorkbook(store, regionIds, picks, lang);
  await wb.xlsx.writeFile(out);
  process.stdout.write(`wrote ${out}: ${regionIds.length} region sheet(s) and a dashboard\n`);
  return 0;
}
