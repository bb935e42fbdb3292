/**
 * The pure sheet builder: a region's records become a sheet description (cells, formulas, number formats,
 * widths, status rules, summary). All workbook logic lives here so it can be tested without Excel.
 */
import { YEAR_MAX, YEAR_MIN, type DocumentInfo, type IndicatorRecord, type RegionInfo } from "../record";
import type { GoalKind } from "../model/gap";
import { goalKindOf, planFor } from "../model/plan";
import { PlanStore } from "../model/store";
import { isRateUnit, toExcel } from "../model/units";
import { COLUMNS, type ColumnKey, columnHeader, headerOf } from "./columns";
import { formulaString, structuredName } from "./cell-text";
import {
  FRACTION_FORMAT,
  GENERAL_FORMAT,
  RATE_FORMAT,
  YEAR_FORMAT,
  numberFormatForUnit,
} from "./number-formats";
import {
  ATTRIBUTE_LABELS,
  INPUT_MESSAGES,
  KIND_LABELS,
  LOADED_AT,
  MEASURE_LABELS,
  QUALIFIER_LABELS,
  STATUS_STYLES,
  type SheetLanguage,
} from "./labels";
import type {
  Cell,
  InputRule,
  PlanArg,
  PlanCall,
  RowDescription,
  SheetDescription,
} from "./sheet-description";

export interface BuildOptions {
  lang: SheetLanguage;
  /** Document titles for the Document column; the document id is used where a title is missing. */
  documents?: readonly DocumentInfo[];
  /** When the sheet is written, for the title row. */
  loadedAt?: Date;
  /**
   * The base a target row's gap functions start from, to prefill the Base columns (Excel units). By
   * default the plan's own choice over the records given (src/model/plan.ts).
   */
  baseOf?: (record: IndicatorRecord) => { value: number; year: number } | undefined;
}

export const SUMMARY_ROWS = 3;
/** One blank row between the summary and the table. */
export const HEADER_ROW = SUMMARY_ROWS + 1;

const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** A legal worksheet name: no []:*?/\, no leading/trailing apostrophe, at most 31 characters. */
export function sheetNameFor(text: string): string {
  const cleaned = text
    .replace(SHEET_NAME_FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  const name = cleaned.slice(0, SHEET_NAME_MAX).trim();
  return name.length > 0 && name.toLowerCase() !== "history" ? name : "Plan";
}

/** A legal table name derived from the region id (letters, digits, underscores; starts with a letter). */
export function tableNameFor(regionId: string): string {
  const slug = regionId.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return `PlanInd_${slug || "region"}`;
}

/** Rows read like the documents: by document, then by position in it. */
function documentOrder(a: IndicatorRecord, b: IndicatorRecord): number {
  return a.doc === b.doc ? a.start - b.start || a.id.localeCompare(b.id) : a.doc.localeCompare(b.doc);
}

/** The gap columns apply to every target row; the formulas fit its kind (see `gapFormulas`). */
export function isTrackable(record: IndicatorRecord): boolean {
  return record.kind === "target";
}

type Formulas = Partial<Record<ColumnKey, PlanCall>>;

const col = (key: ColumnKey): PlanArg => ({ column: key });

/**
 * The PLAN calls of one row, as data (rendered to formulas by `renderFormula`). Each passes the row's own
 * Year as the target year (a 2035 row measures against the 2035 target) and the row's Base and Base
 * year. The actual is what the row's target asks for: a level, a growth rate, the total so far.
 * Qualitative rows show only STATUS (定性目标, or the 同步 comparison once an actual is typed).
 */
function gapCalls(regionArg: string, kind: GoalKind, lang: SheetLanguage): Formulas {
  const region = { literal: regionArg };
  const head = [region, col("indicatorId")];
  const tail = [col("year"), col("base"), col("baseYear")];
  const language = lang === "zh" ? [{ literal: "zh" }] : [];
  const both = ["actualYear", "actual"];
  if (kind === "qualitative") {
    const year = { firstOf: ["actualYear", "year"] };
    return {
      status: { fn: "STATUS", args: [...head, year, col("actual"), ...tail, ...language], blankUnless: [] },
    };
  }
  const measured = [...head, col("actualYear"), col("actual"), ...tail];
  const calls: Formulas = {
    planned:
      kind === "growth"
        ? { fn: "TARGETGROWTH", args: [...head, col("year")], blankUnless: [] }
        : {
            fn: "PLANNED",
            args: [...head, col("actualYear"), { literal: "" }, ...tail],
            blankUnless: ["actualYear"],
          },
    gap: { fn: "GAP", args: measured, blankUnless: both },
    required: { fn: "REQUIRED", args: measured, blankUnless: both },
    status: { fn: "STATUS", args: [...measured, ...language], blankUnless: both },
  };
  if (kind !== "growth") {
    calls.progress = { fn: "PROGRESS", args: [...head, col("actual"), ...tail], blankUnless: ["actual"] };
  }
  return calls;
}

/**
 * A PLAN call as a formula in structured references, so it follows sorting and recalculates as users
 * type. Blank optional inputs pass as "" (read as omitted): an empty cell may reach a custom function as 0.
 */
export function renderFormula(call: PlanCall): string {
  const ref = (key: string) => `[@[${structuredName(headerOf(key as ColumnKey))}]]`;
  const optional = new Set(["base", "baseYear"]);
  const arg = (a: PlanArg): string => {
    if ("literal" in a) return typeof a.literal === "number" ? String(a.literal) : formulaString(a.literal);
    if ("firstOf" in a) {
      const [first, second] = a.firstOf;
      return `IF(${ref(first!)}="",${ref(second!)},${ref(first!)})`;
    }
    return optional.has(a.column) ? `IF(${ref(a.column)}="","",${ref(a.column)})` : ref(a.column);
  };
  const body = `PLAN.${call.fn}(${call.args.map(arg).join(",")})`;
  const blanks = call.blankUnless.map((k) => `${ref(k)}=""`);
  if (blanks.length === 0) return `=${body}`;
  const test = blanks.length === 1 ? blanks[0] : `OR(${blanks.join(",")})`;
  return `=IF(${test},"",${body})`;
}

const excelOrNull = (value: number | null | undefined, unit: string) =>
  value === null || value === undefined ? null : toExcel(value, unit);

function recordCells(
  record: IndicatorRecord,
  lang: SheetLanguage,
  titles: ReadonlyMap<string, string>,
  base: { value: number; year: number } | undefined,
): Record<ColumnKey, Cell> {
  return {
    indicator: record.indicator,
    indicatorEn: record.indicator_en ?? "",
    indicatorId: record.indicator_id,
    kind: KIND_LABELS[record.kind][lang],
    measure: MEASURE_LABELS[record.measure][lang],
    year: record.year,
    value: excelOrNull(record.value, record.unit) ?? record.text ?? null,
    valueMax: excelOrNull(record.value_max, record.unit),
    unit: record.unit,
    qualifier: QUALIFIER_LABELS[record.qualifier][lang],
    attribute: record.attribute ?? "",
    base: base?.value ?? null,
    baseYear: base?.year ?? null,
    actualYear: null,
    actual: null,
    planned: null,
    gap: null,
    progress: null,
    required: null,
    status: null,
    document: titles.get(record.doc) ?? record.doc,
    quote: record.quote,
    inData: "",
    id: record.id,
  };
}

/** Formats by what each column holds for the row's kind: rates as Excel percentages, levels by unit. */
function rowFormats(record: IndicatorRecord, kind: GoalKind | undefined): Record<ColumnKey, string> {
  const unitFormat = numberFormatForUnit(record.unit);
  const growth = kind === "growth";
  const measured = growth ? RATE_FORMAT : unitFormat;
  const formats = Object.fromEntries(COLUMNS.map((c) => [c.key, GENERAL_FORMAT])) as Record<
    ColumnKey,
    string
  >;
  const perYear = kind === "total" || kind === "annual";
  return {
    ...formats,
    year: YEAR_FORMAT,
    baseYear: YEAR_FORMAT,
    actualYear: YEAR_FORMAT,
    value: measured,
    valueMax: measured,
    base: growth ? numberFormatForUnit("") : unitFormat,
    actual: measured,
    planned: measured,
    gap: measured,
    progress: FRACTION_FORMAT,
    required: perYear ? unitFormat : isRateUnit(record.unit) ? "0.00%" : FRACTION_FORMAT,
  };
}

/** One table row for a record, in column order. */
export function buildRow(
  record: IndicatorRecord,
  regionArg: string,
  lang: SheetLanguage,
  titles: ReadonlyMap<string, string> = new Map(),
  base?: { value: number; year: number },
  /** A qualitative target beside a numeric one of the same year: the numeric row carries the analytics. */
  shadowed = false,
): RowDescription {
  const kind = shadowed ? undefined : goalKindOf(record);
  const cells = recordCells(record, lang, titles, kind ? base : undefined);
  if (kind) {
    for (const [key, plan] of Object.entries(gapCalls(regionArg, kind, lang)))
      cells[key as ColumnKey] = { formula: renderFormula(plan), plan };
  }
  const formats = rowFormats(record, kind);
  return {
    id: record.id,
    cells: COLUMNS.map((c) => cells[c.key]),
    numberFormats: COLUMNS.map((c) => formats[c.key]),
  };
}

/** The plan's base for each target row, from the records given (a store over them, built once). */
function planBases(
  region: RegionInfo,
  records: readonly IndicatorRecord[],
  documents: readonly DocumentInfo[],
) {
  const store = new PlanStore({
    version: 1,
    documents: [...documents],
    regions: [region],
    records: [...records],
  });
  return (record: IndicatorRecord) => {
    const series = store.getSeries(record.region_id, record.indicator_id);
    const base = series && planFor(store, series, record.year, record.year).base;
    return base && { value: base.value, year: base.year };
  };
}

function loadedAt(date: Date, lang: SheetLanguage): string {
  return LOADED_AT[lang].replace("{time}", date.toISOString().slice(0, 16).replace("T", " "));
}

/** Title row and the count of rows per status, as formulas over the table so they follow edits. */
const SUMMARY_LABELS = {
  records: { zh: "记录数", en: "Records" },
  tracked: { zh: "跟踪目标", en: "Targets tracked" },
  awaiting: { zh: "待填实际值", en: "Awaiting actual" },
} satisfies Record<string, Record<SheetLanguage, string>>;

/** Matches numbers only (text fails a numeric comparison), so qualitative targets are not counted. */
const ANY_NUMBER = '">-1E+307"';

/**
 * Title row and counts as formulas over the table, so they follow what users type: records, level
 * targets the gap columns track, those still without an actual, and rows per status.
 */
function buildSummary(region: RegionInfo, tableName: string, options: BuildOptions): Cell[][] {
  const column = (key: ColumnKey) => `${tableName}[[${structuredName(headerOf(key))}]]`;
  const lang = options.lang;
  const tracked = [
    `${column("kind")},${formulaString(KIND_LABELS.target[lang])}`,
    `${column("value")},${ANY_NUMBER}`,
  ].join(",");
  const title = [region.name, region.name_en].filter(Boolean).join(" · ");
  return [
    [options.loadedAt ? `${title} — ${loadedAt(options.loadedAt, lang)}` : title],
    [
      SUMMARY_LABELS.records[lang],
      SUMMARY_LABELS.tracked[lang],
      SUMMARY_LABELS.awaiting[lang],
      ...STATUS_STYLES.map((s) => s.label[lang]),
      ...ATTRIBUTE_LABELS.map((a) => a.label[lang]),
    ],
    [
      { formula: `=ROWS(${tableName})` },
      { formula: `=COUNTIFS(${tracked})` },
      { formula: `=COUNTIFS(${tracked},${column("actual")},"")` },
      ...STATUS_STYLES.map((s) => ({
        formula: `=${s.words[lang].map((w) => `COUNTIF(${column("status")},${formulaString(w)})`).join("+")}`,
      })),
      ...ATTRIBUTE_LABELS.map((a) => ({
        formula: `=COUNTIFS(${column("kind")},${formulaString(KIND_LABELS.target[lang])},${column("attribute")},${formulaString(a.value)})`,
      })),
    ],
  ];
}

const YEAR_RANGE = { min: YEAR_MIN, max: YEAR_MAX };
/** Excel keeps 15 significant digits; anything beyond is a typo, not a statistic. */
const VALUE_LIMIT = 1e15;

function inputRules(lang: SheetLanguage): InputRule[] {
  return [
    {
      header: headerOf("actualYear"),
      type: "wholeNumber",
      ...YEAR_RANGE,
      message: INPUT_MESSAGES.actualYear[lang]
        .replace("{min}", String(YEAR_RANGE.min))
        .replace("{max}", String(YEAR_RANGE.max)),
    },
    {
      header: headerOf("actual"),
      type: "decimal",
      min: -VALUE_LIMIT,
      max: VALUE_LIMIT,
      message: INPUT_MESSAGES.actual[lang],
    },
    {
      header: headerOf("base"),
      type: "decimal",
      min: -VALUE_LIMIT,
      max: VALUE_LIMIT,
      message: INPUT_MESSAGES.base[lang],
    },
    {
      header: headerOf("baseYear"),
      type: "wholeNumber",
      ...YEAR_RANGE,
      message: INPUT_MESSAGES.baseYear[lang]
        .replace("{min}", String(YEAR_RANGE.min))
        .replace("{max}", String(YEAR_RANGE.max)),
    },
  ];
}

/** The sheet for one region. Records of other regions are ignored. */
export function buildRegionSheet(
  region: RegionInfo,
  records: readonly IndicatorRecord[],
  options: BuildOptions,
): SheetDescription {
  const titles = new Map((options.documents ?? []).map((d) => [d.doc, d.title || d.doc]));
  const mine = records.filter((r) => r.region_id === region.id).sort(documentOrder);
  const tableName = tableNameFor(region.id);
  const baseOf = options.baseOf ?? planBases(region, mine, options.documents ?? []);
  const numeric = new Set(
    mine.filter((r) => r.kind === "target" && r.value !== null).map((r) => `${r.indicator_id}|${r.year}`),
  );
  const shadowed = new Set(
    mine.filter((r) => r.kind === "target" && r.value === null && numeric.has(`${r.indicator_id}|${r.year}`)),
  );
  const preferred = options.lang === "zh" ? region.name : region.name_en || region.name;
  return {
    regionId: region.id,
    sheetName: sheetNameFor(preferred || region.id),
    tableName,
    summary: buildSummary(region, tableName, options),
    headerRow: HEADER_ROW,
    columns: COLUMNS,
    headers: COLUMNS.map(columnHeader),
    rows: mine.map((r) => buildRow(r, region.id, options.lang, titles, baseOf(r), shadowed.has(r))),
    statusRules: STATUS_STYLES.flatMap((s) =>
      s.words[options.lang].map((w) => ({ equals: w, fill: s.fill, font: s.font })),
    ),
    inputRules: inputRules(options.lang),
    freezeRows: HEADER_ROW + 1,
  };
}
