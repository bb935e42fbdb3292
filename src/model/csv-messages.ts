/**
 * The CSV import's messages in the pane's two languages. Problems are found as codes with values
 * (csv-import.ts); they are worded here, so the pane shows them in its language and the command line in
 * English.
 */
import type { Language } from "../record/language";

/** The pane's language (one union for the whole add-in). */
export type CsvLanguage = Language;

export const CSV_MESSAGES = {
  "region-empty": { en: "region is empty", zh: "地区为空" },
  "region-not-exact": {
    en: '"{value}" is not a region name.{suggest}',
    zh: "“{value}”不是地区名称。{suggest}",
  },
  "region-unknown": {
    en: '"{value}" is not a known region.{suggest}',
    zh: "“{value}”不是已知地区。{suggest}",
  },
  "region-ambiguous": { en: '"{value}" is ambiguous.{suggest}', zh: "“{value}”有歧义。{suggest}" },
  "indicator-empty": { en: "indicator is empty", zh: "指标为空" },
  "indicator-unknown": {
    en: '"{value}" is not a known indicator.{suggest}',
    zh: "“{value}”不是已知指标。{suggest}",
  },
  "indicator-ambiguous": { en: '"{value}" is ambiguous.{suggest}', zh: "“{value}”有歧义。{suggest}" },
  suggest: { en: " Did you mean {names}?", zh: "是否指：{names}？" },
  "year-invalid": {
    en: '"{value}" is not a year between {min} and {max}',
    zh: "“{value}”不是 {min} 至 {max} 之间的年份",
  },
  "value-empty": { en: "value is empty", zh: "数值为空" },
  "value-not-number": {
    en: '"{value}" is text where a number belongs',
    zh: "“{value}”不是数值",
  },
  "value-bad-commas": {
    en: '"{value}" is not a number: a comma may only separate groups of three digits (1,234.5)',
    zh: "“{value}”不是数值：逗号只能用作千位分隔符（1,234.5）",
  },
  "value-too-large": {
    en: '"{value}" is too large a number to keep (beyond ±1.8e308)',
    zh: "“{value}”数值过大，无法保存（超出 ±1.8e308）",
  },
  "value-max-below": { en: "upper end is below the value", zh: "上限小于数值" },
  "period-start-invalid": { en: '"{value}" is not a year', zh: "“{value}”不是年份" },
  "kind-invalid": {
    en: '"{value}" is not a kind (target, actual, estimate / 目标, 实际, 预计)',
    zh: "“{value}”不是类型（目标、实际、预计）",
  },
  "measure-invalid": {
    en: '"{value}" is not a measure (level, growth, change / 总量, 增速, 变化)',
    zh: "“{value}”不是口径（总量、增速、变化）",
  },
  "qualifier-invalid": {
    en: '"{value}" is not a qualifier (=, ~, >=, >, <=, < / 左右, 以上 …)',
    zh: "“{value}”不是限定条件（=、~、>=、>、<=、<、左右、以上…）",
  },
  "attribute-invalid": { en: '"{value}" is not 预期性 or 约束性', zh: "“{value}”不是预期性或约束性" },
  "unit-percent": {
    en: 'the value is a percentage but the unit says "{value}"',
    zh: "数值是百分比，但单位为“{value}”",
  },
  "no-column": { en: "no column for {fields}", zh: "没有对应{fields}的列" },
  "duplicate-row": {
    en: "same region, indicator, kind, measure and year as line {line}",
    zh: "与第 {line} 行的地区、指标、类型、口径和年份相同",
  },
  "duplicate-id": { en: "same record id as line {line}", zh: "与第 {line} 行的记录编号相同" },
  "unclosed-quote": {
    en: "a quote opened on this line is never closed; the row is skipped and reading goes on at the next line",
    zh: "此行的引号没有闭合；跳过此行，从下一行继续读取",
  },
  "text-after-quote": {
    en: "a quote opened on this line is closed in the middle of a cell; the row is skipped and reading goes on at the next line",
    zh: "此行的引号在单元格中间闭合；跳过此行，从下一行继续读取",
  },
  "duplicate-header": {
    en: 'columns {columns} are both named "{value}": rename or delete one',
    zh: "第 {columns} 列同名（“{value}”）：请重命名或删除其中一列",
  },
  line: { en: "line {line}: ", zh: "第 {line} 行：" },
  header: { en: "header: ", zh: "表头：" },
  "refuse-missing": { en: "No column is mapped to: {fields}.", zh: "以下字段没有对应的列：{fields}。" },
  "refuse-invalid": {
    en: "{count} row(s) have errors; nothing was imported. Fix them or import only the valid rows.",
    zh: "{count} 行有错误，未导入任何内容。请修正，或只导入有效的行。",
  },
  "refuse-none-valid": {
    en: "The file has no valid rows; nothing was imported.",
    zh: "文件中没有有效的行，未导入任何内容。",
  },
} as const;

export type CsvMessageCode = keyof typeof CSV_MESSAGES;
export type CsvValues = Record<string, string | number>;

/** Fills a message's `{name}` placeholders in one pass. */
export function csvMessage(lang: CsvLanguage, code: CsvMessageCode, values: CsvValues = {}): string {
  return CSV_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
