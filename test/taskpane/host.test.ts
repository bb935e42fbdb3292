/**
 * detectHost and the requirement check against a stand-in for the Office global (Office itself is not
 * available in tests). A plain object: Office's common API has no load/sync for office-addin-mock to model.
 */
import { checkRequirements, officeIsSetSupported } from "../../src/excel/requirements";
import { detectHost } from "../../src/taskpane/host";

function installOffice(host: string | null, extra: Record<string, unknown> = {}) {
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
    onReady: async () => ({ host, platform: null }),
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

describe("officeIsSetSupported", () => {
  it("asks Office which requirement sets the host has", () => {
    installOffice("Excel");
    const result = checkRequirements(officeIsSetSupported());
    expect(result.missing.map((m) => `${m.set} ${m.version}`)).toEqual(["CustomFunctionsRuntime 1.1"]);
  });
});
