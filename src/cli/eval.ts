/**
 * `npm run eval`: extracts the seeds and scores them against ../shared/gold with ../shared/eval/score.mjs.
 * Extra arguments (e.g. --verbose) are passed to the scorer.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractDocument } from "../extract";
import { loadCatalog, readDocumentFile, REPO_ROOT, seedFiles } from "./node-io";

export const GOLD_DIR = path.resolve(REPO_ROOT, "../shared/gold");
export const SCORER = path.resolve(REPO_ROOT, "../shared/eval/score.mjs");

/** Extraction of all seeds as JSON Lines. */
export async function seedsAsJsonl(): Promise<string> {
  const catalog = await loadCatalog();
  const lines: string[] = [];
  for (const file of await seedFiles()) {
    const result = await extractDocument(await readDocumentFile(file), { catalog });
    for (const r of result.records) lines.push(JSON.stringify(r));
  }
  return lines.join("\n") + "\n";
}

/** Runs the scorer on the seeds; returns its output and exit status. */
export async function scoreSeeds(extra: string[] = []): Promise<{ output: string; status: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "plan-eval-"));
  try {
    const pred = path.join(dir, "pred.jsonl");
    writeFileSync(pred, await seedsAsJsonl());
    const run = spawnSync(process.execPath, [SCORER, "--gold", GOLD_DIR, "--pred", pred, ...extra], {
      encoding: "utf8",
    });
    return { output: (run.stdout ?? "") + (run.stderr ?? ""), status: run.status ?? 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses the scorer's overall and field-accuracy lines. */
export function parseScore(output: string): {
  precision: number;
  recall: number;
  f1: number;
  fields: Record<string, number>;
} {
  const overall = /overall: precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+)/.exec(output);
  const fields: Record<string, number> = {};
  const fieldLine = /field accuracy on matched: (.*)/.exec(output);
  for (const part of fieldLine?.[1].split(",") ?? []) {
    const [name, value] = part.trim().split(" ");
    fields[name] = Number(value);
  }
  if (!overall) throw new Error(`scorer output not understood:\n${output}`);
  return { precision: Number(overall[1]), recall: Number(overall[2]), f1: Number(overall[3]), fields };
}

const isMain = /[\\/]cli[\\/]eval\.ts$/.test(process.argv[1] ?? "");
if (isMain) {
  scoreSeeds(process.argv.slice(2)).then(
    ({ output, status }) => {
      process.stdout.write(output);
      process.exitCode = status;
    },
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
