/** Where the pane runs: inside Excel, or in a plain browser tab (no Office host). */
export interface HostInfo {
  inExcel: boolean;
  /** Office display language such as "zh-CN"; the browser's language outside Office. */
  language: string;
  /** Whether Office's theme is dark (Office.context.officeTheme); absent outside Office. */
  dark?: boolean;
}

const OFFICE_READY_TIMEOUT_MS = 3000;

/** Relative luminance of a #rrggbb colour, 0 (black) … 1 (white). */
export function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function officeThemeIsDark(): boolean | undefined {
  try {
    const background = Office.context?.officeTheme?.bodyBackgroundColor;
    const l = background ? luminance(background) : undefined;
    return l === undefined ? undefined : l < 0.5;
  } catch {
    return undefined; // officeTheme needs a newer host; the light theme is the fallback
  }
}

export function detectHost(): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : "en-US";
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ inExcel: false, language: browserLanguage });
  }
  // Office.onReady resolves outside Office too (with host null), but guard against a script that never answers.
  const timeout = new Promise<HostInfo>((resolve) =>
    setTimeout(() => resolve({ inExcel: false, language: browserLanguage }), OFFICE_READY_TIMEOUT_MS),
  );
  const ready = Office.onReady().then((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    return {
      inExcel,
      language: Office.context?.displayLanguage || browserLanguage,
      dark: inExcel ? officeThemeIsDark() : undefined,
    };
  });
  return Promise.race([ready, timeout]);
}
