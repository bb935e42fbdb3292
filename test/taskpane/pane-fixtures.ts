/** A store over the workbook tests' hand-made dataset, and services that record what the pane asks for. */
import type { Availability } from "../../src/excel/requirements";
import { INDICATORS, matchIndicator } from "../../src/extract/lexicon";
import { PlanStore } from "../../src/model/store";
import type { PaneServices } from "../../src/taskpane/services";
import { sampleDataset } from "../excel/fixtures";

/** Names come from the records themselves unless `withLexicon` adds the shipped lexicon's names and synonyms. */
export function sampleStore(withLexicon = false): PlanStore {
  return new PlanStore(sampleDataset(), withLexicon ? { lexicon: INDICATORS, matchIndicator } : {});
}

export const ALL_AVAILABLE: Availability = {
  available: new Set(["loadSheets", "insertFormula", "customFunctions", "statusColours"]),
  missing: [],
};

/** Services that record what the pane asks; preferences live in a Map (the first-run card is dismissed). */
export function fakeServices(store: PlanStore, overrides: Partial<PaneServices> = {}): PaneServices {
  const preferences = new Map<string, string>([["firstRunDone", "1"]]);
  return {
    loadStore: () => Promise.resolve(store),
    loadIntoSheets: jest.fn(async () => []),
    insertFormula: jest.fn(async () => "Sheet1!B2"),
    insertFormulas: jest.fn(async () => "Sheet1!B2:B4"),
    readSelectedFormula: jest.fn(async () => undefined),
    workbookActuals: jest.fn(async () => []),
    exportCsv: jest.fn(async () => "plan.csv"),
    documentText: jest.fn(async () => undefined),
    copyText: jest.fn(async () => undefined),
    readPreference: (key) => preferences.get(key),
    writePreference: (key, value) => void preferences.set(key, value),
    requirements: () => ALL_AVAILABLE,
    ...overrides,
  };
}
