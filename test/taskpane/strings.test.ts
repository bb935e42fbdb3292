import { IMPORT_STRINGS, type PanelLanguage } from "../../src/taskpane/import/strings";
import {
  ALL_STRING_KEYS,
  type Language,
  STRING_TABLE,
  languageOf,
  translate,
} from "../../src/taskpane/strings";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("string table", () => {
  it.each(ALL_STRING_KEYS)("%s has both languages with the same placeholders", (key) => {
    const { en, zh } = STRING_TABLE[key];
    expect(en.trim()).not.toBe("");
    expect(zh.trim()).not.toBe("");
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("zh", "searchResults", { count: 3 })).toBe("3 个指标");
    expect(translate("en", "searchResults")).toBe("Indicators found: {count}");
  });

  it("follows Office's display language", () => {
    expect(languageOf("zh-CN")).toBe("zh");
    expect(languageOf("zh-TW")).toBe("zh");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf("fr-FR")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  it("can absorb the import panels' table with a spread: one language type, no conflicting keys", () => {
    const same: Language extends PanelLanguage ? (PanelLanguage extends Language ? true : false) : false =
      true;
    expect(same).toBe(true);
    const merged = { ...STRING_TABLE, ...IMPORT_STRINGS } as Record<string, Record<Language, string>>;
    for (const key of ALL_STRING_KEYS) expect(merged[key]).toEqual(STRING_TABLE[key]);
  });
});
