/** @jest-environment jsdom */
import "./jsdom-shims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeServices, sampleStore } from "./pane-fixtures";

const OUTSIDE = { inExcel: false, language: "en-US" };
const IN_EXCEL = { inExcel: true, language: "en-US" };

beforeEach(() => localStorage.clear());

describe("browse", () => {
  it("lists documents per region with period, publication date and record counts", async () => {
    const store = sampleStore();
    render(<App host={IN_EXCEL} services={fakeServices(store)} />);
    expect(await screen.findByText("测试经开区“十四五”规划")).toBeTruthy();
    const item = screen.getByText("测试经开区“十四五”规划").closest("li")!;
    expect(
      within(item).getByText("Five-year plan · Period 2021–2025 · Published 2021-06-01 · records: 5"),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Test Economic Zone" })).toBeTruthy();
    expect(screen.getByText(/Documents: 1 · records: 5/)).toBeTruthy();
  });

  it("outside Excel explains where it runs and still lets the user browse", async () => {
    render(<App host={OUTSIDE} services={fakeServices(sampleStore())} />);
    expect(screen.getByText(/This add-in runs inside Excel/)).toBeTruthy();
    expect(await screen.findByText("测试经开区“十四五”规划")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Load into sheets" }));
    expect((screen.getByRole("button", { name: "Load into worksheets" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByText("Loading into worksheets needs Excel.")).toBeTruthy();
  });

  it("shows an error when the data cannot be loaded", async () => {
    const services = fakeServices(sampleStore(), {
      loadStore: () => Promise.reject(new Error("HTTP 404 Not Found")),
    });
    render(<App host={OUTSIDE} services={services} />);
    expect(await screen.findByText(/The indicators could not be loaded: HTTP 404 Not Found/)).toBeTruthy();
  });

  it("follows Office's display language and switches language on request", async () => {
    render(<App host={{ inExcel: true, language: "zh-CN" }} services={fakeServices(sampleStore())} />);
    expect(await screen.findByRole("tab", { name: "浏览" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English：将界面切换为英文" }));
    expect(screen.getByRole("tab", { name: "Browse" })).toBeTruthy();
    expect(localStorage.getItem("planIndicators.language")).toBe("en");
  });

  it("says which feature is unavailable when the host lacks a requirement set", async () => {
    const services = fakeServices(sampleStore(), {
      requirements: () => ({
        available: new Set(["insertFormula", "customFunctions", "statusColours"]),
        missing: [{ feature: "loadSheets", set: "ExcelApi", version: "1.12" }],
      }),
    });
    render(<App host={IN_EXCEL} services={services} />);
    expect(
      screen.getByText(
        "Loading into worksheets is not available: this version of Excel lacks ExcelApi 1.12.",
      ),
    ).toBeTruthy();
    fireEvent.click(await screen.findByRole("tab", { name: "Load into sheets" }));
    expect((screen.getByRole("button", { name: "Load into worksheets" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});

describe("browse → indicators of a region", () => {
  it("lists only the region's indicators until the filter is cleared", async () => {
    render(<App host={IN_EXCEL} services={fakeServices(sampleStore())} />);
    fireEvent.click(await screen.findByRole("button", { name: "Indicators of this region → Elsewhere" }));
    expect(screen.getByRole("tab", { name: "Indicators", selected: true })).toBeTruthy();
    expect(screen.getByText("Region: 别处市 (Elsewhere)")).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^GDP/),
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Show all regions" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });
});

describe("extra sections", () => {
  it("shows tabs added by the entry point with the current store and language", async () => {
    const store = sampleStore();
    const render_ = jest.fn(({ lang, store: s }) => <p>{`import ${lang} ${s.dataset.records.length}`}</p>);
    render(
      <App
        host={IN_EXCEL}
        services={fakeServices(store)}
        extraTabs={[{ id: "import", label: { en: "Import", zh: "导入" }, render: render_ }]}
      />,
    );
    fireEvent.click(await screen.findByRole("tab", { name: "Import" }));
    expect(screen.getByText(`import en ${store.dataset.records.length}`)).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Import" })).toBeTruthy();
  });
});

describe("search and detail", () => {
  async function openSearch() {
    render(<App host={IN_EXCEL} services={fakeServices(sampleStore())} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Indicators" }));
    return screen.getByRole("searchbox");
  }

  it.each([
    ["Chinese name", "研发投入"],
    ["English name, any case", "r&d INTENSITY"],
    ["id", "rd-intensity"],
  ])("finds an indicator by %s", async (_what, query) => {
    const box = await openSearch();
    fireEvent.change(box, { target: { value: query } });
    await waitFor(() => expect(screen.getByRole("button", { name: /R&D intensity/ })).toBeTruthy());
    expect(screen.queryByRole("button", { name: /^GDP/ })).toBeNull();
  });

  it("finds an indicator by a lexicon synonym and code, showing the lexicon's names", async () => {
    render(<App host={IN_EXCEL} services={fakeServices(sampleStore(true))} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Indicators" }));
    for (const query of ["经济总量", "ＧＤＰ"]) {
      fireEvent.change(screen.getByRole("searchbox"), { target: { value: query } });
      await waitFor(() =>
        expect(screen.getByRole("button", { name: /Gross regional product/ })).toBeTruthy(),
      );
      // Exact matches rank before names that merely contain the query (R&D … share of GDP).
      expect(screen.getAllByRole("listitem")[0]!.textContent).toMatch(/^Gross regional product/);
    }
  });

  it("opens the best match on Enter", async () => {
    const box = await openSearch();
    fireEvent.change(box, { target: { value: "rd-intensity" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(await screen.findByRole("heading", { name: "研发投入强度" })).toBeTruthy();
  });

  it("says when nothing matches", async () => {
    const box = await openSearch();
    fireEvent.change(box, { target: { value: "no such thing" } });
    expect(await screen.findByText("No indicator matches “no such thing”.")).toBeTruthy();
  });

  it("opens an indicator with its records and quoted source passages", async () => {
    const box = await openSearch();
    fireEvent.change(box, { target: { value: "研发" } });
    fireEvent.click(await screen.findByRole("button", { name: /R&D intensity/ }));
    expect(screen.getByRole("heading", { name: "研发投入强度" })).toBeTruthy();
    expect(screen.getByText(/2025 · target · level: about 2.5%/)).toBeTruthy();
    expect(screen.getByLabelText("Source passage").textContent).toBe("地区生产总值(亿元)239.5≥500");
    expect(screen.getByText("From 测试经开区“十四五”规划")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "研发投入强度" }));
    fireEvent.click(screen.getByRole("button", { name: /Back to the list/ }));
    expect(document.activeElement).toBe(screen.getByRole("searchbox"));
  });
});

describe("insert a formula", () => {
  async function openGdp(services: ReturnType<typeof fakeServices>, host = IN_EXCEL) {
    render(<App host={host} services={services} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Indicators" }));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "地区生产总值" } });
    fireEvent.click(await screen.findByRole("button", { name: /^GDP/ }));
  }

  it("inserts the chosen function at the selected cell and says where", async () => {
    const services = fakeServices(sampleStore());
    await openGdp(services);
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "TARGET" } });
    fireEvent.change(screen.getByLabelText("Year"), { target: { value: "2025" } });
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert at the selected cell" })),
    );
    expect(services.insertFormula).toHaveBeenCalledWith('=PLAN.TARGET("Testzone","gdp",2025)');
    expect(screen.getByText('Inserted =PLAN.TARGET("Testzone","gdp",2025) in Sheet1!B2.')).toBeTruthy();
  });

  it("drops the year for functions that take none", async () => {
    const services = fakeServices(sampleStore());
    await openGdp(services);
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "BASEVALUE" } });
    expect(screen.queryByLabelText("Year")).toBeNull();
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert at the selected cell" })),
    );
    expect(services.insertFormula).toHaveBeenCalledWith('=PLAN.BASEVALUE("Testzone","gdp")');
  });

  it("reports a failed insert", async () => {
    const services = fakeServices(sampleStore(), {
      insertFormula: jest.fn(async () => {
        throw new Error("The selection is a chart");
      }),
    });
    await openGdp(services);
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert at the selected cell" })),
    );
    expect(screen.getByText("Could not insert the formula: The selection is a chart")).toBeTruthy();
  });

  it("outside Excel shows the formula without an insert button", async () => {
    await openGdp(fakeServices(sampleStore()), OUTSIDE);
    expect(screen.queryByRole("button", { name: "Insert at the selected cell" })).toBeNull();
    expect(screen.getByText(/=PLAN\.TARGET\("Testzone","gdp",\d{4}\)/)).toBeTruthy();
  });
});
