/**
 * The import and review panels' entries of the pane's one string table: they join it (addStrings in
 * src/taskpane/strings.ts) when this module loads, with the import and review code, which imports it;
 * look them up with `useStrings().t` or `translate`, never from here. They stay out of the pane's first
 * script. Words the whole pane uses (kind_*, measure_*) live in strings.ts.
 */
import type { Language } from "../../record/language";
import { addStrings } from "../strings";

export const IMPORT_STRINGS = {
  // the sections' tabs (import/tabs.tsx)
  tabImport: { en: "Import", zh: "导入" },
  tabReview: { en: "Review", zh: "核对" },

  // ImportDocumentPanel
  docHeading: { en: "Import a plan document", zh: "导入规划文件" },
  docPasteLabel: { en: "Paste the document's text", zh: "粘贴文件正文" },
  docFileLabel: {
    en: "…or choose a file (PDF, Word .docx, web page or text)",
    zh: "…或选择文件（PDF、Word .docx、网页或文本）",
  },
  docFileChosen: {
    en: "{name} is chosen: the paste box is not used. Clear the file to paste text instead.",
    zh: "已选择 {name}，将不使用粘贴的正文。如需粘贴正文，请先清除文件。",
  },
  docClearFile: { en: "Clear the file", zh: "清除文件" },
  docErr_pdf_no_text: {
    en: "This PDF has no text layer (it is probably a scan). The add-in does not do OCR: use a PDF with text, or the web page or Word version of the plan.",
    zh: "此 PDF 没有文字层（可能是扫描件）。本加载项不做文字识别（OCR）：请使用带文字的 PDF，或规划的网页版、Word 版。",
  },
  docErr_pdf_unreadable: {
    en: "This PDF cannot be read (damaged or password-protected).",
    zh: "无法读取此 PDF（文件损坏或有密码保护）。",
  },
  docErr_docx_unreadable: { en: "This Word file cannot be read.", zh: "无法读取此 Word 文件。" },
  docErr_unsupported_format: {
    en: "This kind of file cannot be read: {message}.",
    zh: "无法读取此类文件：{message}。",
  },
  docSameText: {
    en: "This document is already in the data as “{title}” (same text).",
    zh: "数据中已有此文件：“{title}”（正文相同）。",
  },
  docSameTitle: {
    en: "“{title}” for this region is already in the data.",
    zh: "数据中已有该地区的“{title}”。",
  },
  docReplace: { en: "Replace it (its corrections follow)", zh: "替换原文件（其修改保留）" },
  docKeepBoth: { en: "Keep both", zh: "两者都保留" },
  docFactsHeading: { en: "About this document", zh: "文件信息" },
  docPlanType: { en: "Plan type", zh: "规划类型" },
  plan_five_year: { en: "Five-year plan", zh: "五年规划" },
  plan_annual: { en: "Annual plan", zh: "年度计划" },
  plan_work_report: { en: "Work report", zh: "政府工作报告" },
  plan_news: { en: "News", zh: "新闻" },
  plan_other: { en: "Other", zh: "其他" },
  docPeriodStart: { en: "Period from", zh: "规划期起" },
  docPeriodEnd: { en: "to", zh: "至" },
  docPublished: { en: "Publication year", zh: "发布年份" },
  docPublishedFromText: { en: "from the text: {date}", zh: "正文中为：{date}" },
  docPublishedAsk: {
    en: "The text does not say when it was published. Give the year: it decides which figures are actuals and which are targets.",
    zh: "正文未写明发布时间。请填写年份：它决定哪些数值是实际值、哪些是目标。",
  },
  docReread: { en: "Read again with this year", zh: "按此年份重新读取" },
  docBadYear: { en: "Give a year between 1949 and 2100.", zh: "请填写 1949 至 2100 之间的年份。" },
  docFilterKind: { en: "Kind", zh: "类型" },
  docFilterAll: { en: "All", zh: "全部" },
  docFilterConfidence: { en: "Confidence", zh: "置信度" },
  conf_all: { en: "Any", zh: "全部" },
  conf_low: { en: "Low (below 70%)", zh: "较低（70% 以下）" },
  conf_high: { en: "High (70% or more)", zh: "较高（70% 及以上）" },
  docShowing: { en: "Showing {shown} of {count} records", zh: "显示 {shown} 条，共 {count} 条" },
  docShowMore: { en: "Show more", zh: "显示更多" },
  docNameLabel: { en: "Document name", zh: "文件名称" },
  docExtract: { en: "Extract indicators", zh: "提取指标" },
  docCancel: { en: "Cancel", zh: "取消" },
  docEmpty: { en: "Paste some text or choose a file first.", zh: "请先粘贴正文或选择文件。" },
  docReadError: { en: "The file could not be read: {message}", zh: "无法读取文件：{message}" },
  docFileRead: { en: "Read {name} ({encoding}{html}).", zh: "已读取 {name}（{encoding}{html}）。" },
  docHtmlNote: { en: ", HTML tags removed", zh: "，已去除 HTML 标签" },
  stageDecode: { en: "Reading the file…", zh: "正在读取文件…" },
  stagePrepare: { en: "Preparing the text…", zh: "正在整理正文…" },
  stageExtract: { en: "Extracting indicators…", zh: "正在提取指标…" },
  stageDone: { en: "Done", zh: "完成" },
  docFound: {
    en: "{count} records found in “{title}”. Check them, confirm the region, then add them to the data.",
    zh: "在“{title}”中找到 {count} 条记录。请核对记录并确认地区，然后加入数据。",
  },
  docNone: {
    en: "No indicator values were found in this text. Nothing has been added.",
    zh: "未在正文中找到指标数值，未加入任何内容。",
  },
  docWarnings: { en: "Notes from the extractor", zh: "提取说明" },
  // the extractor's notes (import/extract-warnings.ts)
  warnLowConfidence: {
    en: "{count} records with low confidence (below 60%): check them.",
    zh: "{count} 条记录置信度较低（低于 60%），请核对。",
  },
  warnNoRegion: {
    en: "The region was not found in the text or the catalogue: choose it below.",
    zh: "未在正文或地区目录中找到地区，请在下方选择。",
  },
  warnTooLong: {
    en: "The document is longer than {chars} characters: the rest was not read.",
    zh: "文件超过 {chars} 个字符，其余部分未读取。",
  },
  warnEncodingRepaired: {
    en: "Line {line}: characters decoded with the wrong encoding were repaired.",
    zh: "第 {line} 行：编码错误的字符已修复。",
  },
  warnEncodingKept: {
    en: "Line {line}: a few garbled characters (wrong encoding) were kept.",
    zh: "第 {line} 行：保留了少量乱码（编码错误）。",
  },
  warnEncodingSkipped: {
    en: "Line {line}: garbled characters (wrong encoding); the line was skipped.",
    zh: "第 {line} 行：乱码（编码错误），已跳过该行。",
  },
  warnEncodingLost: {
    en: "Line {line}: some characters were lost to a wrong encoding (“?”).",
    zh: "第 {line} 行：部分字符因编码错误丢失（“?”）。",
  },
  warnLongNumber: {
    en: "A number of {digits} or more digits was skipped.",
    zh: "跳过了一个 {digits} 位及以上的数字。",
  },
  warnNoSimplifier: {
    en: "Traditional characters could not be converted ({reason}): records may be missing.",
    zh: "繁体字无法转换为简体（{reason}），可能漏读记录。",
  },
  warnTablesSkipped: {
    en: "The tables could not be read ({reason}); the text around them was read as prose.",
    zh: "表格无法读取（{reason}），仅按正文读取。",
  },
  warnTableUntitled: { en: "(untitled)", zh: "（无标题）" },
  warnTableRow: {
    en: "Table {title}: the row “{name}” could not be split into its columns; check it against the document.",
    zh: "表格{title}：“{name}”一行无法对应到各列，请对照原文核对。",
  },
  warnTableLine: {
    en: "Table {title}: a line was not read as a row: “{line}”.",
    zh: "表格{title}：有一行未能读作表格行：“{line}”。",
  },
  warnTableSplit: {
    en: "Table {title}: category and name ran together and were split by a guess: “{name}”.",
    zh: "表格{title}：类别与指标名称连在一起，已按推测拆分：“{name}”。",
  },
  warnTableFailed: {
    en: "Table {title}: the reader stopped part-way ({reason}); later rows may be missing.",
    zh: "表格{title}：读取中途出错（{reason}），其后的行可能缺失。",
  },
  docRegionLabel: { en: "Region", zh: "地区" },
  docRegionNew: { en: "A new region…", zh: "新地区…" },
  docRegionNameLabel: { en: "Full Chinese name", zh: "中文全称" },
  docRegionEnLabel: { en: "English alias", zh: "英文别名" },
  docRegionMissing: {
    en: "Give the region's Chinese name and an English alias.",
    zh: "请填写地区的中文名称和英文别名。",
  },
  docReplaces: {
    en: "A document named “{doc}” is already in the data: adding replaces its records (corrections to records that stay the same are kept).",
    zh: "数据中已有名为“{doc}”的文件：加入后将替换其记录（未变化记录的修改会保留）。",
  },
  docAdd: { en: "Add {count} records to the data", zh: "将 {count} 条记录加入数据" },
  docDiscard: { en: "Discard", zh: "放弃" },
  docAdded: {
    en: "Added {count} records of “{title}” for {region}. They are in the review list.",
    zh: "已为{region}加入“{title}”的 {count} 条记录，可在“核对”中查看。",
  },
  docAddFailed: {
    en: "The document could not be added: {message}. Your data is unchanged.",
    zh: "无法加入该文件：{message}。原有数据未改变。",
  },
  docPreviewCaption: {
    en: "Records found (first {shown} of {count})",
    zh: "找到的记录（前 {shown} 条，共 {count} 条）",
  },
  colIndicator: { en: "Indicator", zh: "指标" },
  colKind: { en: "Kind", zh: "类型" },
  colYear: { en: "Year", zh: "年份" },
  colValue: { en: "Value", zh: "数值" },
  colConfidence: { en: "Confidence", zh: "置信度" },
  colLine: { en: "Line", zh: "行" },
  colProblem: { en: "Problem", zh: "问题" },

  // ImportCsvPanel
  csvHeading: { en: "Import a CSV of records or actuals", zh: "导入记录或实际值 CSV" },
  csvFileLabel: {
    en: "CSV file (comma, tab or semicolon separated)",
    zh: "CSV 文件（逗号、制表符或分号分隔）",
  },
  csvSemicolon: { en: "semicolon", zh: "分号" },
  csvShowAllColumns: { en: "Show all columns", zh: "显示全部列" },
  csvAllDecided: { en: "Recognised: {mapped}.", zh: "已识别：{mapped}。" },
  csvChecking: { en: "Checking the file… {percent}%", zh: "正在检查文件… {percent}%" },
  csvKindLabel: { en: "Rows without a kind column are", zh: "无“类型”列的行视为" },
  csvMappingHeading: { en: "Columns", zh: "列对应" },
  csvNotMapped: { en: "(not in the file)", zh: "（文件中没有）" },
  csvSummary: {
    en: "{valid} valid rows, {invalid} with errors ({delimiter}-separated).",
    zh: "{valid} 行有效，{invalid} 行有错误（{delimiter}分隔）。",
  },
  csvComma: { en: "comma", zh: "逗号" },
  csvTab: { en: "tab", zh: "制表符" },
  csvMissing: { en: "Map a column to: {fields}", zh: "请为以下字段指定列：{fields}" },
  csvErrorsHeading: { en: "Rows with errors", zh: "有错误的行" },
  csvValidOnly: { en: "Import only the valid rows", zh: "仅导入有效行" },
  csvImport: { en: "Import", zh: "导入" },
  csvImported: {
    en: "Imported {added} records; {skipped} rows skipped.",
    zh: "已导入 {added} 条记录；跳过 {skipped} 行。",
  },
  csvApplyFailed: {
    en: "The records could not be stored: {message}. Your data is unchanged.",
    zh: "无法保存记录：{message}。原有数据未改变。",
  },
  csvRefused: { en: "{reason}", zh: "{reason}" },
  csvPreviewCaption: { en: "First rows", zh: "前几行" },
  field_region: { en: "Region", zh: "地区" },
  field_indicator: { en: "Indicator", zh: "指标" },
  field_year: { en: "Year", zh: "年份" },
  field_value: { en: "Value", zh: "数值" },
  field_unit: { en: "Unit", zh: "单位" },
  field_kind: { en: "Kind", zh: "类型" },
  field_measure: { en: "Measure", zh: "度量" },
  field_qualifier: { en: "Qualifier", zh: "限定" },
  field_value_max: { en: "Upper value", zh: "上限" },
  field_period_start: { en: "Period start", zh: "起始年" },
  field_attribute: { en: "Attribute", zh: "属性" },
  field_note: { en: "Note", zh: "备注" },

  // TeamFilePanel
  teamHeading: { en: "Share corrections with your team", zh: "与团队共享修改" },
  teamExport: { en: "Export corrections and imports (JSON)", zh: "导出修改和导入的数据（JSON）" },
  teamExported: { en: "Saved {name}.", zh: "已保存 {name}。" },
  teamFileLabel: { en: "Import a team file", zh: "导入团队文件" },
  teamMerge: {
    en: "Merge with mine (theirs win on the same record)",
    zh: "与我的合并（同一记录以对方为准）",
  },
  teamReplace: { en: "Replace mine", zh: "替换我的" },
  teamImported: { en: "Imported {name}.", zh: "已导入 {name}。" },
  teamFailed: { en: "{name} was not imported: {message}", zh: "未导入 {name}：{message}" },

  // the team file's problems (UserDataError codes)
  userData_not_json: { en: "The file is not valid JSON.", zh: "该文件不是有效的 JSON。" },
  userData_not_user_data: {
    en: "This is not a Plan Indicators team file.",
    zh: "这不是规划指标的团队文件。",
  },
  userData_newer: {
    en: "It was saved by a newer version of the add-in. Update the add-in to use it; nothing has been changed.",
    zh: "该文件由更新版本的加载项保存。请更新加载项后使用；未做任何更改。",
  },
  userData_invalid: {
    en: "It has an entry this add-in cannot read ({message}); nothing has been changed.",
    zh: "文件中有无法读取的条目（{message}）；未做任何更改。",
  },

  // the imports and corrections kept in the workbook (the session's state)
  sessionNewer: {
    en: "The data saved in this workbook comes from a newer version of the add-in: update the add-in to use it.",
    zh: "此工作簿中保存的数据来自更新版本的加载项，请更新加载项后使用。",
  },
  sessionCorrupt: {
    en: "The data saved in this workbook is damaged and was not used.",
    zh: "此工作簿中保存的数据已损坏，未被使用。",
  },
  sessionNotLoaded: {
    en: "The data saved in this workbook could not be read; nothing will be changed until it can.",
    zh: "无法读取此工作簿中保存的数据；在能读取之前不会做任何更改。",
  },
  sessionNotice: { en: "About the data saved in this workbook:", zh: "关于此工作簿中保存的数据：" },

  // the session's and the store's notices (model/notice.ts codes)
  notice_stored_newer: {
    en: "The data saved in this workbook comes from a newer version of the add-in. Update the add-in to use it; nothing has been changed.",
    zh: "此工作簿中保存的数据来自更新版本的加载项。请更新加载项后使用；未做任何更改。",
  },
  notice_set_aside: {
    en: "{count} saved entries could not be used and were set aside (kept in the workbook): {reasons}. Everything else was read.",
    zh: "有 {count} 条保存的条目无法使用，已另行保留在工作簿中：{reasons}。其余内容均已读取。",
  },
  notice_unreadable_xml: {
    en: "The add-in's saved corrections in this workbook cannot be read (the stored XML is not well-formed: {detail}). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（所存 XML 格式不正确：{detail}）。原数据保持不变，新的更改将另行保存。",
  },
  notice_unreadable_form: {
    en: "The add-in's saved corrections in this workbook cannot be read (a stored part is not in the expected form). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（所存部件格式不符）。原数据保持不变，新的更改将另行保存。",
  },
  notice_unreadable_attributes: {
    en: "The add-in's saved corrections in this workbook cannot be read (a stored part has malformed attributes). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（所存部件的属性有误）。原数据保持不变，新的更改将另行保存。",
  },
  notice_unreadable_range: {
    en: "The add-in's saved corrections in this workbook cannot be read (a stored part is out of range). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（所存部件编号超出范围）。原数据保持不变，新的更改将另行保存。",
  },
  notice_unreadable_mismatch: {
    en: "The add-in's saved corrections in this workbook cannot be read (its parts do not belong together). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（各部件不属于同一次保存）。原数据保持不变，新的更改将另行保存。",
  },
  notice_unreadable_checksum: {
    en: "The add-in's saved corrections in this workbook cannot be read (its checksum does not match: a part was altered). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（校验和不符，部件已被改动）。原数据保持不变，新的更改将另行保存。",
  },
  notice_unreadable_incomplete: {
    en: "The add-in's saved corrections in this workbook cannot be read (only {found} of {count} parts were found). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（只找到 {count} 个部件中的 {found} 个）。原数据保持不变，新的更改将另行保存。",
  },
  notice_unreadable_data: {
    en: "The add-in's saved corrections in this workbook cannot be read ({detail}). They have been left in the workbook untouched; new changes are saved alongside them.",
    zh: "无法读取此工作簿中加载项保存的修改（{detail}）。原数据保持不变，新的更改将另行保存。",
  },
  notice_migrated: {
    en: "Saved data of format {from} was read and will be updated.",
    zh: "已读取格式 {from} 的保存数据，下次保存时将更新为新格式。",
  },
  notice_texts_dropped: {
    en: "To fit in the workbook, the full text of {names} was not kept; its records and quotes were.",
    zh: "为能存入工作簿，未保留 {names} 的全文；其记录和原文摘录均已保留。",
  },
  notice_not_loaded: {
    en: "The saved data in this workbook could not be read, so nothing was changed.",
    zh: "无法读取此工作簿中保存的数据，因此未做任何更改。",
  },
  notice_too_large: {
    en: "The corrections and imported records are too large to keep in the workbook ({size} MB; the limit is {limit} MB). Nothing was changed; remove some imported documents or CSV records and try again.",
    zh: "修改和导入的记录过大（{size} MB，上限 {limit} MB），无法保存在工作簿中。未做任何更改；请删除部分导入的文件或 CSV 记录后重试。",
  },
  notice_save_contention: {
    en: "Another copy of the add-in kept saving to this workbook at the same time; your change was not saved. Try again.",
    zh: "另一个加载项副本同时在向此工作簿保存，您的更改未保存。请重试。",
  },

  noWorkbookStorage: {
    en: "This version of Excel cannot keep imports and corrections in the workbook (it needs ExcelApi 1.5); they last until the workbook is closed. Export them to a file to keep them.",
    zh: "此版本的 Excel 无法在工作簿中保存导入和修改（需要 ExcelApi 1.5），关闭工作簿后将丢失。请导出为文件以便保留。",
  },

  // ReviewPanel
  reviewHeading: { en: "Review extracted values", zh: "核对提取的数值" },
  reviewCount: {
    en: "{open} to review · {done} reviewed · {total} records",
    zh: "待核对 {open} · 已核对 {done} · 共 {total} 条",
  },
  reviewDocLabel: { en: "Document", zh: "文件" },
  reviewAllDocs: { en: "All documents", zh: "全部文件" },
  reviewOnlyOpen: { en: "Show only records not yet reviewed", zh: "只显示未核对的记录" },
  reviewAccept: { en: "Accept", zh: "确认" },
  reviewEdit: { en: "Edit", zh: "修改" },
  reviewReject: { en: "Reject", zh: "驳回" },
  reviewRejected: { en: "Rejected", zh: "已驳回" },
  reviewActionLabel: { en: "{action}: {record}", zh: "{action}：{record}" },
  reviewFilterKind: { en: "Kind", zh: "类型" },
  reviewFilterConfidence: { en: "Confidence below", zh: "置信度低于" },
  reviewAcceptAbove: {
    en: "Accept all shown at or above {percent}%",
    zh: "确认所有置信度不低于 {percent}% 的记录",
  },
  reviewAcceptedAll: { en: "Accepted {count} records.", zh: "已确认 {count} 条记录。" },
  reviewThreshold: { en: "Threshold", zh: "阈值" },
  reviewBuiltinNote: {
    en: "The built-in data has been checked against the source documents; review your own imports here.",
    zh: "内置数据已与原文核对；请在此核对您导入的数据。",
  },
  reviewIncludeBuiltin: { en: "Include the built-in data", zh: "包括内置数据" },
  reviewSave: { en: "Save", zh: "保存" },
  reviewCancel: { en: "Cancel", zh: "取消" },
  reviewUndo: { en: "Undo", zh: "撤销" },
  reviewAccepted: { en: "Accepted", zh: "已确认" },
  reviewEdited: { en: "Edited", zh: "已修改" },
  reviewMore: { en: "Show {count} more", zh: "再显示 {count} 条" },
  reviewEmpty: { en: "Nothing to review.", zh: "没有需要核对的记录。" },
  reviewSource: { en: "Source passage", zh: "原文" },
  reviewRejectedHeading: { en: "Rejected records ({count})", zh: "已驳回的记录（{count}）" },
  reviewOrphansHeading: {
    en: "Corrections whose record is no longer in the data ({count})",
    zh: "对应记录已不在数据中的修改（{count}）",
  },
  reviewOrphansNote: {
    en: "They are kept in case the record returns; remove them if they are no longer needed.",
    zh: "这些修改会保留，以便记录重新出现时继续生效；如不再需要可删除。",
  },
  reviewRemove: { en: "Remove", zh: "移除" },
  reviewBadNumber: { en: "“{value}” is not a number.", zh: "“{value}”不是数字。" },
  reviewBadYear: { en: "“{value}” is not a year.", zh: "“{value}”不是有效年份。" },
  reviewSaveFailed: { en: "The change could not be saved: {message}", zh: "无法保存修改：{message}" },
  reviewRejectedNotice: { en: "Rejected: {record}", zh: "已驳回：{record}" },
  fieldQualifier: { en: "Qualifier", zh: "限定" },
  qualifier_exact: { en: "exactly (=)", zh: "等于（=）" },
  qualifier_about: { en: "about (~)", zh: "左右（~）" },
  qualifier_atLeast: { en: "at least (≥)", zh: "不低于（≥）" },
  qualifier_moreThan: { en: "more than (>)", zh: "超过（>）" },
  qualifier_atMost: { en: "at most (≤)", zh: "不高于（≤）" },
  qualifier_lessThan: { en: "less than (<)", zh: "低于（<）" },
  fieldUnit: { en: "Unit", zh: "单位" },
} satisfies Record<string, Record<Language, string>>;

addStrings(IMPORT_STRINGS);
