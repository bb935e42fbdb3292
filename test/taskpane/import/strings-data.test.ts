import { IMPORT_STRINGS } from "../../../src/taskpane/import/strings-data";
import { translate } from "../../../src/taskpane/strings";

test("every string has both languages and the same placeholders in each", () => {
  for (const [key, entry] of Object.entries(IMPORT_STRINGS)) {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect([key, entry.en.trim().length > 0, entry.zh.trim().length > 0]).toEqual([key, true, true]);
    expect([key, names(entry.zh)]).toEqual([key, names(entry.en)]);
  }
});

test("placeholders are filled; unknown ones stay visible", () => {
  expect(translate("en", "csvImported", { added: 3, skipped: 1 })).toBe(
    "Imported 3 records; 1 rows skipped.",
  );
  expect(translate("zh", "docAdd", {})).toBe("将 {count} 条记录加入数据");
});
