/**
 * The pure sheet builder: a region's records become a sheet description (cells, formulas, number formats,
 * widths, status rules, summary). All workbook logic lives here so it can be tested without Excel.
 */
import { YEAR_MAX, YEAR_MIN, type DocumentInfo, type IndicatorRecord, type RegionInfo } from "../record";
import { COLUMNS, type ColumnKey, columnHeader, headerOf } from "./columns";
import { formulaString, structuredName } from "./cell-text";
import { FRACTION_FORMAT, GENERAL_FORMAT, YEAR_FORMAT, numberFormatForUnit } from "./number-formats";
import {
  INPUT_MESSAGES,
  KIND_LABELS,
  LOADED_AT,
  MEASURE_LABELS,
  QUALIFIER_LABELS,
  STATUS_STYLES,
  type SheetLanguage,
} from "./labels";
import type { Cell, InputRule, RowDescription, SheetDescription } from "./sheet-description";

export interface BuildOptions {
  lang: SheetLanguage;
  /** Document titles for the Document column; the document id is used where a title is missing. */
  documents?: readonly DocumentInfo[];
  /** When the sheet is written, for the title row. */
  loadedAt?: Date;
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

/** The gap columns apply where a record states a numeric level target. */
export function isTrackable(record: IndicatorRecord): boolean {
  return record.kind === "target" && record.measure === "level" && record.value !== null;
}

/**
 * Formulas of one row, in structured references so they follow sorting and recalculate as users type.
 * Each passes the row's own Year as the target year: a row for a 2035 target measures against the 2035
 * path, not the first target at or after the actual year. PLANNED's method is "" (the default by unit).
 */
function gapFormulas(regionArg: string): Partial<Record<ColumnKey, string>> {
  const ref = (key: ColumnKey) => `[@[${structuredName(headerOf(key))}]]`;
  const [ind, year, actual, target] = [ref("indicatorId"), ref("actualYear"), ref("actual"), ref("year")];
  const bothGiven = `OR(${year}="",${actual}="")`;
  const region = formulaString(regionArg);
  return {
    planned: `=IF(${year}="","",PLAN.PLANNED(${region},${ind},${year},"",${target}))`,
    gap: `=IF(${bothGiven},"",PLAN.GAP(${region},${ind},${year},${actual},${target}))`,
    progress: `=IF(${actual}="","",PLAN.PROGRESS(${region},${ind},${actual},${target}))`,
    required: `=IF(${bothGiven},"",PLAN.REQUIRED(${region},${ind},${year},${actual},${target}))`,
    status: `=IF(${bothGiven},"",PLAN.STATUS(${region},${ind},${year},${actual},${target}))`,
  };
}

function recordCells(
  record: IndicatorRecord,
  lang: SheetLanguage,
  titles: ReadonlyMap<string, string>,
): Record<ColumnKey, Cell> {
  return {
    indicator: record.indicator,
    indicatorEn: record.indicator_en ?? "",
    indicatorId: record.indicator_id,
    kind: KIND_LABELS[record.kind][lang],
    measure: MEASURE_LABELS[record.measure][lang],
    year: record.year,
    value: record.value ?? record.text ?? null,
    valueMax: record.value_max ?? null,
    unit: record.unit,
    qualifier: QUALIFIER_LABELS[record.qualifier][lang],
    attribute: record.attribute ?? "",
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

function rowFormats(record: IndicatorRecord): Record<ColumnKey, string> {
  const unitFormat = numberFormatForUnit(record.unit);
  const formats = Object.fromEntries(COLUMNS.map((c) => [c.key, GENERAL_FORMAT])) as Record<
    ColumnKey,
    string
  >;
  return {
    ...formats,
    year: YEAR_FORMAT,
    actualYear: YEAR_FORMAT,
    value: unitFormat,
    valueMax: unitFormat,
    actual: unitFormat,
    planned: unitFormat,
    gap: unitFormat,
    progress: FRACTION_FORMAT,
    required: FRACTION_FORMAT,
  };
}

/** One table row for a record, in column order. */
export function buildRow(
  record: IndicatorRecord,
  regionArg: string,
  lang: SheetLanguage,
  titles: ReadonlyMap<string, string> = new Map(),
): RowDescription {
  const cells = recordCells(record, lang, titles);
  if (isTrackable(record)) {
    for (const [key, formula] of Object.entries(gapFormulas(regionArg)))
      cells[key as ColumnKey] = { formula };
  }
  const formats = rowFormats(record);
  return {
    id: record.id,
    cells: COLUMNS.map((c) => cells[c.key]),
    numberFormats: COLUMNS.map((c) => formats[c.key]),
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
    `${column("measure")},${formulaString(MEASURE_LABELS.level[lang])}`,
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
    ],
    [
      { formula: `=ROWS(${tableName})` },
      { formula: `=COUNTIFS(${tracked})` },
      { formula: `=COUNTIFS(${tracked},${column("actual")},"")` },
      ...STATUS_STYLES.map((s) => ({ formula: `=COUNTIF(${column("status")},${formulaString(s.value)})` })),
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
  const preferred = options.lang === "zh" ? region.name : region.name_en || region.name;
  return {
    regionId: region.id,
    sheetName: sheetNameFor(preferred || region.id),
    tableName,
    summary: buildSummary(region, tableName, options),
    headerRow: HEADER_ROW,
    columns: COLUMNS,
    headers: COLUMNS.map(columnHeader),
    rows: mine.map((r) => buildRow(r, region.id, options.lang, titles)),
    statusRules: STATUS_STYLES.map((s) => ({ equals: s.value, fill: s.fill, font: s.font })),
    inputRules: inputRules(options.lang),
    freezeRows: HEADER_ROW + 1,
  };
}
