/**
 * `npm run validate [-- FILE] [--base-url URL] [--assets DIR]`: checks a manifest offline.
 * (`npm run validate:online` sends it to Microsoft's validation service instead.)
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { validateManifest } from "./manifest/validate";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function run(args: string[]): number {
  // The last file named: `npm run validate -- dist/manifest.xml` passes the script's own manifest.xml first.
  const files = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  const file = files[files.length - 1] ?? "manifest.xml";
  let xml: string;
  try {
    xml = readFileSync(file, "utf8");
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const problems = validateManifest(xml, {
    assetsRoot: resolve(option(args, "--assets") ?? dirname(resolve(file))),
    baseUrl: option(args, "--base-url"),
  });
  if (problems.length) {
    process.stderr.write(`${file} is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }
  process.stdout.write(`${file} is valid.\n`);
  return 0;
}

if (require.main === module) process.exitCode = run(process.argv.slice(2));
