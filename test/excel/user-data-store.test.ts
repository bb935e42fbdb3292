/**
 * Excel itself is mocked here: office-addin-mock provides the `Excel` global, and an in-memory fake
 * (fake-custom-xml.ts) stands in for workbook.customXmlParts.
 */
// office-addin-mock needs only office-addin-manifest's OfficeApp enum; the real module's dependency chain
// ends in an ESM-only package that jest's CommonJS runtime cannot load.
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { OfficeMockObject } from "office-addin-mock";
import {
  emptyUserData,
  putImportedDocument,
  setCorrection,
  USER_DATA_FORMAT,
  type UserData,
} from "../../src/model/corrections";
import {
  fitForWorkbook,
  readStored,
  toParts,
  USER_DATA_NAMESPACE,
  WorkbookUserDataStore,
} from "../../src/excel/user-data-store";
import { FakeParts } from "./fake-custom-xml";

let fake: FakeParts;

beforeEach(() => {
  fake = new FakeParts();
  const excel = new OfficeMockObject({
    run: async (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(fake.context()),
  });
  (globalThis as { Excel?: unknown }).Excel = excel;
});

const AT = "2026-01-01T00:00:00.000Z";

function sample(value = 120): UserData {
  let user = setCorrection(emptyUserData(), { id: "r1", at: AT, action: "edit", fields: { value } });
  user = putImportedDocument(user, {
    doc: "d",
    name: "plan <2026> & more.html",
    text: "正文 ]]> </userData> \ufffe 结束",
    importedAt: AT,
    info: {
      doc: "d",
      title: "t",
      region: "漯河市",
      region_id: "luohe",
      region_en: "Luohe",
      plan_type: "annual",
      records: 0,
      warnings: [],
    },
    records: [],
  });
  return user;
}

test("an empty workbook loads as empty data", async () => {
  const result = await new WorkbookUserDataStore().load();
  expect(result).toMatchObject({ status: "empty", revision: 0 });
  expect(result.user.corrections).toEqual([]);
});

test("save then reload (a new store, as after reopening the workbook) gives the same data, in one part", async () => {
  await new WorkbookUserDataStore().save(sample());
  await new WorkbookUserDataStore().save(sample(130));
  expect(fake.parts).toHaveLength(1);
  const loaded = await new WorkbookUserDataStore().load();
  expect(loaded.status).toBe("ok");
  expect(loaded.revision).toBe(2);
  expect(loaded.user).toEqual(sample(130));
});

test("text that looks like markup survives the XML round trip", () => {
  const reading = readStored(toParts(sample(), 7));
  expect(reading).toMatchObject({ status: "ok", revision: 7 });
  expect(reading.user.importedDocuments[0].text).toBe(sample().importedDocuments[0].text);
});

test("a save that fails at the write leaves the previous data intact", async () => {
  const store = new WorkbookUserDataStore();
  await store.save(sample(1));
  fake.failAtSync = fake.syncs + 3; // read ids, read xml, then the write fails
  await expect(store.save(sample(2))).rejects.toThrow(/connection was lost/);
  expect((await store.load()).user).toEqual(sample(1));
});

test("a save interrupted after the write but before the old part is removed loses nothing", async () => {
  const store = new WorkbookUserDataStore();
  await store.save(sample(1));
  fake.failAtSync = fake.syncs + 4; // the delete's sync fails
  await expect(store.save(sample(2))).rejects.toThrow();
  expect(fake.parts).toHaveLength(2);
  const loaded = await store.load();
  expect(loaded.user).toEqual(sample(2));
  await store.save(sample(3)); // the next save tidies both away
  expect(fake.parts).toHaveLength(1);
  expect((await store.load()).user).toEqual(sample(3));
});

test("data from a newer add-in version is reported, never overwritten or deleted", async () => {
  const newer = `<userData xmlns="${USER_DATA_NAMESPACE}" revision="4">${JSON.stringify({
    format: USER_DATA_FORMAT,
    formatVersion: 99,
    somethingNew: true,
  })}</userData>`;
  fake.seed(newer);
  const store = new WorkbookUserDataStore();
  const loaded = await store.load();
  expect(loaded.status).toBe("newer");
  expect(loaded.message).toMatch(/newer version of the add-in/);
  await expect(store.save(sample())).rejects.toThrow(/newer version/);
  expect(fake.parts.map((p) => p.xml)).toEqual([newer]);
});

test("a damaged part is reported and kept; new saves go beside it", async () => {
  fake.seed(`<userData xmlns="${USER_DATA_NAMESPACE}" revision="2">{not json</userData>`);
  const store = new WorkbookUserDataStore();
  const loaded = await store.load();
  expect(loaded.status).toBe("corrupt");
  expect(loaded.message).toMatch(/cannot be read .*left in the workbook untouched/);
  expect((await store.save(sample())).revision).toBe(3);
  expect(fake.parts).toHaveLength(2);
  expect(fake.parts[0].xml).toContain("{not json");
  expect(await store.load()).toMatchObject({ status: "ok", user: sample() });
});

test("a version 1 part written by an earlier add-in still loads", async () => {
  const v1 = {
    format: USER_DATA_FORMAT,
    formatVersion: 1,
    corrections: { r9: { action: "reject", at: AT } },
  };
  fake.seed(`<userData xmlns="${USER_DATA_NAMESPACE}" revision="1">${JSON.stringify(v1)}</userData>`);
  const loaded = await new WorkbookUserDataStore().load();
  expect(loaded).toMatchObject({ status: "ok", migratedFrom: 1 });
  expect(loaded.user.corrections).toEqual([{ id: "r9", at: AT, action: "reject" }]);
});

test("parts of other namespaces are never touched", async () => {
  fake.seed("<other xmlns='urn:someone-else'>x</other>", "urn:someone-else");
  await new WorkbookUserDataStore().save(sample());
  await new WorkbookUserDataStore().save(sample(5));
  expect(fake.parts.filter((p) => p.namespace === "urn:someone-else")).toHaveLength(1);
});

test("concurrent saves are applied in order", async () => {
  const store = new WorkbookUserDataStore();
  await Promise.all([store.save(sample(1)), store.save(sample(2)), store.save(sample(3))]);
  expect(fake.parts).toHaveLength(1);
  expect((await store.load()).user).toEqual(sample(3));
});

describe("size limit", () => {
  function withTexts(sizes: Record<string, number>): UserData {
    let user = emptyUserData();
    for (const [doc, size] of Object.entries(sizes)) {
      user = putImportedDocument(user, { ...sample().importedDocuments[0], doc, text: "字".repeat(size) });
    }
    return user;
  }

  test("data that fits is stored as given", () => {
    const user = withTexts({ a: 100, b: 200 });
    expect(fitForWorkbook(user, 1, { maxTotalBytes: 10_000 })).toMatchObject({
      stored: user,
      textsDropped: [],
    });
  });

  test("too large: full texts are left out, largest first, records kept", () => {
    const user = withTexts({ small: 100, big: 3000, mid: 1000 });
    const fitted = fitForWorkbook(user, 1, { maxTotalBytes: 5000 });
    expect(fitted.textsDropped).toEqual(["big"]);
    expect(fitted.stored.importedDocuments.map((d) => [d.doc, d.text?.length])).toEqual([
      ["small", 100],
      ["big", undefined],
      ["mid", 1000],
    ]);
    expect(readStored(fitted.parts)).toMatchObject({ status: "ok", user: fitted.stored });
  });

  test("when even the records do not fit, the save is refused and the workbook keeps its data", async () => {
    const store = new WorkbookUserDataStore(undefined, { maxTotalBytes: 4_500_000 });
    await store.save(sample(1));
    const records = Array.from({ length: 2000 }, (_, i) => ({ ...BIG_RECORD, id: `r${i}` }));
    const huge: UserData = { ...sample(2), importedRecords: records };
    await expect(store.save(huge)).rejects.toThrow(
      /too large to keep in the workbook .* Nothing was changed/,
    );
    expect(fake.parts).toHaveLength(1);
    expect((await store.load()).user).toEqual(sample(1));
  });
});

const BIG_RECORD = {
  id: "x",
  doc: "csv",
  region: "漯河市",
  region_id: "luohe",
  region_en: "Luohe",
  indicator: "地区生产总值",
  indicator_id: "gdp",
  kind: "actual" as const,
  measure: "level" as const,
  year: 2024,
  value: 1,
  unit: "亿元",
  qualifier: "=" as const,
  source: "table" as const,
  quote: "很长的备注".repeat(200),
  start: 0,
  end: 0,
  confidence: 1,
};
