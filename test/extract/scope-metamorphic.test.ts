/**
 * Metamorphic tests of the time scope: the same statements written with the year in the sentence, in the
 * sentence before, on a line of its own, or in the section's heading, must give the same records.
 */
import fc from "fast-check";
import { extractDocument } from "../../src/extract";

const INDICATORS: { name: string; unit: string; growth: boolean }[] = [
  { name: "地区生产总值", unit: "亿元", growth: false },
  { name: "一般公共预算收入", unit: "亿元", growth: false },
  { name: "规上工业增加值", unit: "%", growth: true },
  { name: "社会消费品零售总额", unit: "亿元", growth: false },
  { name: "城镇新增就业", unit: "万人", growth: false },
  { name: "固定资产投资", unit: "%", growth: true },
];

interface Statement {
  name: string;
  unit: string;
  growth: boolean;
  value: number;
}

const statements = fc
  .uniqueArray(fc.integer({ min: 0, max: INDICATORS.length - 1 }), { minLength: 1, maxLength: 4 })
  .chain((picks) =>
    fc.tuple(
      ...picks.map((k) =>
        fc.integer({ min: 11, max: 999 }).map((v): Statement => ({ ...INDICATORS[k], value: v / 10 })),
      ),
    ),
  );

function clause(s: Statement): string {
  return s.growth ? `${s.name}增长${s.value}%` : `${s.name}${s.value}${s.unit}`;
}

/** Ways of writing “in year Y, these statements”, in a report for year Y + 1. */
const LAYOUTS: [string, (y: number, list: Statement[]) => string][] = [
  ["year in the sentence", (y, list) => `${y}年，全县${list.map(clause).join("，")}。`],
  ["year in the sentence before", (y, list) => `${y}年全县经济稳中有进。${list.map(clause).join("；")}。`],
  ["year on a line of its own", (y, list) => `${y}年：\n${list.map((s) => clause(s) + "。").join("\n")}`],
  ["year in the heading", (y, list) => `一、${y}年工作回顾\n${list.map(clause).join("，")}。`],
  [
    "one sentence per statement",
    (y, list) => `${y}年，全县经济稳中有进。\n${list.map((s) => clause(s) + "。").join("")}`,
  ],
];

async function readAll(y: number, body: string) {
  const text = `平安县${y + 1}年政府工作报告\n各位代表：\n${body}\n二、${y + 1}年工作安排\n今年重点抓好项目建设。`;
  const { records } = await extractDocument({ name: "m.txt", text }, { strict: true });
  return records
    .map((r) => `${r.kind} ${r.measure} ${r.year} ${r.value} ${r.unit}`)
    .sort()
    .join("\n");
}

describe("the year of a list of statements does not depend on where it is written", () => {
  it("gives the same records in every layout", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2015, max: 2030 }), statements, async (y, list) => {
        const expected = list
          .map((s) => `actual ${s.growth ? "growth" : "level"} ${y} ${s.value} ${s.unit}`)
          .sort()
          .join("\n");
        for (const [, layout] of LAYOUTS) expect(await readAll(y, layout(y, list))).toBe(expected);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("gives the same targets for 今年, the year's heading and the year's goals", async () => {
    const targets: [string, (y: number, list: Statement[]) => string][] = [
      ["今年", (_y, list) => `今年全县${list.map(clause).join("，")}。`],
      ["heading", (y, list) => `二、${y}年工作安排\n${list.map(clause).join("，")}。`],
      ["goals", (y, list) => `${y}年全县经济社会发展的主要预期目标是：${list.map(clause).join("，")}。`],
      ["今年是…开局之年", (_y, list) => `今年是“十五五”开局之年。${list.map(clause).join("；")}。`],
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2016, max: 2030 }), statements, async (y, list) => {
        const expected = list
          .map((s) => `target ${s.growth ? "growth" : "level"} ${y} ${s.value} ${s.unit}`)
          .sort()
          .join("\n");
        for (const [, layout] of targets) {
          const text = `平安县${y}年政府工作报告\n一、${y - 1}年工作回顾\n过去一年，全县经济稳中有进。\n${layout(y, list)}`;
          const { records } = await extractDocument({ name: "t.txt", text }, { strict: true });
          const got = records.map((r) => `${r.kind} ${r.measure} ${r.year} ${r.value} ${r.unit}`).sort();
          expect(got.join("\n")).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("keeps it with Windows line ends and full-width digits", async () => {
    const list: Statement[] = [
      { ...INDICATORS[0], value: 212.6 },
      { ...INDICATORS[2], value: 7.1 },
    ];
    const plain = await readAll(2019, LAYOUTS[1][1](2019, list));
    const body = LAYOUTS[1][1](2019, list).replace(/\n/g, "\r\n");
    const wide = body.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(await readAll(2019, wide)).toBe(plain);
    expect(plain).toContain("actual level 2019 212.6 亿元");
  });
});
