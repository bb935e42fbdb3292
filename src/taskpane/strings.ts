/**
 * The pane's one string table, in English and Chinese. `{name}` placeholders are filled by `format`.
 * The pane follows Office's display language (zh-* → Chinese, anything else → English) and offers a switch.
 * Entries are grouped by area: the shell, browse, formula and sheets entries below, the import and review
 * panels' in import/strings-data.ts; `TABLE` (at the end) joins them, and `StringKey`, `translate` and the
 * `useStrings` hook (i18n.tsx) serve every part of the pane.
 *
 * The import and review entries join the table when import/strings-data.ts loads (every import and
 * review module imports it): they are not needed before the first paint, and loading them with the
 * import and review code keeps them out of the pane's first script.
 */
import type { Language } from "../record/language";
import type { IMPORT_STRINGS } from "./import/strings-data";

export type { Language };

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
  dataError: {
    en: "The indicators could not be loaded. Check the connection and try again.",
    zh: "无法载入指标。请检查网络连接后重试。",
  },
  dataErrorDetail: { en: "Details: {message}", zh: "详情：{message}" },
  retry: { en: "Try again", zh: "重试" },
  noData: {
    en: "No indicators yet. Import a plan document under Import to get started.",
    zh: "尚无指标。请在“导入”中导入一份规划文件。",
  },
  sectionLoading: { en: "Opening…", zh: "正在打开…" },
  sectionError: {
    en: "This part of the pane could not be opened. Check the connection and try again.",
    zh: "无法打开此部分。请检查网络连接后重试。",
  },
  tabBrowse: { en: "Browse", zh: "浏览" },
  tabFormula: { en: "Formula", zh: "公式" },
  tabSheets: { en: "Sheets", zh: "工作表" },
  tabDashboard: { en: "Dashboard", zh: "看板" },
  tabWorkbook: { en: "Workbook", zh: "工作簿" },
  tabsLabel: { en: "Sections", zh: "功能" },
  help: { en: "Help", zh: "帮助" },
  helpLabel: { en: "Help (opens in a new window)", zh: "帮助（在新窗口中打开）" },
  about: { en: "About", zh: "关于" },
  aboutText: {
    en: "Plan Indicators {version}: targets of Chinese government plans, as records and PLAN functions.",
    zh: "规划指标 {version}：中国政府规划的指标目标，以记录和 PLAN 函数提供。",
  },
  firstRunTitle: { en: "Welcome to Plan Indicators", zh: "欢迎使用规划指标" },
  firstRunText: {
    en: "The targets of government plans, read from the documents, with their sources. Three things to try:",
    zh: "从规划文件中读取的指标目标及其出处。可以先试试：",
  },
  firstRunStep1: {
    en: "Search “GDP” and open it to see the source passages.",
    zh: "搜索“GDP”，打开后查看原文出处。",
  },
  firstRunStep2: {
    en: "Build =PLAN.TARGET(…) under Workbook › Formula and insert it into a cell.",
    zh: "在“工作簿 › 公式”中生成 =PLAN.TARGET(…) 并插入单元格。",
  },
  firstRunStep3: {
    en: "Load a region into a sheet under Workbook › Sheets and type your actuals.",
    zh: "在“工作簿 › 工作表”中载入一个地区，填写实际值。",
  },
  firstRunDismiss: { en: "Got it", zh: "知道了" },
  documentsHeading: { en: "Documents and regions", zh: "文件与地区" },
  regionSummary: {
    en: "Documents: {documents} · records: {records}",
    zh: "{documents} 份文件 · {records} 条记录",
  },
  showRegionIndicators: { en: "Indicators of this region →", zh: "查看该地区指标 →" },
  showRegionIndicatorsOf: { en: "Indicators of this region → {region}", zh: "查看该地区指标 → {region}" },
  showDocumentIndicators: { en: "Indicators of this document", zh: "查看该文件指标" },
  regionFilter: { en: "Region: {region}", zh: "地区：{region}" },
  clearRegion: { en: "Show all regions", zh: "显示全部地区" },
  clearFilters: { en: "Clear filters", zh: "清除筛选" },
  colPeriod: { en: "Period", zh: "规划期" },
  colPublished: { en: "Published", zh: "发布日期" },
  unknown: { en: "—", zh: "—" },
  searchLabel: { en: "Search indicators", zh: "搜索指标" },
  searchPlaceholder: {
    en: "GDP, 地区生产总值, dqsczz, a region…",
    zh: "GDP、地区生产总值、拼音、地区名…",
  },
  searchResults: { en: "Indicators found: {count}", zh: "{count} 个指标" },
  searchNone: {
    en: "No indicator matches “{query}”. Try fewer words, pinyin or the English name.",
    zh: "没有与“{query}”匹配的指标。请减少字词，或改用拼音、英文名称。",
  },
  searchMore: {
    en: "Showing the first {shown} of {count}; refine the search.",
    zh: "仅显示前 {shown} 个（共 {count} 个），请细化搜索。",
  },
  searchDidYouMean: { en: "Closest matches for “{query}”", zh: "与“{query}”最接近的结果" },
  searchRegionHit: { en: "Region: {region}", zh: "地区：{region}" },
  filterCategory: { en: "Category", zh: "类别" },
  filterPlanType: { en: "Plan type", zh: "规划类型" },
  filterPeriod: { en: "Period", zh: "规划期" },
  filterDocument: { en: "Document", zh: "文件" },
  filterRegion: { en: "Region", zh: "地区" },
  filterAny: { en: "Any", zh: "全部" },
  filtersLabel: { en: "Browse by", zh: "分类浏览" },
  indicatorRecords: { en: "records: {count}", zh: "{count} 条记录" },
  back: { en: "Back to the list", zh: "返回列表" },
  detailSource: { en: "Source passage", zh: "原文" },
  detailFrom: { en: "From {document}", zh: "出自 {document}" },
  detailSection: { en: "Section: {section}", zh: "所在章节：{section}" },
  detailTableRow: { en: "Table row", zh: "表格行" },
  detailReadDocument: { en: "Read the passage in the document", zh: "在文件中阅读此段" },
  detailHideDocument: { en: "Hide the document", zh: "收起文件" },
  detailDocumentUnavailable: {
    en: "The document's text is not available here; the quoted passage is shown.",
    zh: "此处无法获取文件全文，仅显示引文。",
  },
  confidence: { en: "confidence {percent}", zh: "置信度 {percent}" },
  yearInferred: { en: "year inferred", zh: "年份为推断" },
  yearInferredHelp: {
    en: "The passage does not state the year; it was taken from the plan's period.",
    zh: "原文未写明年份，按规划期推断。",
  },
  wordingGloss: { en: "as worded in the document", zh: "文件原文表述" },
  chartTitle: { en: "Planned path, target and actuals", zh: "规划路径、目标与实际值" },
  chartPlanned: { en: "planned", zh: "规划路径" },
  chartTarget: { en: "target", zh: "目标" },
  chartActual: { en: "actual", zh: "实际" },
  chartSummary: {
    en: "{region}: from {base} in {baseYear} to {target} in {targetYear}.",
    zh: "{region}：由 {baseYear} 年的 {base} 到 {targetYear} 年的 {target}。",
  },
  chartNone: { en: "No level target to chart.", zh: "没有可绘制的水平目标。" },
  kind_target: { en: "target", zh: "目标" },
  kind_actual: { en: "actual", zh: "实际" },
  kind_estimate: { en: "estimate", zh: "预计" },
  measure_level: { en: "level", zh: "水平" },
  measure_growth: { en: "growth", zh: "增速" },
  measure_change: { en: "change", zh: "变化" },
  attribute_预期性: { en: "indicative", zh: "预期性" },
  attribute_约束性: { en: "binding", zh: "约束性" },
  source_table: { en: "table", zh: "表格" },
  source_prose: { en: "text", zh: "正文" },
  insertHeading: { en: "Build a PLAN formula", zh: "生成 PLAN 公式" },
  insertFunction: { en: "Function", zh: "函数" },
  insertRegion: { en: "Region", zh: "地区" },
  insertIndicator: { en: "Indicator", zh: "指标" },
  insertYear: { en: "Year", zh: "年份" },
  insertNoYear: { en: "No year (the plan's period)", zh: "不指定年份（规划期）" },
  insertNoYears: {
    en: "PLAN.{fn} has no answer for this region and indicator in any year. Choose another function.",
    zh: "该地区和指标在任何年份都没有 PLAN.{fn} 的结果。请选择其他函数。",
  },
  insertPreview: { en: "Preview", zh: "预览" },
  insertPreviewValue: { en: "Result: {value}", zh: "结果：{value}" },
  insertPreviewError: {
    en: "Result: {code} ({meaning}): {message}",
    zh: "结果：{code}（{meaning}）：{message}",
  },
  errorMeaning_NA: { en: "no such value", zh: "无此数据" },
  errorMeaning_VALUE: { en: "an argument of the wrong kind", zh: "参数类型不对" },
  errorMeaning_NUM: { en: "impossible arithmetic", zh: "无法计算" },
  errorMeaning_NAME: { en: "unknown function", zh: "未知函数" },
  insertButton: { en: "Insert at the selected cell", zh: "插入到所选单元格" },
  insertFill: { en: "Fill a block", zh: "填充区域" },
  insertFillAcross: { en: "Fill across", zh: "填充方向" },
  insertFillNone: { en: "Only this formula", zh: "仅此公式" },
  insertFillRegions: { en: "All regions (rows)", zh: "全部地区（按行）" },
  insertFillYears: { en: "All years (columns)", zh: "全部年份（按列）" },
  insertBlockButton: {
    en: "Insert {count} formulas from the selected cell",
    zh: "从所选单元格起插入 {count} 个公式",
  },
  insertDone: { en: "Inserted {formula} in {address}.", zh: "已在 {address} 插入 {formula}。" },
  insertBlockDone: {
    en: "Inserted {count} formulas at {address}.",
    zh: "已在 {address} 插入 {count} 个公式。",
  },
  insertFailed: { en: "Could not insert the formula: {message}", zh: "无法插入公式：{message}" },
  insertErrorWarning: {
    en: "This formula returns {code} now; insert it anyway?",
    zh: "此公式当前返回 {code}，仍要插入吗？",
  },
  readSelection: { en: "Edit the formula in the selected cell", zh: "编辑所选单元格中的公式" },
  readSelectionDone: { en: "Loaded {formula} from {address}.", zh: "已从 {address} 读取 {formula}。" },
  readSelectionNone: {
    en: "The selected cell holds no PLAN formula this builder can edit.",
    zh: "所选单元格中没有可编辑的 PLAN 公式。",
  },
  copyButton: { en: "Copy the formula", zh: "复制公式" },
  copyDone: {
    en: "Copied {formula}. Paste it into a cell in Excel.",
    zh: "已复制 {formula}，请粘贴到 Excel 单元格中。",
  },
  copyFailed: {
    en: "Copying was not allowed; select the formula and copy it by hand.",
    zh: "无法自动复制，请选中公式后手动复制。",
  },
  copyFormula: { en: "Formula to use in Excel: {formula}", zh: "可在 Excel 中使用的公式：{formula}" },
  formulaChooseIndicator: { en: "Choose an indicator to build a formula.", zh: "请选择指标以生成公式。" },
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
  loadFailed: {
    en: "Loading failed: {message}. Close any cell you are editing and try again.",
    zh: "载入失败：{message}。请结束单元格编辑后重试。",
  },
  loadNeedsExcel: { en: "Loading into worksheets needs Excel.", zh: "载入工作表需要在 Excel 中进行。" },
  selectRegions: { en: "Choose at least one region.", zh: "请至少选择一个地区。" },
  refreshHeading: { en: "Refresh and share", zh: "刷新与共享" },
  refreshButton: { en: "Refresh loaded sheets", zh: "刷新已载入的工作表" },
  refreshNone: { en: "No sheet has been loaded yet.", zh: "尚未载入工作表。" },
  refreshDone: { en: "Refreshed {count} sheets.", zh: "已刷新 {count} 张工作表。" },
  lastRefreshed: { en: "Last refreshed {time}", zh: "上次刷新：{time}" },
  neverRefreshed: { en: "Not refreshed in this session yet.", zh: "本次尚未刷新。" },
  convertButton: { en: "Convert PLAN formulas to values", zh: "将 PLAN 公式转换为数值" },
  convertExplain: {
    en: "For colleagues without the add-in: replaces every PLAN formula in the workbook with its current value.",
    zh: "供未安装本加载项的同事使用：将工作簿中所有 PLAN 公式替换为当前数值。",
  },
  convertConfirm: {
    en: "This cannot be undone with the add-in. Save a copy first. Convert now?",
    zh: "此操作无法通过加载项撤销，请先另存副本。现在转换吗？",
  },
  convertYes: { en: "Convert", zh: "转换" },
  convertNo: { en: "Cancel", zh: "取消" },
  convertDone: {
    en: "Converted {count} PLAN formulas to values.",
    zh: "已将 {count} 个 PLAN 公式转换为数值。",
  },
  convertUnavailable: {
    en: "Converting formulas is not available in this version of the add-in.",
    zh: "此版本的加载项暂不支持转换公式。",
  },
  dashboardHeading: { en: "Dashboard", zh: "指标看板" },
  dashboardExplain: {
    en: "A new sheet with a status overview and, for each indicator, a line chart of the planned path, the target and your actuals. Type actuals in the sheet and the chart and status follow.",
    zh: "新建一张工作表：状态总览，以及每个指标的折线图（规划路径、目标值和实际值）。在表中填写实际值，图表和状态随之更新。",
  },
  dashboardRegion: { en: "Region", zh: "地区" },
  dashboardFilter: { en: "Find an indicator", zh: "查找指标" },
  dashboardFilterPlaceholder: { en: "Name, pinyin or code", zh: "名称、拼音或代码" },
  dashboardIndicators: { en: "Indicators with a target", zh: "有目标值的指标" },
  dashboardTargetYears: { en: "target {years}", zh: "目标年份 {years}" },
  dashboardNoIndicators: {
    en: "No indicator with a target matches.",
    zh: "没有符合条件的有目标值的指标。",
  },
  dashboardNoRegions: {
    en: "No region has an indicator with a target yet. Import a plan document first.",
    zh: "尚无地区含有目标值的指标。请先导入规划文件。",
  },
  dashboardChosen: { en: "Chosen: {count}", zh: "已选 {count} 个" },
  dashboardClear: { en: "Clear choice", zh: "清除选择" },
  dashboardCreate: { en: "Create dashboard", zh: "创建看板" },
  dashboardChooseOne: { en: "Choose at least one indicator.", zh: "请至少选择一个指标。" },
  dashboardCreating: { en: "Creating the dashboard…", zh: "正在创建看板…" },
  dashboardDone: {
    en: "Created the sheet “{sheet}” with {count} indicators. Type your actuals in its “Actual” rows.",
    zh: "已创建工作表“{sheet}”，含 {count} 个指标。请在其中的“实际值”行填写数据。",
  },
  dashboardEmpty: {
    en: "None of the chosen indicators has a target the dashboard can follow; no sheet was made.",
    zh: "所选指标均无可跟踪的目标值，未创建工作表。",
  },
  dashboardFailed: {
    en: "The dashboard could not be created: {message}. Close any cell you are editing and try again.",
    zh: "无法创建看板：{message}。请结束单元格编辑后重试。",
  },
  dashboardNeedsExcel: {
    en: "Creating a dashboard needs Excel: open the add-in in Excel.",
    zh: "创建看板需要在 Excel 中进行：请在 Excel 中打开本加载项。",
  },
  dashboardNeedsCharts: {
    en: "This Excel cannot make the dashboard's charts (it needs ExcelApi 1.7). Update Excel to use it.",
    zh: "此版本的 Excel 无法创建看板图表（需要 ExcelApi 1.7）。请更新 Excel 后使用。",
  },
  dashboardUnavailable: {
    en: "The dashboard is not available in this version of the add-in.",
    zh: "此版本的加载项暂不支持看板。",
  },
  actionFailed: { en: "That did not work: {message}", zh: "操作未完成：{message}" },
  exportCsv: { en: "Export records as CSV", zh: "导出记录为 CSV" },
  exportDone: { en: "Exported {count} records to {file}.", zh: "已导出 {count} 条记录到 {file}。" },
  exportFailed: { en: "The CSV file could not be made: {message}", zh: "无法生成 CSV 文件：{message}" },
  featureMissing: {
    en: "This Excel lacks some features: {features}. Update Excel to use them.",
    zh: "此版本的 Excel 缺少部分功能：{features}。请更新 Excel 后使用。",
  },
  featureMissingDetail: { en: "{feature} needs {set} {version}", zh: "{feature}需要 {set} {version}" },
  feature_loadSheets: { en: "Loading into worksheets", zh: "载入工作表" },
  feature_insertFormula: { en: "Inserting formulas", zh: "插入公式" },
  feature_customFunctions: { en: "The PLAN functions", zh: "PLAN 函数" },
  feature_statusColours: { en: "Status colours", zh: "状态着色" },
  feature_dashboard: { en: "The dashboard", zh: "指标看板" },
  listSeparator: { en: ", ", zh: "、" },
} satisfies Record<string, Record<Language, string>>;

// ---- The one table: every area's entries, one key type, one lookup. ----

type Table = typeof STRINGS & typeof IMPORT_STRINGS;
/** A key in two areas would be overridden silently when they join: that is a type error in addStrings. */
type SharedKeys = keyof typeof STRINGS & keyof typeof IMPORT_STRINGS;

/** Every area's entries once their module has loaded (see addStrings); the shell's from the start. */
const TABLE = { ...STRINGS } as Table;

export type StringKey = keyof Table;

/** Keys of the table, kept up to date as areas join. */
export const ALL_STRING_KEYS = Object.keys(TABLE) as StringKey[];
export const STRING_TABLE: Readonly<Record<StringKey, Record<Language, string>>> = TABLE;

/** An area's entries join the one table (import/strings-data.ts, when the import and review code loads). */
export function addStrings(entries: [SharedKeys] extends [never] ? typeof IMPORT_STRINGS : never): void {
  for (const key of Object.keys(entries) as (keyof typeof IMPORT_STRINGS)[]) {
    if (!Object.prototype.hasOwnProperty.call(TABLE, key)) ALL_STRING_KEYS.push(key);
  }
  Object.assign(TABLE, entries);
}

export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The entry in `lang`; a key whose area has not loaded yet shows as itself (never happens in the pane). */
export function translate(lang: Language, key: StringKey, values?: Record<string, string | number>): string {
  const entry: Record<Language, string> | undefined = TABLE[key];
  return format(entry?.[lang] ?? key, values);
}

/** Whether a key computed at run time (e.g. from an error code) is in the table. */
export function isStringKey(key: string): key is StringKey {
  return Object.prototype.hasOwnProperty.call(TABLE, key);
}

/** Office's display language (e.g. "zh-CN", "en-US") to the pane's language. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}
