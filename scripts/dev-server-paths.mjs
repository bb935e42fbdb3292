// Where `npm start` records the dev server it started, so that `npm stop` can end it.
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
export const PID_FILE = resolve(ROOT, "node_modules/.cache/plan-indicators/dev-server.pid");
export const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
