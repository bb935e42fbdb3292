/** Where the pane runs: inside Excel, or in a plain browser tab (no Office host). */
export interface HostInfo {
  inExcel: boolean;
  /** Office display language such as "zh-CN"; the browser's language outside Office. */
  language: string;
}

const OFFICE_READY_TIMEOUT_MS = 3000;

export function detectHost(): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : "en-US";
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ inExcel: false, language: browserLanguage });
  }
  // Office.onReady resolves outside Office too (with host null), but guard against a script that never answers.
  const timeout = new Promise<HostInfo>((resolve) =>
    setTimeout(() => resolve({ inExcel: false, language: browserLanguage }), OFFICE_READY_TIMEOUT_MS),
  );
  const ready = Office.onReady().then((info) => ({
    inExcel: info.host === Office.HostType.Excel,
    language: Office.context?.displayLanguage || browserLanguage,
  }));
  return Promise.race([ready, timeout]);
}
