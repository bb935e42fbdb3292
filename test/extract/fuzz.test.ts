/** Never throws: thousands of random and mutated documents through the whole pipeline. */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { extractDocument, normalise, type Catalog } from "../../src/extract";

const SEED = readFileSync(path.join(__dirname, "../../seeds/003_7c7b9bfef2df6a5e.txt"), "utf8").slice(
  0,
  6000,
);
const TRAD = readFileSync(path.join(__dirname, "../fixtures/documents/work_report_traditional.txt"), "utf8");
const PIECES = [
  "到2025年",
  "地区生产总值",
  "增长",
  "7.4%",
  "达到",
  "200家",
  "以上",
  "左右",
  "突破",
  "亿元",
  "百分之七点五",
  "一千五百",
  "“十四五”",
  "十三五",
  "由",
  "增长到",
  "分别",
  "、",
  ",",
  "。",
  "\n",
  "(",
  ")",
  "(qū)",
  "區",
  "1~2个",
  "30%—35%",
  "下降0.6%",
  "个百分点",
  "预计",
  "全年",
  "未来3年",
  "第一章",
  "一、",
  "表2",
  "指标",
  "2020年基数",
  "2025年目标",
  "年均增长(%)",
  "属性",
  "预期性",
  "约束性",
  "\t",
  "\t\t",
  "\r\n",
  "〔13.5〕",
  "2023年预计",
  "增长(%)",
  "乾隆",
  "預計可達",
  "有望",
  "经过五年的发展",
  "新增",
  " ",
  "┼",
  "?",
  "\uFFFD",
  "《",
  "》",
  "等",
  "万",
  "亿",
  "第",
  "前",
];

/**
 * Runs the whole pipeline with internal errors let through (strict), and checks what a broken rule would
 * break: offsets inside the text, quotes taken from it, finite values, plausible years.
 */
async function noThrow(text: string) {
  const result = await extractDocument({ name: "fuzz.txt", text }, { strict: true });
  if (!result.records.length) return;
  const source = (await normalise(text)).text.replace(/\s+/g, "");
  for (const r of result.records) {
    if (!(r.start >= 0 && r.end >= r.start && r.end <= text.length))
      throw new Error(`bad offsets ${r.start}-${r.end}`);
    if (!Number.isInteger(r.year) || r.year < 1900 || r.year > 2200) throw new Error(`bad year ${r.year}`);
    if (r.period_start !== undefined && !(Number.isInteger(r.period_start) && r.period_start <= r.year))
      throw new Error(`bad period ${r.period_start}-${r.year}`);
    if (r.value !== null && !Number.isFinite(r.value)) throw new Error("bad value");
    if (r.value_max !== undefined && !Number.isFinite(r.value_max)) throw new Error("bad value_max");
    if (!source.includes(r.quote.replace(/\s+/g, ""))) throw new Error(`quote not in the text: ${r.quote}`);
  }
}

describe("extractDocument never throws", () => {
  it("on random unicode text", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 300 }), noThrow), {
      numRuns: 1500,
    });
    // any UTF-16 code units, lone surrogates included
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), noThrow), {
      numRuns: 500,
    });
  }, 120_000);

  it("on documents built from plan vocabulary", async () => {
    const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(""));
    await fc.assert(fc.asyncProperty(doc, noThrow), { numRuns: 2000 });
  }, 120_000);

  it("on mutated seed and traditional documents", async () => {
    const mutation = fc.record({
      base: fc.constantFrom(SEED, TRAD),
      cuts: fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom(...PIECES, "")), { maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ base, cuts }) => {
        let text = base;
        for (const [at, len, insert] of cuts) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + len);
        }
        await noThrow(text);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it("on non-string input, empty and huge text", async () => {
    await noThrow("");
    const bad = await extractDocument(
      { name: 42 as unknown as string, text: null as unknown as string },
      { strict: true },
    );
    expect(bad.records).toEqual([]);
    await noThrow("增长".repeat(100_000) + "7%");
    await noThrow("1".repeat(200_000) + "亿元");
    await noThrow("“".repeat(50_000) + "200家" + "”".repeat(50_000));
    // lone surrogates and other broken UTF-16 keep their place (offsets stay valid)
    await noThrow("\uD800地区生产总值增长7%\uDC00,\uDFFF200家");
    await noThrow("鄭州\uD800區(qū)增長7%");
    // long runs before a number must not make any regex quadratic
    const t0 = Date.now();
    await noThrow(" ".repeat(200_000) + "x增长7%");
    await noThrow("、".repeat(200_000) + "200家");
    await noThrow("地区生产总值" + "\t".repeat(200_000) + "达到500亿元");
    expect(Date.now() - t0).toBeLessThan(5000);
  }, 60_000);
});

describe("strict extraction", () => {
  // a catalogue that breaks the reader: the lenient call hides the failure, the strict one shows it
  const broken = { regions: null, documents: {} } as unknown as Catalog;
  const input = { name: "x.txt", text: "地区生产总值增长7%" };

  it("lets an internal error through", async () => {
    await expect(extractDocument(input, { catalog: broken, strict: true })).rejects.toThrow();
  });

  it("otherwise turns it into a warning and no records", async () => {
    const result = await extractDocument(input, { catalog: broken });
    expect(result.records).toEqual([]);
    expect(result.warnings.join(" ")).toMatch(/extraction failed/);
  });
});
