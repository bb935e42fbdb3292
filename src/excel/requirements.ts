/**
 * Requirement sets the add-in's features need, checked once at start-up so that the pane can say which
 * feature is unavailable in this Excel instead of failing when it is used.
 */
export type Feature = "loadSheets" | "insertFormula" | "customFunctions" | "statusColours" | "dashboard";

export interface Requirement {
  feature: Feature;
  set: string;
  version: string;
}

/** Worksheet custom properties (the sheet marker) arrived in ExcelApi 1.12; the rest is older. */
export const REQUIREMENTS: readonly Requirement[] = [
  { feature: "loadSheets", set: "ExcelApi", version: "1.12" },
  { feature: "statusColours", set: "ExcelApi", version: "1.6" },
  { feature: "insertFormula", set: "ExcelApi", version: "1.4" },
  // The dashboard writes rows with getRangeByIndexes (1.7) and adds line charts (1.1).
  { feature: "dashboard", set: "ExcelApi", version: "1.7" },
  // 1.2: CustomFunctions.Error with a message (what every PLAN function returns on a problem).
  { feature: "customFunctions", set: "CustomFunctionsRuntime", version: "1.2" },
];

export type IsSetSupported = (set: string, version: string) => boolean;

export interface Availability {
  available: ReadonlySet<Feature>;
  missing: Requirement[];
}

/** Office's own check, or "nothing" outside an Office host. */
export function officeIsSetSupported(): IsSetSupported {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return requirements ? (set, version) => requirements.isSetSupported(set, version) : () => false;
}

export function checkRequirements(isSupported: IsSetSupported = officeIsSetSupported()): Availability {
  const missing = REQUIREMENTS.filter((r) => !safe(() => isSupported(r.set, r.version)));
  const missingFeatures = new Set(missing.map((r) => r.feature));
  const available = new Set(REQUIREMENTS.map((r) => r.feature).filter((f) => !missingFeatures.has(f)));
  return { available, missing };
}

function safe(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
