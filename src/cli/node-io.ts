/** Node-side file helpers for the command-line entry points (the engine itself never touches fs). */
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { decodeDocument, parseCatalog, type Catalog } from "../extract";

/** The repository root: the nearest directory up from the working directory with package.json and seeds/. */
function findRepoRoot(from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "seeds"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from);
  }
}

export const REPO_ROOT = findRepoRoot();
export const SEEDS_DIR = path.join(REPO_ROOT, "seeds");

/** Reads and decodes a document file (BOM / UTF-8 / GB18030). Throws a clear error when unreadable. */
export async function readDocumentFile(
  file: string,
): Promise<{ name: string; text: string; encoding: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const { text, encoding } = decodeDocument(bytes);
  return { name: path.basename(file), text, encoding };
}

/** The seed documents (seeds/*.txt), sorted by name. */
export async function seedFiles(dir = SEEDS_DIR): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(dir, f));
}

export async function loadCatalog(file = path.join(SEEDS_DIR, "catalog.json")): Promise<Catalog> {
  const raw = await readFile(file, "utf8");
  try {
    return parseCatalog(JSON.parse(raw));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
