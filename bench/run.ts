/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each exports `run(): Promise<void>` and prints
 * its own figures; speed targets live here, not in unit tests.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { run?: () => Promise<void> };
    if (typeof mod.run !== "function") throw new Error(`${file} does not export run()`);
    console.log(`\n== ${file}`);
    await mod.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
