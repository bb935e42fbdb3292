/**
 * `npm run eval`: extracts the seeds and the labelled corpus reports and scores them, per document and
 * overall, against ../shared/gold and ../shared/corpus/gold with ../shared/eval/score.mjs; then, as a third
 * group with its own overall line, the documents written for the tests (test/fixtures/written).
 * Extra arguments (e.g. --verbose) are passed to the scorer.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractDocument } from "../extract";
import { loadCatalog, readDocumentFile, REPO_ROOT, seedFiles } from "./node-io";

/**
 * ../shared beside the repository; in a git worktree, beside the main checkout (the worktree's .git is a
 * file naming it); PLAN_SHARED overrides both.
 */
function sharedDir(): string {
  const candidates = [process.env.PLAN_SHARED, path.resolve(REPO_ROOT, "../shared")];
  const dotGit = path.join(REPO_ROOT, ".git");
  if (existsSync(dotGit) && !statSync(dotGit).isDirectory()) {
    const gitdir = /gitdir:\s*(.+)/.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim();
    // <main>/.git/worktrees/<name> → <main>/../shared
    if (gitdir) candidates.push(path.resolve(gitdir, "../../../../shared"));
  }
  return candidates.find((d): d is string => !!d && existsSync(d)) ?? path.resolve(REPO_ROOT, "../shared");
}

export const SHARED_DIR = sharedDir();
export const GOLD_DIR = path.join(SHARED_DIR, "gold");
export const SCORER = path.join(SHARED_DIR, "eval/score.mjs");
export const CORPUS_DIR = path.join(SHARED_DIR, "corpus");
export const CORPUS_GOLD_DIR = path.join(CORPUS_DIR, "gold");

/** The labelled corpus reports: those with a gold file. */
export function labelledCorpusFiles(): string[] {
  if (!existsSync(CORPUS_GOLD_DIR)) return [];
  return readdirSync(CORPUS_GOLD_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => path.join(CORPUS_DIR, f.replace(/\.jsonl$/, ".txt")))
    .filter((f) => existsSync(f))
    .sort();
}

/** Documents written for the tests in genres and layouts of their own, labelled by hand (gold/ beside them). */
export const WRITTEN_DIR = path.join(REPO_ROOT, "test/fixtures/written");
export const WRITTEN_GOLD_DIR = path.join(WRITTEN_DIR, "gold");

export function writtenFiles(): string[] {
  if (!existsSync(WRITTEN_DIR)) return [];
  return readdirSync(WRITTEN_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(WRITTEN_DIR, f))
    .sort();
}

/** Extraction of all seeds and labelled corpus reports as JSON Lines. */
export async function seedsAsJsonl(): Promise<string> {
  return filesAsJsonl([...(await seedFiles()), ...labelledCorpusFiles()]);
}

async function filesAsJsonl(files: string[]): Promise<string> {
  const catalog = await loadCatalog();
  const lines: string[] = [];
  for (const file of files) {
    const result = await extractDocument(await readDocumentFile(file), { catalog });
    for (const r of result.records) lines.push(JSON.stringify(r));
  }
  return lines.join("\n") + "\n";
}

/** Runs the scorer on the seeds; returns its output and exit status. */
export async function scoreSeeds(extra: string[] = []): Promise<{ output: string; status: number }> {
  return scoreAgainst(await seedsAsJsonl(), [GOLD_DIR, CORPUS_GOLD_DIR], extra);
}

/** Runs the scorer on the written documents (test/fixtures/written), a group of their own. */
export async function scoreWritten(extra: string[] = []): Promise<{ output: string; status: number }> {
  return scoreAgainst(await filesAsJsonl(writtenFiles()), [WRITTEN_GOLD_DIR], extra);
}

async function scoreAgainst(
  predictions: string,
  goldDirs: string[],
  extra: string[],
): Promise<{ output: string; status: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "plan-eval-"));
  try {
    const pred = path.join(dir, "pred.jsonl");
    writeFileSync(pred, predictions);
    // One gold folder holding the group's sets, so the scorer prints every document and one overall line.
    const gold = path.join(dir, "gold");
    mkdirSync(gold);
    for (const from of goldDirs.filter((d) => existsSync(d)))
      for (const f of readdirSync(from).filter((f) => f.endsWith(".jsonl")))
        symlinkSync(path.join(from, f), path.join(gold, f));
    const run = spawnSync(process.execPath, [SCORER, "--gold", gold, "--pred", pred, ...extra], {
      encoding: "utf8",
    });
    return { output: (run.stdout ?? "") + (run.stderr ?? ""), status: run.status ?? 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface DocumentScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Parses the scorer's per-document, overall and field-accuracy lines. */
export function parseScore(output: string): {
  precision: number;
  recall: number;
  f1: number;
  fields: Record<string, number>;
  documents: Record<string, DocumentScore>;
} {
  const documents: Record<string, DocumentScore> = {};
  for (const m of output.matchAll(
    /^(\S+): gold \d+, predicted \d+, matched \d+ · precision ([\d.]+) recall ([\d.]+)/gm,
  )) {
    const precision = Number(m[2]);
    const recall = Number(m[3]);
    documents[m[1]] = {
      precision,
      recall,
      f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    };
  }
  const overall = /overall: precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+)/.exec(output);
  const fields: Record<string, number> = {};
  const fieldLine = /field accuracy on matched: (.*)/.exec(output);
  for (const part of fieldLine?.[1].split(",") ?? []) {
    const [name, value] = part.trim().split(" ");
    fields[name] = Number(value);
  }
  if (!overall) throw new Error(`scorer output not understood:\n${output}`);
  return {
    precision: Number(overall[1]),
    recall: Number(overall[2]),
    f1: Number(overall[3]),
    fields,
    documents,
  };
}

const isMain = /[\\/]cli[\\/]eval\.ts$/.test(process.argv[1] ?? "");
if (isMain) {
  const extra = process.argv.slice(2);
  Promise.all([scoreSeeds(extra), scoreWritten(extra)]).then(
    ([seeds, written]) => {
      // the project's written documents first, then the shared gold: its overall line, the last one
      // printed, is the figure that counts (tools read the last "overall:" line)
      process.stdout.write(`written documents (test/fixtures/written):\n${written.output}\n`);
      process.stdout.write(`shared gold (../shared/gold, ../shared/corpus/gold):\n${seeds.output}`);
      process.exitCode = seeds.status || written.status;
    },
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
