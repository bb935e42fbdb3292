/**
 * `plan-indicators call …` end to end on the real seeds: the dataset is built from seeds/ by buildDataset,
 * the command prints the value on stdout, or the Excel error code and message on stderr with exit 1.
 */
import { run } from "../../src/cli/commands/call";

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

  test("Chinese function and argument names", async () => {
    const result = await call("规划.目标值", "漯河经开区", "经济总量", "2025年");
    expect(result.out).toBe("500\n");
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
    expect(target.err).toMatch(/^#N\/A .*PLAN\.GROWTH/);
    expect(await call("GROWTH", "郑州市", "地区生产总值", "2024")).toMatchObject({ code: 0, out: "0.07\n" });
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
    expect(missing.err).toMatch(/^#N\/A .* has no level target for 2035\. Level targets exist for 2025/);
    expect(await call("GAP", "Luohe", "GDP", "2023", "400", "2025", "extra")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/GAP takes \(region, indicator, year, actual, targetYear\?\)/),
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
});
