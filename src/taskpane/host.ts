/** Where the pane runs: inside Excel, or in a plain browser tab (no Office host). */
export interface HostInfo {
  inExcel: boolean;
  /** Office display language such as "zh-CN"; the browser's language outside Office. */
  language: string;
  /** Whether Office's theme is dark (Office.context.officeTheme); absent outside Office. */
  dark?: boolean;
  /**
   * Office.js is there but Office.onReady has not answered yet: the pane says "connecting to Excel…" and
   * waits, however long, since a long-lifetime pane is not reloaded and must not decide "outside Excel".
   */
  connecting?: boolean;
}

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

const browserLanguage = () => (typeof navigator !== "undefined" ? navigator.language : "en-US");

/** What Office.onReady said, however late; no Office.js at all is a plain browser tab at once. */
export function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ inExcel: false, language: browserLanguage() });
  }
  // No time limit: Office.onReady resolves outside Office too (host null), and inside Excel it can be slow.
  return Office.onReady().then((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    return {
      inExcel,
      language: Office.context?.displayLanguage || browserLanguage(),
      dark: inExcel ? officeThemeIsDark() : undefined,
    };
  });
}

/**
 * Calls `listener` at once with what is known (connecting, when Office.js is loaded) and again when
 * Office answers. Returns a function that stops listening.
 */
export function watchHost(listener: (host: HostInfo) => void): () => void {
  let live = true;
  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  if (officeLoaded) listener({ inExcel: false, language: browserLanguage(), connecting: true });
  void detectHost().then((host) => live && listener(host));
  return () => {
    live = false;
  };
}
