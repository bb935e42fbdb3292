/**
 * The layering rules of eslint.config.mjs fail on an import across layers (issue 11, point 8), checked by
 * linting small pieces of code as if they were files of each folder. ESLint runs in a child process: its
 * flat config is an ES module, which jest's module system cannot import.
 */
import { execFileSync } from "node:child_process";

const cases: [file: string, from: string, allowed: boolean][] = [
  ["src/extract/x.ts", "../record", true],
  ["src/extract/x.ts", "./lexicon", true],
  ["src/extract/x.ts", "../model/runtime", false],
  ["src/extract/tables/x.ts", "../../excel/columns", false],
  ["src/model/x.ts", "../extract/lexicon", true],
  ["src/model/x.ts", "../excel/recalculate", false],
  ["src/model/x.ts", "../taskpane/host", false],
  ["src/excel/x.ts", "../model/runtime", true],
  ["src/excel/x.ts", "../taskpane/host", false],
  ["src/functions/x.ts", "../excel/recalculate", true],
  ["src/functions/x.ts", "../taskpane/App", false],
  ["src/cli/x.ts", "../taskpane/format", false],
  ["src/record/x.ts", "../model/store", false],
  ["src/taskpane/x.ts", "../model/runtime", true],
  ["src/model/x.ts", "fs", false],
];

const script = `
const { ESLint } = require("eslint");
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint();
  const out = [];
  for (const [file, from] of cases) {
    const [r] = await eslint.lintText('import * as m from "' + from + '";\\nexport const n = m;\\n', { filePath: file });
    out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").length);
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

test("each folder may import only the layers below it", () => {
  const counts = JSON.parse(
    execFileSync(process.execPath, ["-e", script, JSON.stringify(cases)], { encoding: "utf8" }),
  ) as number[];
  expect(cases.map(([file, from], i) => `${file} ← ${from}: ${counts[i] === 0}`)).toEqual(
    cases.map(([file, from, allowed]) => `${file} ← ${from}: ${allowed}`),
  );
}, 60_000);
