/** The pane's language as React context: `useStrings()` gives the language and a translate function. */
import type { Notice } from "../model/notice";
import { type ReactNode, createContext, useContext } from "react";
import { type Language, type StringKey, isStringKey, translate } from "./strings";

export interface Strings {
  lang: Language;
  t: (key: StringKey, values?: Record<string, string | number>) => string;
}

export function stringsFor(lang: Language): Strings {
  return { lang, t: (key, values) => translate(lang, key, values) };
}

export const StringsContext = createContext<Strings>(stringsFor("en"));

/**
 * The pane's language and lookup, for every component. `lang` overrides the pane's language (components
 * that take a `lang` prop, e.g. when rendered on their own in tests); without it the context decides.
 */
export function useStrings(lang?: Language): Strings {
  const context = useContext(StringsContext);
  return lang === undefined || lang === context.lang ? context : stringsFor(lang);
}

/**
 * An error that carries a code (a DocumentReadError, a UserDataError, a NoticeError) in the pane's
 * language: the entry `prefix + code` (dashes as underscores) with the error's values and its message as
 * `{message}`; an error without a
 * worded code gives `fallback` (with `{message}`), or its bare message.
 */
export function errorText(error: unknown, prefix: string, t: Strings["t"], fallback?: StringKey): string {
  const {
    code,
    message: raw,
    values,
  } = (error ?? {}) as { code?: unknown; message?: unknown; values?: unknown };
  const message = typeof raw === "string" ? raw : String(error);
  const key = typeof code === "string" ? `${prefix}${code.replace(/-/g, "_")}` : "";
  if (isStringKey(key))
    return t(key, { ...(values as Record<string, string | number> | undefined), message });
  return fallback ? t(fallback, { message }) : message;
}

/** A notice of the model or workbook layers (model/notice.ts) in the pane's language, else its English. */
export function noticeText(n: Notice, t: Strings["t"]): string {
  const key = `notice_${n.code.replace(/-/g, "_")}`;
  return isStringKey(key) ? t(key, n.values) : n.text;
}

const HAN = /\p{Script=Han}/u;

/** Text from the documents, marked as Chinese where it is (screen readers pick the right voice). */
export function Doc({ children, as: As = "span" }: { children: string; as?: "span" | "div" }) {
  return HAN.test(children) ? <As lang="zh-CN">{children}</As> : <As>{children}</As>;
}

/** A region's or indicator's name in the pane's language: English where known, else the Chinese wording. */
export function localName(zh: string, en: string | undefined, lang: Language): string {
  return lang === "en" && en ? en : zh;
}

export type { ReactNode };
