/**
 * The dashboard, as data (pure; src/excel/dashboard-writer.ts writes it with Office.js, the CLI's
 * workbook command with ExcelJS). For the indicators a user picks:
 *   - a status overview at the top: one row per indicator with its target, the latest actual typed below
 *     and its STATUS (in the sheet's language);
 *   - one block per indicator: the years from the base to the target year, the planned path
 *     (PLAN.PLANNED), the target (PLAN.TARGET, a flat line), the actuals (input cells, prefilled with the
 *     recorded ones) and STATUS per year; a native line chart over the block (path, target, actuals).
 * Every PLAN cell is a formula, so the overview, the statuses and the chart follow what the user types;
 * each also carries the value it has now (`cached`), for writers that keep values only.
 */
import { runSpec, specOf } from "../model/function-specs";
import { isPlanError } from "../model/errors";
import { planFor } from "../model/plan";
import type { PlanStore } from "../model/store";
import { formulaString } from "./cell-text";
import type { SheetLanguage } from "./labels";
import { numberFormatForUnit, RATE_FORMAT, YEAR_FORMAT } from "./number-formats";

export interface DashboardPick {
  regionId: string;
  indicatorId: string;
  /** The target to follow; omitted: the plan's last target. */
  targetYear?: number;
}

export type CachedValue = string | number | { error: string } | null;

export interface DashboardCell {
  formula?: string;
  /** The value now: the formula's result, or the value to write. */
  cached: CachedValue;
  numberFormat?: string;
  /** An input the user types into (the actuals). */
  input?: boolean;
}

export interface DashboardChart {
  title: string;
  /** A1 range of the years row and the series rows (planned, target, actual), series by rows. */
  source: string;
  /** Cells the chart covers (top-left, bottom-right). */
  topLeft: string;
  bottomRight: string;
}

export interface DashboardDescription {
  sheetName: string;
  /** The grid from A1, row by row. */
  cells: DashboardCell[][];
  charts: DashboardChart[];
}

const LABELS = {
  title: { zh: "规划指标看板", en: "Plan indicators dashboard" },
  overview: {
    zh: ["地区", "指标", "单位", "目标年份", "目标值", "最新年份", "最新实际值", "状态"],
    en: ["Region", "Indicator", "Unit", "Target year", "Target", "Latest year", "Latest actual", "Status"],
  },
  planned: { zh: "规划路径", en: "Planned path" },
  target: { zh: "目标", en: "Target" },
  actual: { zh: "实际值（请填写）", en: "Actual (type here)" },
  status: { zh: "状态", en: "Status" },
} as const;

/** Rows a block takes, chart included: the chart sits beside the block and is this tall. */
const BLOCK_ROWS = 16;

export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const text = (value: string): DashboardCell => ({ cached: value });

function planCell(
  store: PlanStore,
  fn: string,
  args: (string | number | null)[],
  formula: string,
  format?: string,
) {
  const result = runSpec(specOf(fn), store, args);
  const cached: CachedValue = isPlanError(result)
    ? { error: result.code }
    : Array.isArray(result)
      ? null
      : result;
  return { formula, cached, numberFormat: format };
}

const lit = (v: string | number) => (typeof v === "number" ? String(v) : formulaString(v));

function block(
  store: PlanStore,
  pick: DashboardPick,
  lang: SheetLanguage,
  top: number,
):
  | { pick: DashboardPick; rows: DashboardCell[][]; chart: DashboardChart; overview: DashboardCell[] }
  | undefined {
  const series = store.getSeries(pick.regionId, pick.indicatorId);
  if (!series) return undefined;
  const plan = planFor(store, series, undefined, pick.targetYear);
  const goal = plan.goal;
  if (!goal) return undefined;
  const region = store.regions.get(pick.regionId)?.name ?? pick.regionId;
  const name = store.describeIndicator(pick.indicatorId);
  const unit = goal.record.unit;
  const format = goal.kind === "growth" ? RATE_FORMAT : numberFormatForUnit(unit);
  const first = plan.base?.year ?? goal.firstYear - 1;
  const years = Array.from({ length: Math.max(1, goal.year - first + 1) }, (_, i) => first + i);
  const r = lit(pick.regionId);
  const ind = lit(pick.indicatorId);
  const ty = goal.year;
  const language = lang === "zh" ? `,"zh"` : "";
  const row = (n: number) => top + n; // 1-based sheet rows of the block's lines
  const cell = (col: number, n: number) => `${columnLetter(col)}${row(n)}`;
  const actualOf = (year: number) => {
    const recorded = runSpec(specOf("ACTUAL"), store, [pick.regionId, pick.indicatorId, year]);
    return typeof recorded === "number" && year <= ty ? recorded : null;
  };
  const actuals = years.map(actualOf);
  const rows: DashboardCell[][] = [
    [text(`${region} · ${name}${unit ? ` (${unit})` : ""}`)],
    // The corner stays blank: Excel then reads the years as categories and column A as series names.
    [text(""), ...years.map((y) => ({ cached: y, numberFormat: YEAR_FORMAT }))],
    [
      text(LABELS.planned[lang]),
      ...years.map((y) =>
        planCell(
          store,
          "PLANNED",
          [pick.regionId, pick.indicatorId, y, "", ty],
          `=IFERROR(PLAN.PLANNED(${r},${ind},${y},"",${ty}),NA())`,
          format,
        ),
      ),
    ],
    [
      text(LABELS.target[lang]),
      ...years.map(() =>
        planCell(
          store,
          "TARGET",
          [pick.regionId, pick.indicatorId, ty],
          `=IFERROR(PLAN.TARGET(${r},${ind},${ty}),NA())`,
          format,
        ),
      ),
    ],
    [text(LABELS.actual[lang]), ...actuals.map((a) => ({ cached: a, numberFormat: format, input: true }))],
    [
      text(LABELS.status[lang]),
      ...years.map((y, i) => {
        const a = cell(i + 1, 4);
        const formula = `=IF(${a}="","",PLAN.STATUS(${r},${ind},${y},${a},${ty}${language}))`;
        if (actuals[i] === null) return { formula, cached: "" };
        return planCell(
          store,
          "STATUS",
          [pick.regionId, pick.indicatorId, y, actuals[i], ty, null, null, lang],
          formula,
        );
      }),
    ],
  ];
  const last = columnLetter(years.length);
  const chart: DashboardChart = {
    title: `${region} · ${name}`,
    source: `A${row(1)}:${last}${row(4)}`,
    topLeft: `${columnLetter(years.length + 2)}${row(0)}`,
    bottomRight: `${columnLetter(years.length + 9)}${row(BLOCK_ROWS - 2)}`,
  };
  // The overview row: the latest actual typed in the block (LOOKUP(2,1/(…<>""),…) finds the last one).
  const actualRange = `B${row(4)}:${last}${row(4)}`;
  const yearRange = `B${row(1)}:${last}${row(1)}`;
  const latestIndex = actuals.map((a, i) => (a === null ? -1 : i)).reduce((m, i) => Math.max(m, i), -1);
  const latestYear = latestIndex >= 0 ? years[latestIndex]! : "";
  const latest = latestIndex >= 0 ? actuals[latestIndex]! : "";
  const overview: DashboardCell[] = [
    text(region),
    text(name),
    text(unit),
    { cached: ty, numberFormat: YEAR_FORMAT },
    planCell(
      store,
      "TARGET",
      [pick.regionId, pick.indicatorId, ty],
      `=IFERROR(PLAN.TARGET(${r},${ind},${ty}),"")`,
      format,
    ),
    {
      formula: `=IFERROR(LOOKUP(2,1/(${actualRange}<>""),${yearRange}),"")`,
      cached: latestYear,
      numberFormat: YEAR_FORMAT,
    },
    {
      formula: `=IFERROR(LOOKUP(2,1/(${actualRange}<>""),${actualRange}),"")`,
      cached: latest,
      numberFormat: format,
    },
  ];
  return { pick, rows, chart, overview };
}

/** The dashboard for the picks; indicators without a target are left out. */
export function buildDashboard(
  store: PlanStore,
  picks: readonly DashboardPick[],
  lang: SheetLanguage,
): DashboardDescription {
  const overviewTop = 3; // row 1 title, row 2 header, rows 3… overview
  const blocksTop = overviewTop + picks.length + 2;
  const blocks = [];
  for (const pick of picks) {
    const b = block(store, pick, lang, blocksTop + blocks.length * BLOCK_ROWS);
    if (b) blocks.push(b);
  }
  const cells: DashboardCell[][] = [[text(LABELS.title[lang])], LABELS.overview[lang].map(text)];
  blocks.forEach((b, i) => {
    const row = overviewTop + i;
    const [year, actual] = [`F${row}`, `G${row}`];
    const pick = b.pick;
    const statusFormula =
      `=IF(${actual}="","",PLAN.STATUS(${lit(pick.regionId)},${lit(pick.indicatorId)},${year},${actual},` +
      `${b.overview[3]!.cached}${lang === "zh" ? `,"zh"` : ""}))`;
    const latest = b.overview[6]!.cached;
    const status =
      latest === "" || latest === null
        ? { formula: statusFormula, cached: "" }
        : planCell(
            store,
            "STATUS",
            [
              pick.regionId,
              pick.indicatorId,
              b.overview[5]!.cached as number,
              latest as number,
              b.overview[3]!.cached as number,
              null,
              null,
              lang,
            ],
            statusFormula,
          );
    cells.push([...b.overview, status]);
  });
  while (cells.length < blocksTop - 1) cells.push([]);
  for (const b of blocks) {
    const start = cells.length;
    cells.push(...b.rows);
    while (cells.length < start + BLOCK_ROWS) cells.push([]);
  }
  return {
    sheetName: lang === "zh" ? "规划看板" : "Dashboard",
    cells,
    charts: blocks.map((b) => b.chart),
  };
}
