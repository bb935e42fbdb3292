import fc from "fast-check";
import {
  applyUserData,
  applyUserDataWithReport,
  emptyUserData,
  mergeUserData,
  parseUserData,
  putImportedDocument,
  putImportedRecords,
  readUserData,
  removeCorrection,
  reviewOrder,
  serializeUserData,
  setCorrection,
  snapshotOf,
  USER_DATA_FORMAT,
  USER_DATA_VERSION,
  UserDataError,
  type ImportedDocument,
  type UserData,
} from "../../src/model/corrections";
import type { Dataset, DocumentInfo, IndicatorRecord } from "../../src/record";
import { makeRecord } from "../fixtures/record";

function record(id: string, over: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return makeRecord(id, {
    doc: "doc-a",
    quote: "地区生产总值达到100亿元",
    end: 12,
    confidence: 0.6,
    ...over,
  });
}

function docInfo(doc: string, records: number): DocumentInfo {
  return {
    doc,
    title: doc,
    region: "漯河市",
    region_id: "luohe",
    region_en: "Luohe",
    plan_type: "five-year",
    records,
    warnings: [],
  };
}

function builtin(): Dataset {
  return {
    version: 1,
    documents: [docInfo("doc-a", 3)],
    regions: [{ id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["漯河"] }],
    records: [record("r1"), record("r2", { value: 7, unit: "%", measure: "growth" }), record("r3")],
  };
}

const AT = "2026-01-01T00:00:00.000Z";

/** Deep-freezes so that any mutation of an input throws in strict mode. */
function freeze<T>(v: T): T {
  if (typeof v === "object" && v !== null) {
    Object.values(v).forEach(freeze);
    Object.freeze(v);
  }
  return v;
}

describe("applyUserData", () => {
  test("with no user data gives the built-in records unchanged", () => {
    const ds = builtin();
    expect(applyUserData(ds, emptyUserData()).records).toEqual(ds.records);
  });

  test("edit, accept and reject apply by record id without touching the inputs", () => {
    const ds = freeze(builtin());
    let user = emptyUserData();
    user = setCorrection(user, {
      id: "r1",
      at: AT,
      action: "edit",
      fields: { value: 120, year: 2026, qualifier: ">=" },
    });
    user = setCorrection(user, { id: "r2", at: AT, action: "accept" });
    user = setCorrection(user, { id: "r3", at: AT, action: "reject" });
    freeze(user);
    const report = applyUserDataWithReport(ds, user);
    const byId = new Map(report.dataset.records.map((r) => [r.id, r]));
    expect(byId.get("r1")).toMatchObject({
      value: 120,
      year: 2026,
      qualifier: ">=",
      unit: "亿元",
      confidence: 1,
    });
    expect(byId.get("r2")).toMatchObject({ value: 7, confidence: 1 });
    expect(byId.has("r3")).toBe(false);
    expect(report).toMatchObject({ applied: 3, rejected: 1, orphans: [] });
    expect(report.dataset.documents[0].records).toBe(2);
    expect(ds.records[0].value).toBe(100);
  });

  test("editing the indicator name re-derives the indicator id from the lexicon", () => {
    const user = setCorrection(emptyUserData(), {
      id: "r1",
      at: AT,
      action: "edit",
      fields: { indicator: "固定资产投资" },
    });
    const r = applyUserData(builtin(), user).records.find((x) => x.id === "r1");
    expect(r).toMatchObject({ indicator: "固定资产投资", indicator_id: "fixed-asset-investment" });
  });

  test("corrections survive re-extraction: a new build with the same ids gets the same corrections", () => {
    const user = setCorrection(emptyUserData(), { id: "r2", at: AT, action: "edit", fields: { value: 8 } });
    const rebuilt: Dataset = {
      ...builtin(),
      records: [record("r2", { value: 6.5, quote: "changed" }), record("r9")],
    };
    const report = applyUserDataWithReport(rebuilt, user);
    expect(report.dataset.records.find((r) => r.id === "r2")?.value).toBe(8);
    expect(report.orphans).toEqual([]);
  });

  test("a correction whose record vanished is reported and kept, not dropped", () => {
    const snapshot = snapshotOf(record("gone"));
    const user = setCorrection(emptyUserData(), {
      id: "gone",
      at: AT,
      action: "edit",
      fields: { value: 1 },
      snapshot,
    });
    const report = applyUserDataWithReport(builtin(), user);
    expect(report.orphans).toHaveLength(1);
    expect(report.orphans[0]).toMatchObject({ id: "gone", snapshot: { indicator: "地区生产总值" } });
    expect(user.corrections).toHaveLength(1);
  });

  test("a corrected record whose id changed on re-extraction is found again by document, wording, year and unit", () => {
    const old = record("old-id", { value: 10, unit: "%", measure: "growth" });
    const user = setCorrection(emptyUserData(), {
      id: "old-id",
      at: AT,
      action: "edit",
      fields: { value: 7 },
      snapshot: snapshotOf(old),
    });
    // The fixed extractor reads 7.5 and so gives the record another id.
    const rebuilt: Dataset = {
      ...builtin(),
      records: [record("new-id", { value: 7.5, unit: "%", measure: "growth" }), record("r1")],
    };
    const report = applyUserDataWithReport(rebuilt, user);
    expect(report.reattached).toEqual([{ id: "old-id", to: "new-id" }]);
    expect(report.orphans).toEqual([]);
    expect(report.dataset.records.find((r) => r.id === "new-id")).toMatchObject({ value: 7, confidence: 1 });
  });

  test("with two candidate successors the correction stays an orphan rather than guess", () => {
    const user = setCorrection(emptyUserData(), {
      id: "old",
      at: AT,
      action: "reject",
      snapshot: snapshotOf(record("old")),
    });
    const report = applyUserDataWithReport(builtin(), user); // r1 and r3 both match
    expect(report.orphans.map((c) => c.id)).toEqual(["old"]);
    expect(report.dataset.records).toHaveLength(3);
  });

  test("an imported document joins the data with its region override; same doc id replaces the built-in", () => {
    const imported: ImportedDocument = {
      doc: "doc-a",
      name: "plan.txt",
      importedAt: AT,
      region: { id: "xuchang", name: "许昌市", name_en: "Xuchang", aliases: ["Xuchang"] },
      info: docInfo("doc-a", 1),
      records: [record("n1", { value: 55 })],
    };
    const ds = applyUserData(builtin(), putImportedDocument(emptyUserData(), imported));
    expect(ds.records.map((r) => r.id)).toEqual(["n1"]);
    expect(ds.records[0]).toMatchObject({ region_id: "xuchang", region: "许昌市", region_en: "Xuchang" });
    expect(ds.regions.map((r) => r.id)).toContain("xuchang");
    expect(ds.documents).toHaveLength(1);
    expect(ds.documents[0]).toMatchObject({ region_id: "xuchang", records: 1 });
  });

  test("CSV records and actuals are added; re-importing the same ids does not duplicate", () => {
    let user = putImportedRecords(emptyUserData(), [record("csv-1", { doc: "csv-x", kind: "actual" })]);
    user = putImportedRecords(user, [record("csv-1", { doc: "csv-x", kind: "actual", value: 99 })]);
    user = {
      ...user,
      actuals: [{ region_id: "luohe", indicator_id: "gdp", year: 2023, value: 80, unit: "亿元" }],
    };
    const ds = applyUserData(builtin(), user);
    expect(ds.records.filter((r) => r.id === "csv-1")).toHaveLength(1);
    expect(ds.records.find((r) => r.id === "csv-1")?.value).toBe(99);
    expect(ds.records.find((r) => r.doc === "user-actuals")).toMatchObject({
      kind: "actual",
      year: 2023,
      value: 80,
      region: "漯河市",
      region_en: "Luohe",
    });
  });

  test("the latest decision for a record replaces an earlier one; removal undoes it", () => {
    let user = setCorrection(emptyUserData(), { id: "r1", at: AT, action: "reject" });
    user = setCorrection(user, { id: "r1", at: AT, action: "accept" });
    expect(user.corrections).toHaveLength(1);
    expect(applyUserData(builtin(), user).records.some((r) => r.id === "r1")).toBe(true);
    expect(removeCorrection(user, "r1").corrections).toEqual([]);
  });
});

describe("reviewOrder", () => {
  test("lists low confidence first", () => {
    const list = reviewOrder([
      record("a", { confidence: 0.9 }),
      record("b", { confidence: 0.2 }),
      record("c", { confidence: 0.5 }),
    ]);
    expect(list.map((r) => r.id)).toEqual(["b", "c", "a"]);
  });
});

describe("stored format", () => {
  function sample(): UserData {
    let user = setCorrection(emptyUserData(), {
      id: "r1",
      at: AT,
      action: "edit",
      fields: { value: 3, unit: "%" },
    });
    user = putImportedDocument(user, {
      doc: "d",
      name: "d.txt",
      text: "全文",
      importedAt: AT,
      info: docInfo("d", 1),
      records: [record("d1", { doc: "d" })],
    });
    return user;
  }

  test("round-trips through JSON", () => {
    const user = sample();
    expect(parseUserData(serializeUserData(user))).toEqual({ user });
  });

  test("a version 1 document still loads (migrated to the current version)", () => {
    const v1 = {
      format: USER_DATA_FORMAT,
      formatVersion: 1,
      corrections: {
        r1: { action: "edit", value: 120, unit: "亿元", at: AT },
        r3: { action: "reject" },
      },
      documents: [
        {
          doc: "d",
          name: "d.txt",
          importedAt: AT,
          info: docInfo("d", 1),
          records: [record("d1", { doc: "d" })],
        },
      ],
    };
    const { user, migratedFrom } = parseUserData(JSON.stringify(v1));
    expect(migratedFrom).toBe(1);
    expect(user.formatVersion).toBe(USER_DATA_VERSION);
    expect(user.corrections).toEqual([
      { id: "r1", at: AT, action: "edit", fields: { value: 120, unit: "亿元" } },
      { id: "r3", at: "1970-01-01T00:00:00.000Z", action: "reject" },
    ]);
    const ds = applyUserData(builtin(), user);
    expect(ds.records.find((r) => r.id === "r1")?.value).toBe(120);
    expect(ds.records.some((r) => r.id === "r3")).toBe(false);
    expect(ds.records.some((r) => r.id === "d1")).toBe(true);
  });

  test("a file from a newer add-in is refused with a clear message", () => {
    const text = JSON.stringify({ ...sample(), formatVersion: USER_DATA_VERSION + 1 });
    expect(() => parseUserData(text)).toThrow(/newer version of the add-in/);
    try {
      parseUserData(text);
    } catch (e) {
      expect((e as UserDataError).code).toBe("newer");
    }
  });

  test.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["another file", JSON.stringify({ hello: 1 }), /not a Plan Indicators user-data file/],
    ["bad version", JSON.stringify({ format: USER_DATA_FORMAT, formatVersion: "2" }), /formatVersion/],
  ])("rejects %s", (_label, text, message) => {
    expect(() => parseUserData(text)).toThrow(message);
  });

  test("names the offending entry of an invalid file", () => {
    const bad = sample() as unknown as { importedDocuments: { records: { year: unknown }[] }[] };
    bad.importedDocuments[0].records[0].year = "2025";
    expect(() => readUserData(bad)).toThrow("importedDocuments[0].records[0].year: expected a year");
    const badAction = { ...emptyUserData(), corrections: [{ id: "x", at: AT, action: "delete" }] };
    expect(() => readUserData(badAction)).toThrow("corrections[0].action");
  });

  test("accepts a UTF-8 BOM in an exported file", () => {
    expect(parseUserData("\ufeff" + serializeUserData(sample())).user.corrections).toHaveLength(1);
  });
});

describe("mergeUserData", () => {
  test("a team member's file adds their decisions; theirs win per record id", () => {
    const ours = setCorrection(emptyUserData(), { id: "r1", at: AT, action: "reject" });
    let theirs = setCorrection(emptyUserData(), { id: "r1", at: AT, action: "accept" });
    theirs = setCorrection(theirs, { id: "r2", at: AT, action: "reject" });
    const merged = mergeUserData(ours, theirs);
    expect(merged.corrections.map((c) => [c.id, c.action])).toEqual([
      ["r1", "accept"],
      ["r2", "reject"],
    ]);
  });
});

describe("properties", () => {
  // Random built-in records and random decisions about existing and vanished ids.
  const arbRecordIds = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 25 });
  const arbDecision = fc.record({
    target: fc.integer({ min: 0, max: 50 }), // above 40: a record that does not exist
    action: fc.constantFrom("accept", "reject", "edit"),
    value: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v + 0), // JSON has no -0
  });

  test("every correction is applied exactly once or reported; rejected records are gone; inputs untouched", () => {
    fc.assert(
      fc.property(arbRecordIds, fc.array(arbDecision, { maxLength: 30 }), (ids, decisions) => {
        const ds = freeze<Dataset>({
          ...builtin(),
          records: ids.map((i) => record(`r${i}`, { start: i, value: i, year: 2020 + (i % 6) })),
        });
        let user = emptyUserData();
        for (const d of decisions) {
          const id = `r${d.target}`;
          user =
            d.action === "edit"
              ? setCorrection(user, { id, at: AT, action: "edit", fields: { value: d.value } })
              : setCorrection(user, { id, at: AT, action: d.action as "accept" | "reject" });
        }
        freeze(user);
        const report = applyUserDataWithReport(ds, user);
        const present = new Set(ds.records.map((r) => r.id));
        expect(report.applied + report.orphans.length).toBe(user.corrections.length);
        for (const c of user.corrections) {
          const out = report.dataset.records.find((r) => r.id === c.id);
          if (!present.has(c.id)) expect(report.orphans).toContain(c);
          else if (c.action === "reject") expect(out).toBeUndefined();
          else if (c.action === "edit") expect(out?.value).toBe(c.fields.value);
          else expect(out?.confidence).toBe(1);
        }
        expect(report.dataset.records).toHaveLength(ds.records.length - report.rejected);
        // applying the same data again gives the same result
        expect(applyUserData(ds, user)).toEqual(report.dataset);
      }),
      { numRuns: 200 },
    );
  });

  test("any user data survives serialise → parse unchanged", () => {
    fc.assert(
      fc.property(fc.array(arbDecision, { maxLength: 10 }), fc.string(), (decisions, text) => {
        let user = putImportedDocument(emptyUserData(), {
          doc: "d",
          name: text || "x",
          text,
          importedAt: AT,
          info: docInfo("d", 0),
          records: [],
        });
        for (const d of decisions) {
          user = setCorrection(user, {
            id: `r${d.target}`,
            at: AT,
            action: "edit",
            fields: { value: d.value },
          });
        }
        expect(parseUserData(serializeUserData(user)).user).toEqual(user);
      }),
      { numRuns: 200 },
    );
  });
});
