/**
 * A message for the user as a code with values, worded by whoever shows it: the pane in its language
 * (string table entries `notice_<code>`, dashes as underscores), the command line and the logs in English
 * (`text`). Errors that reach the user carry one too (NoticeError), so no layer below the pane has to
 * know the pane's language.
 */
export type NoticeValues = Readonly<Record<string, string | number>>;

export interface Notice {
  code: string;
  values?: NoticeValues;
  /** The English wording. */
  text: string;
}

export const notice = (code: string, text: string, values?: NoticeValues): Notice =>
  values ? { code, text, values } : { code, text };

/** An error worded by a notice: `code` and `values` for the pane, the English text as its message. */
export class NoticeError extends Error {
  readonly code: string;
  readonly values?: NoticeValues;
  constructor(n: Notice) {
    super(n.text);
    this.name = "NoticeError";
    this.code = n.code;
    this.values = n.values;
  }
}
