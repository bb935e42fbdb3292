/**
 * The columns of a region sheet's table, as data. Headers are bilingual and are also how a reload finds
 * the add-in's columns in a table the user may have rearranged or extended.
 */
export type ColumnRole =
  /** Written from the record on every load. */
  | "data"
  /** The user's own figures: written once (blank, or the document's base), never overwritten. */
  | "input"
  /** PLAN formulas over the row's inputs. */
  | "formula"
  /** Record id (hidden) and whether the record is still in the data. */
  | "key"
  | "marker";

export type ColumnKey =
  | "indicator"
  | "indicatorEn"
  | "indicatorId"
  | "kind"
  | "measure"
  | "year"
  | "value"
  | "valueMax"
  | "unit"
  | "qualifier"
  | "attribute"
  | "base"
  | "baseYear"
  | "actualYear"
  | "actual"
  | "planned"
  | "gap"
  | "progress"
  | "required"
  | "status"
  | "document"
  | "quote"
  | "inData"
  | "id";

export interface ColumnSpec {
  key: ColumnKey;
  en: string;
  zh: string;
  role: ColumnRole;
  /** Column width in points. */
  width: number;
  wrap?: boolean;
  hidden?: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { key: "indicator", en: "Indicator", zh: "指标", role: "data", width: 150, wrap: true },
  { key: "indicatorEn", en: "English name", zh: "英文名称", role: "data", width: 120, wrap: true },
  { key: "indicatorId", en: "Indicator id", zh: "指标代码", role: "data", width: 70 },
  { key: "kind", en: "Kind", zh: "类型", role: "data", width: 48 },
  { key: "measure", en: "Measure", zh: "口径", role: "data", width: 48 },
  { key: "year", en: "Year", zh: "年份", role: "data", width: 44 },
  { key: "value", en: "Value", zh: "数值", role: "data", width: 72 },
  { key: "valueMax", en: "Upper value", zh: "上限", role: "data", width: 56 },
  { key: "unit", en: "Unit", zh: "单位", role: "data", width: 56 },
  { key: "qualifier", en: "Qualifier", zh: "限定", role: "data", width: 48 },
  { key: "attribute", en: "Attribute", zh: "属性", role: "data", width: 52 },
  { key: "base", en: "Base", zh: "基期值", role: "input", width: 64 },
  { key: "baseYear", en: "Base year", zh: "基期年份", role: "input", width: 52 },
  { key: "actualYear", en: "Actual year", zh: "实际年份", role: "input", width: 60 },
  { key: "actual", en: "Actual", zh: "实际值", role: "input", width: 72 },
  { key: "planned", en: "Planned", zh: "规划值", role: "formula", width: 72 },
  { key: "gap", en: "Gap", zh: "差距", role: "formula", width: 72 },
  { key: "progress", en: "Progress", zh: "进度", role: "formula", width: 60 },
  { key: "required", en: "Required growth", zh: "所需增速", role: "formula", width: 72 },
  { key: "status", en: "Status", zh: "状态", role: "formula", width: 72 },
  { key: "document", en: "Document", zh: "文件", role: "data", width: 120, wrap: true },
  { key: "quote", en: "Source passage", zh: "原文", role: "data", width: 320, wrap: true },
  { key: "inData", en: "In data", zh: "数据状态", role: "marker", width: 80 },
  { key: "id", en: "Record id", zh: "记录编号", role: "key", width: 60, hidden: true },
];

export function columnHeader(column: ColumnSpec): string {
  return `${column.en} ${column.zh}`;
}

export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, ColumnSpec> = new Map(COLUMNS.map((c) => [c.key, c]));

export function headerOf(key: ColumnKey): string {
  return columnHeader(COLUMN_BY_KEY.get(key)!);
}
