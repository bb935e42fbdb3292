// `npm start`: builds the seed data, serves the add-in over HTTPS on localhost:3000 and sideloads it into
// desktop Excel where there is one (Windows, macOS). Elsewhere (Linux, CI) it keeps serving and prints how
// to sideload into Excel on the web. `npm stop` ends it.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { request } from "node:https";
import { resolve } from "node:path";
import { PID_FILE, PORT, ROOT } from "./dev-server-paths.mjs";

const require = createRequire(import.meta.url);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const hasDesktopExcel = (process.platform === "win32" || process.platform === "darwin") && !process.env.CI;

function step(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function waitForServer(ca, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done, fail) => {
    const attempt = () => {
      const req = request(
        { host: "localhost", port: PORT, path: "/taskpane.html", ca, timeout: 2000 },
        (res) => {
          res.resume();
          if (res.statusCode === 200) done();
          else retry();
        },
      );
      req.on("error", retry);
      req.end();
    };
    const retry = () =>
      Date.now() > deadline
        ? fail(new Error("the dev server did not answer in time"))
        : setTimeout(attempt, 1000);
    attempt();
  });
}

step(npm, ["run", "-s", "extract"]);
const certs = await require("./dev-certs.cjs").ensureDevCerts();

if (hasDesktopExcel) {
  // office-addin-debugging starts `npm run dev-server` and sideloads manifest.xml into desktop Excel.
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    detached: true,
  });
  mkdirSync(resolve(PID_FILE, ".."), { recursive: true });
  writeFileSync(PID_FILE, String(server.pid));
  const stopServer = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("SIGINT", stopServer);
  process.on("SIGTERM", stopServer);
  server.on("exit", (code) => process.exit(code ?? 0));
  await waitForServer(certs.ca);
  const manifest = resolve(ROOT, "manifest.xml");
  console.log(`
Plan Indicators is served at https://localhost:${PORT}/taskpane.html (functions metadata: /functions.json).
No desktop Excel here, so nothing was sideloaded. To use it in Excel on the web:
  1. Open a workbook at https://www.office.com in this machine's browser.
  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose
     ${manifest}
  3. Open "Plan Indicators" from the Home tab.
${
  certs.trusted
    ? ""
    : `The development CA (${certs.caPath}) is not trusted automatically on this system; trust it once so the
browser accepts https://localhost:${PORT} (see README, "Development certificates").
`
}Stop with Ctrl+C or \`npm stop\`.`);
}
