/**
 * `plan-indicators call FUNCTION [ARG…] [--data FILE] [--seeds DIR]`: evaluates a PLAN function with the
 * same spec table the add-in uses, e.g. `call TARGET Luohe GDP 2025` prints 500.
 * `call -` reads calls from standard input, one a line, tab-separated (function, then arguments), and
 * prints one result a line in the same order; an error prints as `#CODE message` on its line.
 * The dataset is --data (an indicators.json) or else built from the seed documents with buildDataset.
 * A single call's error prints on stderr and exits 1; usage errors exit 2.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildDataset } from "../../extract";
import { INDICATORS, matchIndicator } from "../../extract/lexicon";
import {
  FUNCTION_SPECS,
  runSpec,
  SPEC_BY_ID,
  type FunctionSpec,
  type PlanResult,
} from "../../model/function-specs";
import { validateDataset } from "../../model/dataset";
import { isPlanError, PlanError } from "../../model/errors";
import { PlanStore } from "../../model/store";
import type { Dataset } from "../../record";
import { loadCatalog, readDocumentFile, seedFiles } from "../node-io";

export const usage =
  "call FUNCTION [ARG…] | call - [--data FILE] [--seeds DIR]   evaluate PLAN functions, e.g. call TARGET Luohe GDP 2025";

const NAMES = FUNCTION_SPECS.map((s) => s.id).join(", ");

/** The spec for TARGET, target or PLAN.TARGET: one set of names in every language. */
export function specFor(name: string): FunctionSpec | undefined {
  return SPEC_BY_ID.get(
    name
      .trim()
      .replace(/^plan[.．]/iu, "")
      .toUpperCase(),
  );
}

export interface Options {
  data?: string;
  seeds?: string;
  positional: string[];
}

export function parseOptions(args: string[], flags: readonly string[] = []): Options | string {
  const options: Options & Record<string, unknown> = { positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--data" || arg === "--seeds" || flags.includes(arg)) {
      const value = args[++i];
      if (!value) return `${arg} needs a value`;
      const key = arg.slice(2);
      if (Array.isArray(options[key])) (options[key] as string[]).push(value);
      else options[key] = flags.includes(arg) ? [value] : value;
    } else options.positional.push(arg);
  }
  return options;
}

export async function loadDataset(options: Options): Promise<Dataset> {
  if (options.data) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(options.data, "utf8"));
    } catch (error) {
      throw new Error(`cannot read ${options.data}: ${(error as Error).message}`);
    }
    return validateDataset(json);
  }
  const dir = options.seeds;
  const files = await Promise.all((await seedFiles(dir)).map((f) => readDocumentFile(f)));
  const catalog = await loadCatalog(dir ? path.join(dir, "catalog.json") : undefined).catch(() => undefined);
  return buildDataset(files, catalog);
}

export function storeOf(dataset: Dataset): PlanStore {
  return new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });
}

/** Numbers to 12 significant digits: 0.031 − 0.034 prints −0.003, not −0.0030000000000000027. */
function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

export function formatResult(result: Exclude<PlanResult, PlanError>): string {
  const cell = (v: string | number) => (typeof v === "number" ? formatNumber(v) : v);
  if (Array.isArray(result)) return result.map((row) => row.map(cell).join("\t")).join("\n");
  return cell(result);
}

/** One call, waiting once for what it needs to load (the traditional-Chinese converter). */
async function evaluate(store: PlanStore, spec: FunctionSpec, args: string[]): Promise<PlanResult> {
  let result = runSpec(spec, store, args);
  if (isPlanError(result) && result.retry) {
    await result.retry().catch(() => undefined);
    result = runSpec(spec, store, args);
  }
  return result;
}

/** A usage problem of one call, or undefined: unknown function, wrong number of arguments. */
function checkCall(name: string | undefined, args: string[]): FunctionSpec | PlanError {
  const spec = name ? specFor(name) : undefined;
  if (!spec) return new PlanError("#N/A", `#NAME? Unknown function '${name ?? ""}'. Functions: ${NAMES}`);
  const required = spec.params.filter((p) => !p.optional).length;
  if (args.length < required || args.length > spec.params.length) {
    const params = spec.params.map((p) => p.name + (p.optional ? "?" : "")).join(", ");
    return new PlanError("#VALUE!", `${spec.id} takes (${params}); got ${args.length} argument(s).`);
  }
  return spec;
}

/** One result line of `call -`: the value, or `#CODE message`; a table's rows joined by " | ". */
async function line(store: PlanStore, text: string): Promise<string> {
  const [name, ...args] = text.split("\t");
  const spec = checkCall(name.trim(), args);
  if (isPlanError(spec)) return spec.message.startsWith("#NAME?") ? spec.message : String(spec);
  const result = await evaluate(store, spec, args);
  if (isPlanError(result)) return `${result.code} ${result.message}`;
  return formatResult(result).replace(/\n/gu, " | ");
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** `call -`: every line of `input` (blank lines answer blank lines), one result line each, in order. */
export async function runLines(store: PlanStore, input: string): Promise<string[]> {
  const lines = input.replace(/\r\n?/gu, "\n").replace(/\n$/u, "").split("\n");
  const out: string[] = [];
  for (const text of lines) out.push(text.trim() === "" ? "" : await line(store, text));
  return out;
}

export async function run(args: string[], stdin: () => Promise<string> = readStdin): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === "string" || options.positional.length === 0) {
    const problem = typeof options === "string" ? `${options}\n` : "";
    process.stderr.write(`${problem}usage: plan-indicators ${usage}\nfunctions: ${NAMES}\n`);
    return 2;
  }
  const [name, ...fnArgs] = options.positional;
  const spec = name === "-" ? undefined : checkCall(name, fnArgs);
  if (isPlanError(spec)) {
    process.stderr.write(`${spec.message.startsWith("#NAME?") ? spec.message : String(spec)}\n`);
    return 2;
  }
  let store: PlanStore;
  try {
    store = storeOf(await loadDataset(options));
  } catch (error) {
    process.stderr.write(`cannot load the data: ${(error as Error).message}\n`);
    return 1;
  }
  if (!spec) {
    const results = await runLines(store, await stdin());
    process.stdout.write(results.length > 0 ? `${results.join("\n")}\n` : "");
    return 0;
  }
  const result = await evaluate(store, spec, fnArgs);
  if (isPlanError(result)) {
    process.stderr.write(`${result.code} ${result.message}\n`);
    return 1;
  }
  process.stdout.write(`${formatResult(result)}\n`);
  return 0;
}
