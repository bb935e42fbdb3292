/**
 * Stored data is never lost or made unreadable (issue 11, point 5): entry-by-entry validation, compare-and-
 * swap between two saving copies, a real XML parser, and parts of at most 1 MB. Excel's customXmlParts is
 * the in-memory stand-in of fake-custom-xml.ts (queued operations applied at sync, like Office.js).
 */
import {
  checksum,
  cutText,
  MAX_PART_BYTES,
  readStored,
  toParts,
  USER_DATA_NAMESPACE,
  WorkbookUserDataStore,
  type RunExcel,
} from "../../src/excel/user-data-store";
import {
  emptyUserData,
  putImportedRecords,
  serializeUserData,
  setCorrection,
  USER_DATA_FORMAT,
  USER_DATA_VERSION,
  type UserData,
} from "../../src/model/corrections";
import type { IndicatorRecord } from "../../src/record";
import { resetRuntime } from "../../src/model/runtime";
import { resetUserDataSession, startUserDataSession } from "../../src/model/user-data-session";
import { luoheDataset } from "../model/fixtures";
import { FakeParts } from "./fake-custom-xml";

const AT = "2026-01-01T00:00:00.000Z";
let fake: FakeParts;
let run: RunExcel;

beforeEach(() => {
  fake = new FakeParts();
  run = (batch) => batch(fake.context());
});

const store = () => new WorkbookUserDataStore(run);
const edit = (user: UserData, id: string, value: number) =>
  setCorrection(user, { id, at: AT, action: "edit", fields: { value } });

function record(i: number, overrides: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return {
    id: `csv-${i}`,
    doc: "csv",
    region: "漯河市",
    region_id: "luohe",
    region_en: "Luohe",
    indicator: "地区生产总值",
    indicator_id: "gdp",
    kind: "actual",
    measure: "level",
    year: 2024,
    value: i,
    unit: "亿元",
    qualifier: "=",
    source: "table",
    quote: `第${i}行 <备注> & "引号" ]]> 数据`,
    start: 0,
    end: 0,
    confidence: 1,
    ...overrides,
  };
}

const sizeOf = (xml: string) => new TextEncoder().encode(xml).length;
const legacyPart = (json: unknown, revision = 1) =>
  `<userData xmlns="${USER_DATA_NAMESPACE}" revision="${revision}">${JSON.stringify(json)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")}</userData>`;

describe("one invalid record", () => {
  const withBadYear = () => ({
    ...putImportedRecords(edit(emptyUserData(), "r1", 5), [record(1), record(2, { year: 1899 }), record(3)]),
  });

  test("keeps every valid entry, sets the bad one aside and says so", async () => {
    fake.seed(legacyPart(withBadYear()));
    const loaded = await store().load();
    expect(loaded.status).toBe("ok");
    expect(loaded.user.corrections.map((c) => c.id)).toEqual(["r1"]);
    expect(loaded.user.importedRecords.map((r) => r.id)).toEqual(["csv-1", "csv-3"]);
    expect(loaded.user.setAside).toEqual([
      {
        where: "importedRecords[1]",
        reason: "user data: importedRecords[1].year: expected a year",
        entry: record(2, { year: 1899 }),
      },
    ]);
    expect(loaded.message).toMatch(
      /1 saved entry could not be used and was set aside .*importedRecords\[1\]\.year/,
    );
  });

  test("the next save keeps the set-aside entry and the earlier corrections: nothing is lost", async () => {
    fake.seed(legacyPart(withBadYear()));
    const s = store();
    const loaded = await s.load();
    await s.save(edit(loaded.user, "r2", 7));
    expect(fake.parts).toHaveLength(1); // the old part went only after the new one was written
    const again = await store().load();
    expect(again.user.corrections.map((c) => c.id)).toEqual(["r1", "r2"]);
    expect(again.user.setAside?.map((e) => e.where)).toEqual(["importedRecords[1]"]);
    expect(again.message).toMatch(/set aside/);
  });

  test("the user is told, and the functions get every valid correction", async () => {
    const builtin = luoheDataset();
    const target = builtin.records.find((r) => r.indicator_id === "gdp" && r.kind === "target")!;
    const user = putImportedRecords(edit(emptyUserData(), target.id, 555), [record(2, { year: 1899 })]);
    fake.seed(legacyPart(user));
    const published: number[] = [];
    try {
      const session = await startUserDataSession(builtin, {
        storage: store(),
        publish: (ds) => published.push(ds.records.find((r) => r.id === target.id)!.value!),
      });
      expect(session.getState()).toMatchObject({ status: "ok", message: expect.stringMatching(/set aside/) });
      expect(published).toEqual([555]);
    } finally {
      resetUserDataSession();
      resetRuntime();
    }
  });

  test("an invalid record inside an imported document sets aside that record only", () => {
    const user = withBadYear();
    const doc = {
      doc: "d",
      name: "plan.txt",
      importedAt: AT,
      info: { doc: "d" },
      records: [record(7), record(8, { kind: "wish" as never })],
    };
    const reading = readStored([legacyPart({ ...user, importedRecords: [], importedDocuments: [doc] })]);
    expect(reading.user.importedDocuments[0]!.records.map((r) => r.id)).toEqual(["csv-7"]);
    expect(reading.user.setAside?.map((e) => e.where)).toEqual(["importedDocuments[0].records[1]"]);
  });
});

describe("two saves at once (two panes, co-authoring)", () => {
  test("both users' corrections survive: the second writer reloads, merges by record id and writes", async () => {
    await store().save(edit(emptyUserData(), "shared", 1));
    const alice = store();
    const bob = store();
    const [a, b] = [await alice.load(), await bob.load()];
    const results = await Promise.all([
      alice.save(edit(a.user, "alice", 10)),
      bob.save(edit(edit(b.user, "shared", 2), "bob", 20)),
    ]);
    const final = await store().load();
    const values = Object.fromEntries(
      final.user.corrections.map((c) => [c.id, c.action === "edit" ? c.fields.value : c.action]),
    );
    expect(values).toEqual({ shared: 2, alice: 10, bob: 20 });
    // Both wrote revision 2 at the same time; the loser saw it after writing, merged and wrote revision 3.
    const written = fake.added.slice(1).map((xml) => /revision="(\d+)"/.exec(xml)?.[1]);
    expect(written).toEqual(["2", "2", "3"]);
    expect(results.map((r) => r.revision).sort()).toEqual([2, 3]);
    expect(fake.parts).toHaveLength(1);
  });

  test("a later save by a stale copy replays only its own change on the newer data", async () => {
    const first = store();
    const loaded = await first.load();
    await first.save(edit(loaded.user, "x", 1));
    const other = store();
    const seen = await other.load();
    await first.save(edit(edit(seen.user, "x", 1), "y", 2)); // first moves on
    const saved = await other.save(edit(seen.user, "z", 3)); // other still holds the older revision
    expect(saved.stored.corrections.map((c) => c.id).sort()).toEqual(["x", "y", "z"]);
    expect((await store().load()).user.corrections.map((c) => c.id).sort()).toEqual(["x", "y", "z"]);
  });

  test("a removal made by one copy is not undone by the merge", async () => {
    const a = store();
    await a.load();
    const saved = await a.save(edit(edit(emptyUserData(), "keep", 1), "drop", 2));
    const b = store();
    const bView = await b.load();
    await a.save({ ...saved.stored, corrections: saved.stored.corrections.filter((c) => c.id !== "drop") });
    await b.save(edit(bView.user, "new", 3));
    expect((await store().load()).user.corrections.map((c) => c.id).sort()).toEqual(["keep", "new"]);
  });
});

describe("a real XML parser", () => {
  const user = edit(emptyUserData(), "r1", 42);
  const json = serializeUserData(user);

  test.each([
    [
      "a namespace prefix",
      `<p:userData xmlns:p="${USER_DATA_NAMESPACE}" revision="3">${json.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p:userData>`,
    ],
    [
      "a CDATA section",
      `<userData xmlns="${USER_DATA_NAMESPACE}" revision="3"><![CDATA[${json}]]></userData>`,
    ],
    [
      "single-quoted attributes",
      `<?xml version='1.0'?><userData xmlns='${USER_DATA_NAMESPACE}' revision='3'>${json}</userData>`,
    ],
    [
      "CDATA and text mixed, with a prefix",
      `<x:userData revision="3" xmlns:x="${USER_DATA_NAMESPACE}"><![CDATA[${json.slice(0, 20)}]]>${json.slice(20)}</x:userData>`,
    ],
  ])("reads a part written with %s", (_what, xml) => {
    expect(readStored([xml])).toMatchObject({ status: "ok", revision: 3, user });
  });

  test("an element of another namespace or broken XML is damaged, not silently empty", () => {
    expect(readStored([`<userData xmlns="urn:other" revision="1">${json}</userData>`]).status).toBe(
      "corrupt",
    );
    expect(readStored([`<userData xmlns="${USER_DATA_NAMESPACE}" revision="1">${json}`]).status).toBe(
      "corrupt",
    );
  });
});

describe("parts of at most 1 MB", () => {
  /** About 2.7 MB of JSON, mostly Chinese text (3 bytes a character in UTF-8). */
  const big = () =>
    putImportedRecords(
      emptyUserData(),
      Array.from({ length: 300 }, (_, i) =>
        record(i, { quote: `第${i}段：${"规划目标<完成>&".repeat(300)}` }),
      ),
    );

  test("data over 1 MB round-trips through several parts, each within the limit", async () => {
    const user = big();
    expect(sizeOf(serializeUserData(user))).toBeGreaterThan(2 * MAX_PART_BYTES);
    await store().save(user);
    expect(fake.parts.length).toBeGreaterThanOrEqual(3);
    for (const part of fake.parts) expect(sizeOf(part.xml)).toBeLessThanOrEqual(MAX_PART_BYTES);
    expect((await store().load()).user).toEqual(user);
  });

  test("a save writes every new part before removing the old ones; a failed write loses nothing", async () => {
    const s = store();
    await s.save(big());
    const before = fake.parts.length;
    fake.failAtSync = fake.syncs + 4; // read ids, read the parts, write the first new part, then fail
    await expect(s.save(edit(big(), "r", 1))).rejects.toThrow(/connection was lost/);
    expect(fake.parts.length).toBeGreaterThan(before); // the new revision's first parts, the old ones intact
    const loaded = await store().load();
    expect(loaded.user).toEqual(big()); // the incomplete revision is ignored
    await s.save(edit(big(), "r", 2)); // the next save tidies the incomplete revision away
    expect((await store().load()).user.corrections).toHaveLength(1);
    expect(fake.parts.every((p) => p.xml.includes(`revision="3"`))).toBe(true);
  });

  test("a part altered or missing is caught by the count and the checksum", () => {
    const parts = toParts(big(), 5, "w", MAX_PART_BYTES);
    expect(readStored(parts).status).toBe("ok");
    expect(readStored(parts.slice(1)).status).toBe("empty"); // incomplete: not trusted
    const altered = parts.map((p, i) => (i === 1 ? p.replace("csv-", "csv_") : p));
    expect(readStored(altered)).toMatchObject({
      status: "corrupt",
      message: expect.stringMatching(/checksum/),
    });
    const older = toParts(edit(emptyUserData(), "old", 1), 4, "w");
    expect(readStored([...older, ...parts.slice(1)]).user.corrections[0]?.id).toBe("old");
  });

  test("cuts never split a surrogate pair and respect the escaped size", () => {
    const text = "𠀀&<>字a".repeat(1000);
    const pieces = cutText(text, 100);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) {
      expect(
        sizeOf(piece.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")),
      ).toBeLessThanOrEqual(100);
      expect(/^[\udc00-\udfff]/.test(piece)).toBe(false);
    }
    expect(checksum("abc")).not.toBe(checksum("abd"));
  });

  test("a layout from a newer add-in is reported and never overwritten", async () => {
    fake.seed(
      `<userData xmlns="${USER_DATA_NAMESPACE}" storage="9" revision="2">${JSON.stringify({ format: USER_DATA_FORMAT, formatVersion: USER_DATA_VERSION })}</userData>`,
    );
    expect((await store().load()).status).toBe("newer");
    await expect(store().save(emptyUserData())).rejects.toThrow(/newer version/);
    expect(fake.parts).toHaveLength(1);
  });
});
