/**
 * The shared runtime's functions entry (webpack "functions"): registers the PLAN functions and starts the
 * runtime: built-in data into the store at once, then, inside Excel, live recalculation on data changes
 * and the workbook's corrections. Outside Excel the pane reads the same store (src/taskpane/data.ts).
 */
import "./outside-excel";
import "./functions";
import { startPlanRuntime } from "./startup";

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  // The built-in data is published at once, before Office answers, so no PLAN formula waits on the host;
  // live recalculation and the workbook's corrections start when Office says this is Excel.
  const inExcel = Office.onReady().then((info) => info.host === Office.HostType.Excel);
  void startPlanRuntime({ inExcel });
}
