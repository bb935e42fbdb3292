/**
 * Every UI string, in English and Chinese, as one table. `{name}` placeholders are filled by `format`.
 * The pane follows Office's display language (zh-* → Chinese, anything else → English) and offers a switch.
 */
export type Language = "en" | "zh";

const STRINGS = {
  appTitle: { en: "Plan Indicators", zh: "规划指标" },
  version: { en: "Version {version}", zh: "版本 {version}" },
  languageSwitch: { en: "中文", zh: "English" },
  languageSwitchLabel: { en: "中文: switch the pane to Chinese", zh: "English：将界面切换为英文" },
  outsideExcel: {
    en: "This add-in runs inside Excel. Open it from the Home tab in Excel to load indicator tables and use the PLAN functions; here you can browse the indicators.",
    zh: "本加载项在 Excel 中运行。请在 Excel“开始”选项卡中打开，以载入指标表并使用 PLAN 函数；此处可浏览指标。",
  },
  connectingExcel: { en: "Connecting to Excel…", zh: "正在连接 Excel…" },
  loadingData: { en: "Loading the indicators…", zh: "正在载入指标…" },
  dataError: { en: "The indicators could not be loaded: {message}", zh: "无法载入指标：{message}" },
  noData: {
    en: "No indicator data is available yet. Run `npm run extract` and rebuild.",
    zh: "尚无指标数据。请运行 `npm run extract` 后重新构建。",
  },
  tabBrowse: { en: "Browse", zh: "浏览" },
  tabSearch: { en: "Indicators", zh: "指标" },
  tabLoad: { en: "Load into sheets", zh: "载入工作表" },
  tabsLabel: { en: "Sections", zh: "功能" },
  documentsHeading: { en: "Documents and regions", zh: "文件与地区" },
  regionSummary: {
    en: "Documents: {documents} · records: {records}",
    zh: "{documents} 份文件 · {records} 条记录",
  },
  showRegionIndicators: { en: "Indicators of this region →", zh: "查看该地区指标 →" },
  showRegionIndicatorsOf: { en: "Indicators of this region → {region}", zh: "查看该地区指标 → {region}" },
  regionFilter: { en: "Region: {region}", zh: "地区：{region}" },
  clearRegion: { en: "Show all regions", zh: "显示全部地区" },
  colPeriod: { en: "Period", zh: "规划期" },
  colPublished: { en: "Published", zh: "发布日期" },
  unknown: { en: "—", zh: "—" },
  searchLabel: { en: "Search indicators", zh: "搜索指标" },
  searchPlaceholder: { en: "Name in Chinese or English, alias or id", zh: "中文或英文名称、别名或代码" },
  searchResults: { en: "Indicators found: {count}", zh: "{count} 个指标" },
  searchNone: { en: "No indicator matches “{query}”.", zh: "没有与“{query}”匹配的指标。" },
  searchMore: {
    en: "Showing the first {shown} of {count}; refine the search.",
    zh: "仅显示前 {shown} 个（共 {count} 个），请细化搜索。",
  },
  indicatorRecords: { en: "records: {count}", zh: "{count} 条记录" },
  back: { en: "Back to the list", zh: "返回列表" },
  detailSource: { en: "Source passage", zh: "原文" },
  detailFrom: { en: "From {document}", zh: "出自 {document}" },
  kind_target: { en: "target", zh: "目标" },
  kind_actual: { en: "actual", zh: "实际" },
  kind_estimate: { en: "estimate", zh: "预计" },
  measure_level: { en: "level", zh: "水平" },
  measure_growth: { en: "growth", zh: "增速" },
  measure_change: { en: "change", zh: "变化" },
  insertHeading: { en: "Insert a formula", zh: "插入公式" },
  insertFunction: { en: "Function", zh: "函数" },
  insertRegion: { en: "Region", zh: "地区" },
  insertYear: { en: "Year", zh: "年份" },
  insertButton: { en: "Insert at the selected cell", zh: "插入到所选单元格" },
  insertDone: { en: "Inserted {formula} in {address}.", zh: "已在 {address} 插入 {formula}。" },
  insertFailed: { en: "Could not insert the formula: {message}", zh: "无法插入公式：{message}" },
  copyFormula: { en: "Formula to use in Excel: {formula}", zh: "可在 Excel 中使用的公式：{formula}" },
  loadHeading: { en: "Load indicator tables", zh: "载入指标表" },
  loadExplain: {
    en: "Each region gets its own sheet with a table. Type your figures in Actual year and Actual; Planned, Gap, Progress, Required growth and Status follow. Loading again keeps what you typed.",
    zh: "每个地区一张工作表和一个表格。在“实际年份”和“实际值”中填写数据，规划值、差距、进度、所需增速和状态随之更新。再次载入会保留已填写的内容。",
  },
  regionsLabel: { en: "Regions to load", zh: "要载入的地区" },
  allRegions: { en: "All regions", zh: "全部地区" },
  loadButton: { en: "Load into worksheets", zh: "载入工作表" },
  loadProgress: { en: "Writing {sheet} ({done} of {total})", zh: "正在写入 {sheet}（{done}/{total}）" },
  loadStarting: { en: "Reading the workbook…", zh: "正在读取工作簿…" },
  loadCreated: { en: "{sheet}: new sheet, rows: {rows}", zh: "{sheet}：新建工作表，{rows} 行" },
  loadUpdated: {
    en: "{sheet}: {updated} updated, {added} added, {removed} marked as no longer in the data",
    zh: "{sheet}：更新 {updated} 行，新增 {added} 行，{removed} 行标记为最新数据中已无",
  },
  loadSheetFailed: {
    en: "{sheet}: not written ({message}); the other sheets were",
    zh: "{sheet}：未写入（{message}）；其他工作表已写入",
  },
  loadSkipped: { en: "{region}: skipped, no records", zh: "{region}：已跳过，没有记录" },
  loadFailed: { en: "Loading failed: {message}", zh: "载入失败：{message}" },
  loadNeedsExcel: { en: "Loading into worksheets needs Excel.", zh: "载入工作表需要在 Excel 中进行。" },
  selectRegions: { en: "Choose at least one region.", zh: "请至少选择一个地区。" },
  exportCsv: { en: "Export records as CSV", zh: "导出记录为 CSV" },
  exportDone: { en: "Exported {count} records to {file}.", zh: "已导出 {count} 条记录到 {file}。" },
  featureMissing: {
    en: "{feature} is not available: this version of Excel lacks {set} {version}.",
    zh: "{feature}不可用：此版本的 Excel 不支持 {set} {version}。",
  },
  feature_loadSheets: { en: "Loading into worksheets", zh: "载入工作表" },
  feature_insertFormula: { en: "Inserting formulas", zh: "插入公式" },
  feature_customFunctions: { en: "The PLAN functions", zh: "PLAN 函数" },
  feature_statusColours: { en: "Status colours", zh: "状态着色" },
} satisfies Record<string, Record<Language, string>>;

export type StringKey = keyof typeof STRINGS;

export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function translate(lang: Language, key: StringKey, values?: Record<string, string | number>): string {
  return format(STRINGS[key][lang], values);
}

/** Office's display language (e.g. "zh-CN", "en-US") to the pane's language. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export const ALL_STRING_KEYS = Object.keys(STRINGS) as StringKey[];
export const STRING_TABLE: Readonly<Record<StringKey, Record<Language, string>>> = STRINGS;
