/** @jest-environment jsdom */
import "./jsdom-shims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Availability } from "../../src/excel/requirements";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/services";
import { ALL_AVAILABLE, fakeServices, sampleStore } from "./pane-fixtures";

const IN_EXCEL = { inExcel: true, language: "en-US" };
const WITH_DASHBOARD: Availability = {
  available: new Set([...ALL_AVAILABLE.available, "dashboard"]),
  missing: [],
};

function services(overrides: Partial<PaneServices> = {}) {
  return fakeServices(sampleStore(true), {
    requirements: () => WITH_DASHBOARD,
    createDashboard: jest.fn(async (_store, picks) => ({ sheetName: "Dashboard", indicators: picks.length })),
    ...overrides,
  });
}

async function openDashboard(svc: PaneServices, host = IN_EXCEL) {
  render(<App host={host} services={svc} />);
  const [workbook, dashboard] = host.language.startsWith("zh")
    ? ["工作簿", "看板"]
    : ["Workbook", "Dashboard"];
  fireEvent.click(await screen.findByRole("tab", { name: workbook }));
  fireEvent.click(await screen.findByRole("tab", { name: dashboard }));
  return screen.findByRole("group", { name: /Indicators with a target|有目标值的指标/ });
}

const checkboxNames = (group: HTMLElement) =>
  within(group)
    .queryAllByRole("checkbox")
    .map((c) => c.closest(".fui-Checkbox")?.textContent ?? "");

describe("the dashboard part", () => {
  it("lists the region's indicators with targets and writes the chosen ones, announcing the result", async () => {
    const svc = services();
    const group = await openDashboard(svc);
    expect(checkboxNames(group).some((n) => /^Gross regional product/.test(n))).toBe(true);
    expect(checkboxNames(group).join(" ")).not.toMatch(/x-evil/); // names, never internal ids
    expect(screen.getByText("Chosen: 0")).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create dashboard" })));
    const status = document.querySelector('[aria-live="polite"]')!;
    expect(status.textContent).toBe("Choose at least one indicator.");
    expect(svc.createDashboard).not.toHaveBeenCalled();

    fireEvent.click(within(group).getByRole("checkbox", { name: /^Gross regional product/ }));
    expect(screen.getByText("Chosen: 1")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create dashboard" })));
    const [, picks, lang] = (svc.createDashboard as jest.Mock).mock.calls[0];
    expect(picks).toEqual([{ regionId: "test-zone", indicatorId: "gdp" }]);
    expect(lang).toBe("en");
    expect(status.textContent).toMatch(/Created the sheet “Dashboard” with 1 indicators/);
  });

  it("filters with the forgiving search and keeps choices across filters; a new region starts afresh", async () => {
    const svc = services();
    const group = await openDashboard(svc);
    const all = checkboxNames(group).length;
    expect(all).toBeGreaterThan(1);
    // A typo finds GDP first (and GDP-based names after it); a word finds only its indicator.
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "GPD" } });
    expect(checkboxNames(group)[0]).toMatch(/^Gross regional product/);
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "dqsczz" } }); // pinyin initials
    await waitFor(() => expect(checkboxNames(group)[0]).toMatch(/^Gross regional product/));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "Gross" } });
    expect(checkboxNames(group)).toHaveLength(1);
    fireEvent.click(within(group).getByRole("checkbox"));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "" } });
    expect(checkboxNames(group)).toHaveLength(all);
    expect(screen.getByText("Chosen: 1")).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "Region" }), { target: { value: "other" } });
    expect(screen.getByText("Chosen: 0")).toBeTruthy();
    fireEvent.click(within(group).getAllByRole("checkbox")[0]!);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create dashboard" })));
    expect((svc.createDashboard as jest.Mock).mock.calls[0][1]).toEqual([
      { regionId: "other", indicatorId: "gdp" },
    ]);
  });

  it("is disabled with the reason outside Excel, in an old Excel, or where the writer is not wired", async () => {
    await openDashboard(services(), { inExcel: false, language: "en-US" });
    expect((screen.getByRole("button", { name: "Create dashboard" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByText(/Creating a dashboard needs Excel/)).toBeTruthy();
  });

  it("says which Excel it needs when charts are missing", async () => {
    await openDashboard(services({ requirements: () => ALL_AVAILABLE }));
    expect((screen.getByRole("button", { name: "Create dashboard" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByText(/needs ExcelApi 1\.7/)).toBeTruthy();
  });

  it("says so when this build has no dashboard writer", async () => {
    await openDashboard(services({ createDashboard: undefined }));
    expect((screen.getByRole("button", { name: "Create dashboard" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByText("The dashboard is not available in this version of the add-in.")).toBeTruthy();
  });

  it("reports errors and empty results in the user's language", async () => {
    const svc = services({
      createDashboard: jest.fn(async () => Promise.reject(new Error("InvalidArgument"))),
    });
    const group = await openDashboard(svc, { inExcel: true, language: "zh-CN" });
    fireEvent.click(within(group).getAllByRole("checkbox")[0]!);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "创建看板" })));
    const status = document.querySelector('[aria-live="polite"]')!;
    expect(status.textContent).toBe("无法创建看板：InvalidArgument。请结束单元格编辑后重试。");

    (svc.createDashboard as jest.Mock).mockResolvedValueOnce({ sheetName: "", indicators: 0 });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "创建看板" })));
    expect(status.textContent).toBe("所选指标均无可跟踪的目标值，未创建工作表。");
  });
});
