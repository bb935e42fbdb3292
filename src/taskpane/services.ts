/**
 * What the pane does outside React, behind one interface so that components can be tested with other
 * implementations. The Excel adapter, the sheet builder and papaparse load lazily: a user who only
 * browses never downloads them.
 */
import { insertAtSelection } from "../excel/insert-formula";
import { type Availability, checkRequirements } from "../excel/requirements";
import type { SheetLanguage } from "../excel/labels";
import type { SheetResult } from "../excel/write-sheets";
import type { IndicatorRecord } from "../record";
import type { PlanStore } from "../model/store";
import { obtainStore } from "./data";

export interface LoadOptions {
  lang: SheetLanguage;
  onProgress?: (done: number, total: number, sheetName: string) => void;
}

export interface PaneServices {
  /** The shared store; inside Excel the functions' bootstrap may be loading it already. */
  loadStore(inExcel: boolean): Promise<PlanStore>;
  /** Writes one sheet per region (creating or merging) and reports per sheet. */
  loadIntoSheets(store: PlanStore, regionIds: string[], options: LoadOptions): Promise<SheetResult[]>;
  /** Puts the formula in the selected cell; resolves with the cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Offers the records as a CSV download; resolves with the file name. */
  exportCsv(records: readonly IndicatorRecord[]): Promise<string>;
  requirements(): Availability;
}

async function loadIntoSheets(store: PlanStore, regionIds: string[], options: LoadOptions) {
  const [{ buildRegionSheet }, { writeSheets }] = await Promise.all([
    import("../excel/sheet-builder"),
    import("../excel/write-sheets"),
  ]);
  const loadedAt = new Date();
  const documents = [...store.documents.values()];
  const descriptions = regionIds.map((id) => {
    const region = store.regions.get(id);
    if (!region) throw new Error(`Unknown region ${id}`);
    return buildRegionSheet(region, store.find({ region: id }), { lang: options.lang, documents, loadedAt });
  });
  return writeSheets(descriptions, options);
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const defaultServices: PaneServices = {
  loadStore: (inExcel) => obtainStore(inExcel ? undefined : 0),
  loadIntoSheets,
  insertFormula: insertAtSelection,
  exportCsv: async (records) => {
    const { recordsToCsv } = await import("../excel/csv-export");
    const fileName = `plan-indicators-${new Date().toISOString().slice(0, 10)}.csv`;
    downloadText(fileName, recordsToCsv(records), "text/csv;charset=utf-8");
    return fileName;
  },
  requirements: () => checkRequirements(),
};
