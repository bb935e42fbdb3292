/** @jest-environment jsdom */
import "./jsdom-shims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeServices, sampleStore } from "./pane-fixtures";

const OUTSIDE = { inExcel: false, language: "en-US" };
const IN_EXCEL = { inExcel: true, language: "en-US" };

describe("the shell", () => {
  it("lists documents per region with period, publication date and record counts", async () => {
    render(<App host={IN_EXCEL} services={fakeServices(sampleStore())} />);
    expect(await screen.findByText("测试经开区“十四五”规划")).toBeTruthy();
    const item = screen.getByText("测试经开区“十四五”规划").closest("li")!;
    expect(
      within(item).getByText("Five-year plan · Period 2021–2025 · Published 2021-06-01 · records: 5"),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Test Economic Zone" })).toBeTruthy();
    // Chinese text from the documents carries its language.
    expect(screen.getByText("测试经开区“十四五”规划").getAttribute("lang")).toBe("zh-CN");
  });

  it("has at most four sections, as tabs that arrow keys move between", async () => {
    render(
      <App
        host={IN_EXCEL}
        services={fakeServices(sampleStore())}
        extraTabs={[
          { id: "import", label: { en: "Import", zh: "导入" }, render: () => <p>import panel</p> },
          { id: "review", label: { en: "Review", zh: "核对" }, render: () => <p>review panel</p> },
        ]}
      />,
    );
    await screen.findByText("测试经开区“十四五”规划");
    const nav = screen.getByRole("tablist", { name: "Sections" });
    expect(
      within(nav)
        .getAllByRole("tab")
        .map((t) => t.textContent),
    ).toEqual(["Browse", "Workbook", "Import", "Review"]);
    const browse = within(nav).getByRole("tab", { name: "Browse" });
    fireEvent.keyDown(browse, { key: "ArrowRight" });
    expect(within(nav).getByRole("tab", { name: "Workbook", selected: true })).toBeTruthy();
    expect(document.activeElement).toBe(within(nav).getByRole("tab", { name: "Workbook" }));
    // The workbook section holds the formula builder and the sheets behind a second row of tabs.
    const parts = await screen.findByRole("tablist", { name: "Workbook" });
    expect(
      within(parts)
        .getAllByRole("tab")
        .map((t) => t.textContent),
    ).toEqual(["Formula", "Sheets", "Dashboard"]);
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(await screen.findByText("review panel")).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Review" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Import" }));
    expect(screen.getByText("import panel")).toBeTruthy();
  });

  it("outside Excel explains where it runs and still lets the user browse", async () => {
    render(<App host={OUTSIDE} services={fakeServices(sampleStore())} />);
    expect(screen.getByText(/This add-in runs inside Excel/)).toBeTruthy();
    expect(await screen.findByText("测试经开区“十四五”规划")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Workbook" }));
    fireEvent.click(await screen.findByRole("tab", { name: "Sheets" }));
    const load = await screen.findByRole("button", { name: "Load into worksheets" });
    expect((load as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Loading into worksheets needs Excel.")).toBeTruthy();
  });

  it("says what went wrong in the user's words and retries", async () => {
    let calls = 0;
    const store = sampleStore();
    const services = fakeServices(store, {
      loadStore: () =>
        ++calls === 1 ? Promise.reject(new Error("HTTP 404 Not Found")) : Promise.resolve(store),
    });
    render(<App host={OUTSIDE} services={services} />);
    expect(await screen.findByText(/The indicators could not be loaded. Check the connection/)).toBeTruthy();
    expect(screen.getByText("Details: HTTP 404 Not Found")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("测试经开区“十四五”规划")).toBeTruthy();
  });

  it("follows Office's display language and switches language on request", async () => {
    const services = fakeServices(sampleStore());
    render(<App host={{ inExcel: true, language: "zh-CN" }} services={services} />);
    expect(await screen.findByRole("tab", { name: "浏览" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English：将界面切换为英文" }));
    expect(screen.getByRole("tab", { name: "Browse" })).toBeTruthy();
    expect(services.readPreference("language")).toBe("en");
  });

  it("gathers missing requirement sets into one compact notice", async () => {
    const services = fakeServices(sampleStore(), {
      requirements: () => ({
        available: new Set(["insertFormula", "customFunctions"]),
        missing: [
          { feature: "loadSheets", set: "ExcelApi", version: "1.12" },
          { feature: "statusColours", set: "ExcelApi", version: "1.6" },
        ],
      }),
    });
    render(<App host={IN_EXCEL} services={services} />);
    expect(
      screen.getByText(
        "This Excel lacks some features: Loading into worksheets, Status colours. Update Excel to use them.",
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole("status").filter((s) => /lacks/.test(s.textContent ?? ""))).toHaveLength(1);
    fireEvent.click(await screen.findByRole("tab", { name: "Workbook" }));
    fireEvent.click(await screen.findByRole("tab", { name: "Sheets" }));
    const load = await screen.findByRole("button", { name: "Load into worksheets" });
    expect((load as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows a first-run card until dismissed, a help link and the version under About", async () => {
    const services = fakeServices(sampleStore());
    services.writePreference("firstRunDone", "");
    const { unmount } = render(<App host={IN_EXCEL} services={services} />);
    expect(screen.getByRole("heading", { name: "Welcome to Plan Indicators" })).toBeTruthy();
    expect(screen.getAllByRole("listitem").length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole("link", { name: /Help/ }).getAttribute("href")).toBe("help.html");
    expect(screen.getByText("About").closest("details")!.textContent).toMatch(
      /Plan Indicators \d+\.\d+\.\d+/,
    );
    fireEvent.click(screen.getByRole("button", { name: "Got it" }));
    expect(screen.queryByRole("heading", { name: "Welcome to Plan Indicators" })).toBeNull();
    unmount();
    render(<App host={IN_EXCEL} services={services} />);
    await screen.findByText("测试经开区“十四五”规划");
    expect(screen.queryByRole("heading", { name: "Welcome to Plan Indicators" })).toBeNull();
  });

  it("uses the dark theme's background for the page itself (no white frame)", async () => {
    render(<App host={{ ...IN_EXCEL, dark: true }} services={fakeServices(sampleStore())} />);
    await screen.findByText("测试经开区“十四五”规划");
    await waitFor(() => expect(document.body.style.backgroundColor).not.toBe(""));
    expect(document.body.style.backgroundColor).not.toMatch(/255, 255, 255/);
    await act(async () => undefined);
  });
});
