/**
 * `plan-indicators call …` end to end on the real seeds: the dataset is built from seeds/ by buildDataset,
 * the command prints the value on stdout, or the Excel error code and message on stderr with exit 1.
 */
import { run } from "../../src/cli/commands/call";

/** Issue 10's bars, as a statistician would check them: one tab-separated call a line on stdin. */
const BARS: [call: string, expected: string][] = [
  ["GAP\t郑州\tGDP\t2024\t0.055", "-0.015"],
  ["STATUS\t郑州\tGDP\t2024\t0.055", "behind"],
  ["STATUS\t郑州\tGDP\t2024\t0.075", "achieved"],
  ["PLANNED\t航空港区\tGDP\t2027", "1881.6"],
  ["TARGET\tLuohe\t常住人口城镇化率\t2025", "0.95"],
  ["GAP\tLuohe\t研发经费投入强度\t2023\t0.031\t2025\t0.025\t2020", "-0.003"],
  ["PROGRESS\tLuohe\t引进行业知名企业\t6", "0.4"],
  ["STATUS\tLuohe\t引进行业知名企业\t2023\t6", "behind"],
  ["BASEVALUE\tLuohe\tGDP", "239.5"],
  ["TARGETGROWTH\t郑州\tGDP\t2024", "0.07"],
  ["STATUS\t郑州\tGDP\t2024\t0.075\t\t\t\tzh", "已完成"],
  ["STATUS\tLuohe\t引进行业知名企业\t2023\t16\t\t\t\tzh", "提前完成"],
];

async function call(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await run(args);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

jest.setTimeout(60_000);

describe("plan-indicators call", () => {
  test("TARGET Luohe GDP 2025 prints 500", async () => {
    expect(await call("TARGET", "Luohe", "GDP", "2025")).toEqual({ code: 0, out: "500\n", err: "" });
  });

  test("one set of function names (PLAN.TARGET, target), Chinese argument names", async () => {
    expect((await call("PLAN.TARGET", "漯河经开区", "经济总量", "2025年")).out).toBe("500\n");
    expect((await call("target", "Luohe", "GDP", "2025")).out).toBe("500\n");
    expect(await call("规划.目标值", "Luohe", "GDP", "2025")).toMatchObject({ code: 2 });
  });

  test("traditional Chinese names", async () => {
    expect(await call("TARGET", "漯河經開區", "地區生產總值", "2025")).toEqual({
      code: 0,
      out: "500\n",
      err: "",
    });
  });

  test("an error prints its Excel code and message on stderr and exits non-zero", async () => {
    const result = await call("TARGET", "Luohe", "GPD", "2025");
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe("#N/A Unknown indicator 'GPD'. Did you mean GDP (地区生产总值)?\n");
  });

  test("a growth-only year points to GROWTH, which answers", async () => {
    const target = await call("TARGET", "Zhengzhou", "GDP", "2024");
    expect(target.code).toBe(1);
    expect(target.err).toMatch(/^#N\/A .*PLAN\.TARGETGROWTH/);
    expect(await call("TARGETGROWTH", "郑州市", "地区生产总值", "2024")).toMatchObject({
      code: 0,
      out: "0.07\n",
    });
  });

  test("INDICATORS prints a tab-separated table with its header", async () => {
    const { code, out } = await call("indicators", "Luohe");
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split("\n")
      .map((line) => line.split("\t"));
    expect(rows[0]).toEqual(["id", "name", "English name", "unit", "base", "target year", "target"]);
    expect(rows).toContainEqual([
      "gdp",
      "地区生产总值",
      "Gross regional product",
      "亿元",
      "239.5",
      "2025",
      "500",
    ]);
  });

  test("GAP takes the target year to follow as an optional last argument", async () => {
    // 400 − 239.5·(500/239.5)^(3/5) = 27.518927
    const withYear = await call("GAP", "Luohe", "GDP", "2023", "400", "2025");
    expect(withYear.code).toBe(0);
    expect(Number(withYear.out)).toBeCloseTo(27.518927, 5);
    expect((await call("GAP", "Luohe", "GDP", "2023", "400")).out).toBe(withYear.out);
    const missing = await call("GAP", "Luohe", "GDP", "2023", "400", "2035年");
    expect(missing).toMatchObject({ code: 1, out: "" });
    expect(missing.err).toMatch(/^#N\/A .* has no target for 2035\. Targets exist for 2025/);
    expect(await call("GAP", "Luohe", "GDP", "2023", "400", "2025", "1", "2020", "extra")).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /GAP takes \(region, indicator, year, actual, targetYear\?, base\?, baseYear\?\)/,
      ),
    });
  });

  test("usage errors exit 2", async () => {
    expect((await call()).code).toBe(2);
    expect(await call("NOPE", "a")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^#NAME\? Unknown function 'NOPE'/),
    });
    expect(await call("TARGET", "Luohe")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/TARGET takes \(region, indicator, year\)/),
    });
  });

  test("--data with a missing file fails clearly", async () => {
    const result = await call("TARGET", "Luohe", "GDP", "2025", "--data", "/nonexistent/indicators.json");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot load the data: cannot read \/nonexistent\/indicators.json/);
  });

  test("call - answers issue 10's bars, one line each, errors as #CODE message on their line", async () => {
    const input = [...BARS.map(([c]) => c), "", "GAP\tLuohe\t研发经费投入强度\t2023\t0.031", "NOPE\t1"].join(
      "\n",
    );
    let out = "";
    const stdout = jest
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk) => ((out += String(chunk)), true));
    try {
      expect(await run(["-"], async () => input)).toBe(0);
    } finally {
      stdout.mockRestore();
    }
    const lines = out.split("\n");
    expect(lines.slice(0, BARS.length)).toEqual(BARS.map(([, e]) => e));
    expect(lines[BARS.length]).toBe("");
    expect(lines[BARS.length + 1]).toMatch(/^#N\/A No base value is recorded .*base and baseYear/);
    expect(lines[BARS.length + 2]).toMatch(/^#NAME\? Unknown function 'NOPE'/);
  });

  test("bad maths and bad numbers never give a number", async () => {
    expect((await call("STATUS", "Luohe", "常住人口城镇化率", "2023", "90")).err).toBe(
      "#VALUE! The actual 90 looks like a percentage written as a number: type 90% or 0.9.\n",
    );
    expect((await call("GAP", "Luohe", "GDP", "2023", "1e999")).err).toMatch(/^#VALUE! .*too large/);
    expect((await call("GAP", "Luohe", "GDP", "2023", "1,5")).err).toMatch(/^#VALUE! .*not '1,5'/);
    expect((await call("GAP", "Luohe", "GDP", "2023", "1,234.5")).out).toBe("862.018926999\n");
    expect((await call("STATUS", "Luohe", "常住人口城镇化率", "2023", "90%")).out).toMatch(
      /^(behind|on track)\n$/,
    );
    expect((await call("PLANNED", "郑州", "GDP", "2024", "", "", "0", "2023")).err).toMatch(/^#NUM! /);
  });
});
