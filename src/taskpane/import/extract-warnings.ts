/**
 * The extractor's notes (src/extract words them in English, for the command line and the logs) in the
 * pane's language. The extractor has no codes for them, so its fixed wordings are matched here; a note
 * not in this table is shown as it is. test/taskpane/import/extract-warnings.test.ts runs the real
 * extractor so that a change of wording there fails a test instead of going back to English silently.
 */
import type { Strings } from "../i18n";
import type { StringKey } from "../strings";
import "./strings-data"; // the import and review entries of the string table

/** A table's problem: "table 表1: " or "table: " (untitled) before its own wording. */
const tableNote = (problem: RegExp): RegExp =>
  new RegExp(/^table(?: (?<title>.+?))?: /.source + problem.source);

const WARNINGS: readonly (readonly [RegExp, StringKey])[] = [
  [/^(?<count>\d+) low-confidence record\(s\) \(confidence < 0\.6\)$/, "warnLowConfidence"],
  [/^region not found in the text or the catalogue$/, "warnNoRegion"],
  [/^document longer than (?<chars>\d+) characters: the rest was not read$/, "warnTooLong"],
  [/^line (?<line>\d+): characters decoded with the wrong encoding, repaired$/, "warnEncodingRepaired"],
  [/^line (?<line>\d+): a few garbled characters \(wrong encoding\) kept$/, "warnEncodingKept"],
  [/^line (?<line>\d+): garbled characters \(wrong encoding\), line skipped$/, "warnEncodingSkipped"],
  [/^line (?<line>\d+): some characters lost to a wrong encoding \("\?"\)$/, "warnEncodingLost"],
  [/^a number of (?<digits>\d+) or more digits at offset \d+ was skipped$/, "warnLongNumber"],
  [/^traditional → simplified conversion unavailable: (?<reason>.*)$/, "warnNoSimplifier"],
  [/^table reader failed, tables skipped: (?<reason>.*)$/, "warnTablesSkipped"],
  // a table's problems, after "table" and its title if it has one (tables/flat.ts, grid.ts, index.ts)
  [tableNote(/row \d* ?(?<name>.+): could not place its cells$/), "warnTableRow"],
  [tableNote(/line not read as a row: (?<line>.*)$/), "warnTableLine"],
  [tableNote(/category and name run together, split after \d+ characters: (?<name>.*)$/), "warnTableSplit"],
  [tableNote(/table reader failed at \d+: (?<reason>.*)$/), "warnTableFailed"],
];

export function warningText(warning: string, t: Strings["t"]): string {
  for (const [pattern, key] of WARNINGS) {
    const match = pattern.exec(warning);
    if (match) return t(key, { ...match.groups, title: match.groups?.title ?? t("warnTableUntitled") });
  }
  return warning;
}
