/**
 * Property: whatever records come and go across reloads and whatever the user types in between, a reload
 * never loses a typed Actual, never drops or reorders rows, lists every current record exactly once with
 * its current value, marks exactly the vanished ones, and never turns document text into a formula.
 * Runs against the in-memory workbook behind office-addin-mock's Excel global (no Excel in tests).
 */
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("./office-manifest-shim"),
);

import fc from "fast-check";
import { headerOf } from "../../src/excel/columns";
import { buildRegionSheet } from "../../src/excel/sheet-builder";
import { writeSheets } from "../../src/excel/write-sheets";
import type { IndicatorRecord } from "../../src/record";
import { FakeWorkbookState, installExcel } from "./fake-workbook";
import { REGION, record } from "./fixtures";

const TABLE = "PlanInd_test_zone";
const ID_POOL = Array.from({ length: 12 }, (_, i) => `rec-${i}`);

const textArb = fc.oneof(
  fc.constantFrom("地区生产总值", '=HYPERLINK("x")', "+1", "-2", "@A1", "'quoted", "研发投入强度"),
  fc.string({ maxLength: 6 }),
);

const recordsArb = fc
  .subarray(ID_POOL, { minLength: 1 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.tuple(textArb, fc.integer({ min: 1, max: 1000 })), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
    ),
  )
  .map(([ids, data]) =>
    ids.map((id, i) =>
      record({ id, indicator: data[i]![0], quote: data[i]![0], value: data[i]![1], start: i }),
    ),
  );

const editsArb = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 999 })), { maxLength: 4 });

async function load(records: IndicatorRecord[]) {
  await writeSheets([buildRegionSheet(REGION, records, { lang: "en" })], { lang: "en" });
}

test("reloads keep typed actuals and rows, update values, mark vanished records", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(recordsArb, editsArb), { minLength: 1, maxLength: 4 }),
      async (rounds) => {
        const wb = new FakeWorkbookState();
        installExcel(wb);
        const typed = new Map<string, number>();
        let previousIds: string[] = [];
        for (const [records, edits] of rounds) {
          await load(records);
          const t = wb.table(TABLE);
          const ids = wb.column(TABLE, headerOf("id")).map((c) => String(c.value));
          // Rows never disappear or move; new ones are appended.
          expect(ids.slice(0, previousIds.length)).toEqual(previousIds);
          // Every current record appears exactly once, with its current value.
          for (const r of records) {
            expect(ids.filter((id) => id === r.id)).toHaveLength(1);
            expect(wb.column(TABLE, headerOf("value"))[ids.indexOf(r.id)]!.value).toBe(r.value);
          }
          // Exactly the vanished records are marked.
          const current = new Set(records.map((r) => r.id));
          const marks = wb.column(TABLE, headerOf("inData")).map((c) => c.value !== "");
          expect(marks).toEqual(ids.map((id) => !current.has(id)));
          // Typed actuals survive.
          const actuals = wb.column(TABLE, headerOf("actual"));
          for (const [id, value] of typed) expect(actuals[ids.indexOf(id)]!.value).toBe(value);
          // Document text stays text.
          for (const key of ["indicator", "quote"] as const) {
            expect(wb.column(TABLE, headerOf(key)).every((c) => c.formula === undefined)).toBe(true);
          }
          // The user types some actuals before the next reload.
          const actualCol = t.headers.indexOf(headerOf("actual"));
          for (const [row, value] of edits) {
            const r = row % ids.length;
            t.sheet.put(t.top + 1 + r, t.left + actualCol, value);
            typed.set(ids[r]!, value);
          }
          previousIds = ids;
        }
        expect(wb.sheets).toHaveLength(1);
      },
    ),
    { numRuns: 60 },
  );
});
