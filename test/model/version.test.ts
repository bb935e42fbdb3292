import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_VERSION } from "../../src/model/version";

test("the add-in version matches package.json", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
  expect(ADDIN_VERSION).toBe(pkg.version);
});
