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
  expect(warningText("something new the extractor says", zh)).toBe("something new the extractor says");
});

test("a table's problems are worded with its title, or as untitled", () => {
  expect(warningText("table 表1 主要指标: row 3 地区生产总值: could not place its cells", zh)).toBe(
    "表格表1 主要指标：“地区生产总值”一行无法对应到各列，请对照原文核对。",
  );
  expect(warningText("table: row  GDP: could not place its cells", en)).toBe(
    "Table (untitled): the row “GDP” could not be split into its columns; check it against the document.",
  );
  expect(warningText("table 表2: line not read as a row: 注：带*号为约束性指标", zh)).toBe(
    "表格表2：有一行未能读作表格行：“注：带*号为约束性指标”。",
  );
  expect(warningText("table reader failed, tables skipped: boom", zh)).toBe(
    "表格无法读取（boom），仅按正文读取。",
  );
});
