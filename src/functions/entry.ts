/**
 * The shared runtime's functions entry (webpack "functions"): registers the PLAN functions and, inside
 * Excel, starts the runtime: built-in data into the store, then live recalculation on data changes.
 * Outside Excel the pane loads the data itself (src/taskpane/data.ts).
 */
import "./outside-excel";
import "./functions";
import { startPlanRuntime } from "./startup";

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady().then((info) => {
    if (info.host === Office.HostType.Excel) void startPlanRuntime();
  });
}
