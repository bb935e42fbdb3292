/** The installed command (`npx plan-indicators`) runs the TypeScript CLI end to end. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const BIN = join(__dirname, "../../bin/plan-indicators.mjs");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });

test("`plan-indicators call TARGET Luohe GDP 2025` prints 500", () => {
  const result = run("call", "TARGET", "Luohe", "GDP", "2025");
  expect(result.stderr).toBe("");
  expect(result.stdout.trim()).toBe("500");
  expect(result.status).toBe(0);
});

test("an error prints its Excel code and message and exits non-zero", () => {
  const result = run("call", "TARGET", "Luohe", "GPD", "2025");
  expect(result.stderr).toMatch(/^#N\/A Unknown indicator 'GPD'\. Did you mean GDP/);
  expect(result.status).not.toBe(0);
});

test("an unknown command prints the usage and exits 2", () => {
  const result = run("frobnicate");
  expect(result.stderr).toMatch(/usage: plan-indicators <command>/);
  expect(result.status).toBe(2);
});
