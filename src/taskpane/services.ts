/**
 * What the pane does outside React, behind one interface so that components can be tested with other
 * implementations. The Excel adapter, the sheet builder and papaparse load lazily: a user who only
 * browses never downloads them. Preferences, downloads and the clipboard go through here too.
 */
import { type Availability, checkRequirements } from "../excel/requirements";
import type { DashboardPick } from "../excel/dashboard";
import type { SheetResult } from "../excel/write-sheets";
import type { IndicatorRecord } from "../record";
import type { Language } from "../record/language";
import type { PlanStore } from "../model/store";
import { obtainStore } from "./data";

export interface LoadOptions {
  lang: Language;
  onProgress?: (done: number, total: number, sheetName: string) => void;
}

/** A PLAN formula read from the selected cell. */
export interface SelectedFormula {
  address: string;
  formula: string;
}

export interface PaneServices {
  /** The shared store; inside Excel the functions' bootstrap may be loading it already. */
  loadStore(inExcel: boolean): Promise<PlanStore>;
  /** Writes one sheet per region (creating or merging) and reports per sheet. */
  loadIntoSheets(store: PlanStore, regionIds: string[], options: LoadOptions): Promise<SheetResult[]>;
  /** Puts the formula in the selected cell; resolves with the cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Writes a block of formulas from the selected cell down and right; resolves with the block's address. */
  insertFormulas(formulas: string[][]): Promise<string>;
  /** The formula of the selected cell, if any. */
  readSelectedFormula(): Promise<SelectedFormula | undefined>;
  /** Actuals typed into the region's sheet for the indicator (none outside Excel or before a load). */
  workbookActuals(regionId: string, indicatorId: string): Promise<{ year: number; value: number }[]>;
  /** The regions whose sheets the workbook holds (the add-in's sheet markers). Absent: not wired. */
  loadedRegions?: () => Promise<string[]>;
  /** Replaces the workbook's PLAN formulas with their values; resolves with how many. Absent: not wired. */
  convertFormulasToValues?: () => Promise<number>;
  /**
   * Writes a dashboard sheet (status overview, one block and line chart per indicator) for the picks;
   * resolves with the new sheet's name and how many indicators it shows. Absent: not wired.
   */
  createDashboard?: (
    store: PlanStore,
    picks: readonly DashboardPick[],
    lang: Language,
  ) => Promise<{ sheetName: string; indicators: number }>;
  /** Offers the records as a CSV download; resolves with the file name. */
  exportCsv(records: readonly IndicatorRecord[]): Promise<string>;
  /** The full text of a shipped document, for reading a passage in context; undefined when not shipped. */
  documentText(doc: string): Promise<string | undefined>;
  /** Copies text to the clipboard (outside Excel, to paste a formula). */
  copyText(text: string): Promise<void>;
  /** Small preferences (language, first run, last refresh) that survive a reload. */
  readPreference(key: string): string | undefined;
  writePreference(key: string, value: string): void;
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

const PREFIX = "planIndicators.";
const documentTexts = new Map<string, Promise<string | undefined>>();

/** docs/<id>.txt next to the pane, when the build ships the documents; undefined otherwise. */
function fetchDocumentText(doc: string): Promise<string | undefined> {
  let pending = documentTexts.get(doc);
  if (!pending) {
    pending = fetch(`docs/${encodeURIComponent(doc)}.txt`)
      .then((response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined);
    documentTexts.set(doc, pending);
  }
  return pending;
}

export const defaultServices: PaneServices = {
  loadStore: (inExcel) => obtainStore(inExcel ? undefined : 0),
  loadIntoSheets,
  insertFormula: async (formula) => (await import("../excel/insert-formula")).insertAtSelection(formula),
  insertFormulas: async (formulas) => (await import("./excel-actions")).insertBlock(formulas),
  readSelectedFormula: async () => (await import("./excel-actions")).readSelectedFormula(),
  workbookActuals: async (regionId, indicatorId) =>
    (await import("./excel-actions")).readWorkbookActuals(regionId, indicatorId),
  loadedRegions: async () => (await import("../excel/write-sheets")).markedRegions(),
  convertFormulasToValues: async () => (await import("../excel/to-values")).convertWorkbookToValues(),
  createDashboard: async (store, picks, lang) => {
    const [{ buildDashboard }, { writeDashboard }] = await Promise.all([
      import("../excel/dashboard"),
      import("../excel/dashboard-writer"),
    ]);
    const description = buildDashboard(store, picks, lang);
    if (description.charts.length === 0) return { sheetName: "", indicators: 0 };
    return { sheetName: await writeDashboard(description), indicators: description.charts.length };
  },
  exportCsv: async (records) => {
    const { recordsToCsv } = await import("../excel/csv-export");
    const fileName = `plan-indicators-${new Date().toISOString().slice(0, 10)}.csv`;
    downloadText(fileName, recordsToCsv(records), "text/csv;charset=utf-8");
    return fileName;
  },
  documentText: fetchDocumentText,
  copyText: (text) => navigator.clipboard.writeText(text),
  readPreference: (key) => {
    try {
      return globalThis.localStorage?.getItem(PREFIX + key) ?? undefined;
    } catch {
      return undefined; // storage may be unavailable (private mode)
    }
  },
  writePreference: (key, value) => {
    try {
      globalThis.localStorage?.setItem(PREFIX + key, value);
    } catch {
      // the choice still applies to this session
    }
  },
  requirements: () => checkRequirements(),
};
