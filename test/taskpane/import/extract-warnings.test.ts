import { extractDocument } from "../../../src/extract";
import { stringsFor } from "../../../src/taskpane/i18n";
import { warningText } from "../../../src/taskpane/import/extract-warnings";

const zh = stringsFor("zh").t;
const en = stringsFor("en").t;

// Texts that make the real extractor write its notes: no region, mojibake (UTF-8 read as Latin-1),
// a line with lost characters, a number too long to read.
const LINE = "到2025年，地区生产总值达到100亿元，一般公共预算收入增长8%。";
const TEXTS = [
  LINE,
  `${LINE}\n${Buffer.from(LINE, "utf8").toString("latin1")}`,
  `${LINE}\n到2025年，地区??总值达到??亿元，?????增长8%。`,
  `${LINE}\n到2025年，常住人口达到${"9".repeat(320)}万人。`,
];

test("the extractor's notes are worded in the pane's language; none stays in English", async () => {
  const warnings = new Set<string>();
  for (const text of TEXTS) {
    for (const w of (await extractDocument({ name: "t.txt", text })).warnings) warnings.add(w);
  }
  expect([...warnings].some((w) => w.startsWith("region not found"))).toBe(true);
  expect(warnings.size).toBeGreaterThan(1);
  for (const w of warnings) {
    const worded = warningText(w, zh);
    expect([w, /\p{Script=Han}/u.test(worded)]).toEqual([w, true]);
    expect(worded).not.toMatch(/\{\w+\}/);
  }
});

test("values are carried over; an unknown note is shown as it is", () => {
  expect(warningText("3 low-confidence record(s) (confidence < 0.6)", en)).toBe(
    "3 records with low confidence (below 60%): check them.",
  );
  expect(warningText("line 12: garbled characters (wrong encoding), line skipped", zh)).toBe(
    "第 12 行：乱码（编码错误），已跳过该行。",
  );
  expect(warningText("table 表1: row 3 x: could not place its cells", zh)).toBe(
    "table 表1: row 3 x: could not place its cells",
  );
});
