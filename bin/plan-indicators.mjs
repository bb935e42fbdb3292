#!/usr/bin/env node
// Command-line entry: runs the TypeScript sources through tsx so that the CLI and the add-in share one
// implementation without a separate compile step. The sources are CommonJS-style TypeScript (the package
// has no "type": "module"), so they are loaded through tsx's require hook.
import { createRequire } from "node:module";
import { register as registerCjs } from "tsx/cjs/api";
import { register as registerEsm } from "tsx/esm/api";

registerCjs();
registerEsm();
const require = createRequire(import.meta.url);
const { main } = require("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
