/**
 * `plan-indicators call FUNCTION [ARG…] [--data FILE] [--seeds DIR]`: evaluates a PLAN function with the
 * same implementations the add-in uses, e.g. `call TARGET Luohe GDP 2025` prints 500.
 * The dataset is --data (an indicators.json) or else built from the seed documents with buildDataset.
 * Errors print their Excel code and message on stderr and exit 1; usage errors exit 2.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildDataset } from "../../extract";
import { PLAN_FUNCTIONS, type PlanResult } from "../../functions/registry";
import zhNames from "../../functions/names.zh-CN.json";
import { validateDataset } from "../../model/dataset";
import { isPlanError } from "../../model/errors";
import { normalizeKey } from "../../model/normalize";
import type { Dataset } from "../../record";
import { PlanStore } from "../../model/store";
import { INDICATORS, matchIndicator } from "../../extract/lexicon";
import { loadCatalog, readDocumentFile, seedFiles } from "../node-io";

export const usage =
  "call FUNCTION [ARG…] [--data FILE] [--seeds DIR]   evaluate a PLAN function, e.g. call TARGET Luohe GDP 2025";

/** Function ids by every name a user may type: TARGET, plan.target, 目标值, 规划.目标值. */
const FUNCTION_NAMES = new Map<string, string>();
for (const id of Object.keys(PLAN_FUNCTIONS)) {
  FUNCTION_NAMES.set(normalizeKey(id), id);
  const zh = (zhNames.functions as Record<string, { name: string }>)[id]?.name;
  if (zh) FUNCTION_NAMES.set(normalizeKey(zh), id);
}

function functionId(name: string): string | undefined {
  const bare = name.replace(/^(plan|规划)[.．]/iu, "");
  return FUNCTION_NAMES.get(normalizeKey(bare));
}

interface Options {
  data?: string;
  seeds?: string;
  positional: string[];
}

function parseOptions(args: string[]): Options | string {
  const options: Options = { positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--data" || arg === "--seeds") {
      const value = args[++i];
      if (!value) return `${arg} needs a path`;
      options[arg === "--data" ? "data" : "seeds"] = value;
    } else options.positional.push(arg);
  }
  return options;
}

async function loadDataset(options: Options): Promise<Dataset> {
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

export function formatResult(result: Exclude<PlanResult, { code: string }>): string {
  if (Array.isArray(result)) return result.map((row) => row.join("\t")).join("\n");
  return String(result);
}

export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === "string" || options.positional.length === 0) {
    const problem = typeof options === "string" ? `${options}\n` : "";
    process.stderr.write(
      `${problem}usage: plan-indicators ${usage}\nfunctions: ${Object.keys(PLAN_FUNCTIONS).join(", ")}\n`,
    );
    return 2;
  }
  const [name, ...fnArgs] = options.positional;
  const id = functionId(name);
  if (!id) {
    process.stderr.write(
      `#NAME? Unknown function '${name}'. Functions: ${Object.keys(PLAN_FUNCTIONS).join(", ")}\n`,
    );
    return 2;
  }
  const fn = PLAN_FUNCTIONS[id];
  const required = fn.params.filter((p) => !p.endsWith("?")).length;
  if (fnArgs.length < required || fnArgs.length > fn.params.length) {
    process.stderr.write(
      `#VALUE! ${id} takes (${fn.params.join(", ")}); got ${fnArgs.length} argument(s).\n`,
    );
    return 2;
  }
  let dataset: Dataset;
  try {
    dataset = await loadDataset(options);
  } catch (error) {
    process.stderr.write(`cannot load the data: ${(error as Error).message}\n`);
    return 1;
  }
  const store = new PlanStore(dataset, { lexicon: INDICATORS, matchIndicator });
  let result = fn.run(store, fnArgs);
  if (isPlanError(result) && result.retry) {
    await result.retry().catch(() => undefined); // e.g. load the traditional-Chinese converter, then ask again
    result = fn.run(store, fnArgs);
  }
  if (isPlanError(result)) {
    process.stderr.write(`${result.code} ${result.message}\n`);
    return 1;
  }
  process.stdout.write(`${formatResult(result)}\n`);
  return 0;
}
