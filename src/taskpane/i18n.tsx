/** The pane's language as React context: `useStrings()` gives the language and a translate function. */
import { createContext, useContext } from "react";
import { type Language, type StringKey, translate } from "./strings";

export interface Strings {
  lang: Language;
  t: (key: StringKey, values?: Record<string, string | number>) => string;
}

export function stringsFor(lang: Language): Strings {
  return { lang, t: (key, values) => translate(lang, key, values) };
}

export const StringsContext = createContext<Strings>(stringsFor("en"));

export function useStrings(): Strings {
  return useContext(StringsContext);
}
