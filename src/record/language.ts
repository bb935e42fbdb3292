/**
 * The languages the add-in speaks: the task pane, the sheets it writes and the CSV messages. Kept below
 * every layer so the pane (src/taskpane/strings.ts re-exports it), src/excel and src/model share one union.
 */
export type Language = "en" | "zh";
