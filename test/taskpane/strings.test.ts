import { IMPORT_STRINGS } from "../../src/taskpane/import/strings-data";
import type { Language as RecordLanguage } from "../../src/record/language";
import type { SheetLanguage } from "../../src/excel/labels";
import type { CsvLanguage } from "../../src/model/csv-messages";
import {
  ALL_STRING_KEYS,
  type Language,
  STRING_TABLE,
  isStringKey,
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

  it("is one table: the import and review panels' entries are in it, looked up like any other", () => {
    for (const key of Object.keys(IMPORT_STRINGS)) {
      expect(ALL_STRING_KEYS).toContain(key);
      expect(isStringKey(key)).toBe(true);
    }
    expect(isStringKey("docErr_no_such_code")).toBe(false);
    expect(isStringKey("toString")).toBe(false);
    expect(translate("en", "csvImported", { added: 3, skipped: 1 })).toBe(
      "Imported 3 records; 1 rows skipped.",
    );
    expect(translate("zh", "kind_target")).toBe("目标");
  });

  it("has one language type, shared by the sheets and the CSV messages", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const same: [Same<Language, RecordLanguage>, Same<Language, SheetLanguage>, Same<Language, CsvLanguage>] =
      [true, true, true];
    expect(same).toEqual([true, true, true]);
  });
});
