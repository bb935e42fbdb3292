// `npm stop`: ends what `npm start` began: the sideloaded session (desktop Excel) and the dev server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { PID_FILE, ROOT } from "./dev-server-paths.mjs";

if ((process.platform === "win32" || process.platform === "darwin") && !process.env.CI) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" });
}
if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(-pid, "SIGTERM");
    console.log(`Stopped the dev server (process group ${pid}).`);
  } catch {
    console.log("The dev server was not running.");
  }
  rmSync(PID_FILE, { force: true });
} else {
  console.log("No dev server started by `npm start` is running.");
}
