/** Runs the real command through tsx in a child process (node-io uses import.meta, which jest's CJS lacks). */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "validate-"));
const runner = join(dir, "run.ts");
writeFileSync(
  runner,
  `import { main } from ${JSON.stringify(join(ROOT, "src/cli/main.ts"))};\n` +
    "main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n",
);

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, "node_modules/.bin/tsx"),
      [runner, "validate", ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

jest.setTimeout(30_000);

test("a valid file exits 0 and says how it read the columns", async () => {
  const r = await cli(file("ok.csv", "\ufeff地区,指标,年份,数值\n漯河,GDP,2023,1812.5\n"));
  expect(r.stdout).toMatch(/comma-separated; columns: region=地区, indicator=指标, year=年份, value=数值/);
  expect(r.stdout).toMatch(/1 valid row\(s\), 0 with errors/);
  expect(r.code).toBe(0);
});

test("bad rows are printed with line number and reason and the exit code is 1", async () => {
  const r = await cli(
    file("bad.tsv", "region\tindicator\tyear\tvalue\n漯河\tGDP\t2023\t约100\nLuohr\tGDP\t2023\t5\n"),
  );
  expect(r.stdout).toMatch(/bad\.tsv: line 2: value: "约100" is text where a number belongs/);
  expect(r.stdout).toMatch(
    /bad\.tsv: line 3: region: "Luohr" is not a known region\. Did you mean 漯河市 \(luohe\)\?/,
  );
  expect(r.code).toBe(1);
});

test("a GBK-encoded file is decoded", async () => {
  // "地区,指标,年份,数值\n漯河,GDP,2023,1\n" in GBK
  const gbk = new Uint8Array([
    0xb5, 0xd8, 0xc7, 0xf8, 0x2c, 0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xc4, 0xea, 0xb7, 0xdd, 0x2c, 0xca, 0xfd,
    0xd6, 0xb5, 0x0a, 0xe4, 0xf0, 0xba, 0xd3, 0x2c, 0x47, 0x44, 0x50, 0x2c, 0x32, 0x30, 0x32, 0x33, 0x2c,
    0x31, 0x0a,
  ]);
  const r = await cli(file("gbk.csv", gbk));
  expect(r.stdout).toMatch(/1 valid row\(s\), 0 with errors/);
  expect(r.code).toBe(0);
});

test("usage and unreadable files exit 2 with a message", async () => {
  const none = await cli();
  expect(none.code).toBe(2);
  expect(none.stderr).toMatch(/usage: plan-indicators validate FILE\.csv/);
  const missing = await cli(join(dir, "nope.csv"));
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/cannot read .*nope\.csv: ENOENT/);
});

test("a team file of corrections is checked: valid, older format migrated, or the reason it is not", async () => {
  const ok = await cli(
    file(
      "team.json",
      JSON.stringify({
        format: "plan-indicators/user-data",
        formatVersion: 1,
        corrections: { "doc:abc": { action: "reject" } },
      }),
    ),
  );
  expect(ok.stdout).toMatch(
    /team\.json: valid \(format 1, readable: it is migrated on import\): 1 correction\(s\)/,
  );
  expect(ok.code).toBe(0);
  const bad = await cli(
    file(
      "bad.json",
      JSON.stringify({ format: "plan-indicators/user-data", formatVersion: 2, corrections: [{}] }),
    ),
  );
  expect(bad.stdout).toMatch(/bad\.json: user data: corrections\[0\]\.id: expected text/);
  expect(bad.code).toBe(1);
});

test("two `value` columns are refused, naming the column; nothing is guessed", async () => {
  const r = await cli(
    file("two-values.csv", "region,indicator,year,value,value\n漯河,GDP,2023,1812.5,1900\n"),
  );
  expect(r.stdout).toMatch(/header: columns 4, 5 are both named "value": rename or delete one/);
  expect(r.code).toBe(1);
});

test("a semicolon-separated file is read", async () => {
  const r = await cli(
    file("semi.csv", "地区;指标;年份;数值\n漯河;GDP;2023;1812.5\n漯河;GDP增速;2023;6.5%\n"),
  );
  expect(r.stdout).toMatch(
    /semicolon-separated; columns: region=地区, indicator=指标, year=年份, value=数值/,
  );
  expect(r.stdout).toMatch(/2 valid row\(s\), 0 with errors/);
  expect(r.code).toBe(0);
});

test("an unclosed quote is reported where it opened and the rows after it are still checked", async () => {
  const lines = [
    "region,indicator,year,value",
    '漯河,"GDP,2022,1700',
    "漯河,GDP,2023,1812.5",
    "漯河,GDP,2024,x",
  ];
  const r = await cli(file("quote.csv", lines.join("\n") + "\n"));
  expect(r.stdout).toMatch(/line 2: a quote opened on this line is never closed/);
  expect(r.stdout).toMatch(/line 4: value: "x" is text where a number belongs/);
  expect(r.stdout).toMatch(/1 valid row\(s\), 2 with errors/);
  expect(r.code).toBe(1);
});
