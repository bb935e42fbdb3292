/**
 * detectHost and the requirement check against a stand-in for the Office global (Office itself is not
 * available in tests). A plain object: Office's common API has no load/sync for office-addin-mock to model.
 */
import { checkRequirements, officeIsSetSupported } from "../../src/excel/requirements";
import { detectHost, watchHost, type HostInfo } from "../../src/taskpane/host";

function installOffice(
  host: string | null,
  extra: Record<string, unknown> = {},
  onReady: () => Promise<{ host: string | null; platform: null }> = async () => ({ host, platform: null }),
) {
  const office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: "zh-CN",
      officeTheme: { bodyBackgroundColor: "#262626" },
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= 12,
      },
      ...extra,
    },
    onReady,
  };
  (globalThis as { Office?: unknown }).Office = office;
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("detectHost", () => {
  it("reports Excel with Office's display language and dark theme", async () => {
    installOffice("Excel");
    await expect(detectHost()).resolves.toEqual({ inExcel: true, language: "zh-CN", dark: true });
  });

  it("reports a plain browser when Office.js is loaded without a host", async () => {
    installOffice(null);
    await expect(detectHost()).resolves.toMatchObject({ inExcel: false });
  });

  it("reports a plain browser when Office.js is absent", async () => {
    await expect(detectHost()).resolves.toMatchObject({ inExcel: false });
  });
});

describe("watchHost", () => {
  afterEach(() => jest.useRealTimers());

  it("says connecting, then switches to Excel when Office.onReady answers a minute late", async () => {
    jest.useFakeTimers();
    let answer: (info: { host: string | null; platform: null }) => void = () => undefined;
    installOffice("Excel", {}, () => new Promise((resolve) => (answer = resolve)));
    const seen: HostInfo[] = [];
    const stop = watchHost((h) => seen.push(h));
    expect(seen).toEqual([expect.objectContaining({ inExcel: false, connecting: true })]);
    await jest.advanceTimersByTimeAsync(60_000); // the old code gave up after 3 s: "outside Excel" for good
    expect(seen).toHaveLength(1);
    answer({ host: "Excel", platform: null });
    await jest.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([
      expect.objectContaining({ connecting: true }),
      { inExcel: true, language: "zh-CN", dark: true },
    ]);
    stop();
  });

  it("answers at once, without connecting, when Office.js is absent", async () => {
    const seen: HostInfo[] = [];
    watchHost((h) => seen.push(h));
    await Promise.resolve();
    expect(seen).toEqual([expect.objectContaining({ inExcel: false })]);
    expect(seen[0]!.connecting).toBeUndefined();
  });

  it("stops listening when asked", async () => {
    let answer: (info: { host: string | null; platform: null }) => void = () => undefined;
    installOffice("Excel", {}, () => new Promise((resolve) => (answer = resolve)));
    const seen: HostInfo[] = [];
    watchHost((h) => seen.push(h))();
    answer({ host: "Excel", platform: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
  });
});

describe("officeIsSetSupported", () => {
  it("asks Office which requirement sets the host has", () => {
    installOffice("Excel");
    const result = checkRequirements(officeIsSetSupported());
    expect(result.missing.map((m) => `${m.set} ${m.version}`)).toEqual(["CustomFunctionsRuntime 1.2"]);
  });
});
