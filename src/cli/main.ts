/**
 * `plan-indicators <command> …`: dispatches to one module per command in ./commands.
 * Each command module exports `run(args): Promise<number>` (the exit code) and `usage`.
 */
export interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

const commands: Record<string, () => Promise<Command>> = {
  extract: () => import("./commands/extract"),
  call: () => import("./commands/call"),
  validate: () => import("./commands/validate"),
  workbook: () => import("./commands/workbook"),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(
      Object.entries(commands).map(async ([key, get]) => {
        try {
          return `  ${(await get()).usage}`;
        } catch {
          return `  ${key} (unavailable)`;
        }
      }),
    );
    process.stderr.write(`usage: plan-indicators <command> …\n${lines.join("\n")}\n`);
    return name ? 2 : 0;
  }
  return (await load()).run(rest);
}
