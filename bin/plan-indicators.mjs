#!/usr/bin/env node
// Command-line entry: runs the TypeScript sources through tsx so that the CLI and the
// add-in share one implementation without a separate compile step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
