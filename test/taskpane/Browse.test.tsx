/** @jest-environment jsdom */
import "./jsdom-shims";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeServices, sampleStore } from "./pane-fixtures";

const IN_EXCEL = { inExcel: true, language: "en-US" };

async function openBrowse(withLexicon = false, services = fakeServices(sampleStore(withLexicon))) {
  render(<App host={IN_EXCEL} services={services} />);
  await screen.findByText("测试经开区“十四五”规划");
  return screen.getByRole("searchbox") as HTMLInputElement;
}

const results = () => within(screen.getAllByRole("list").at(-1)!).queryAllByRole("listitem");

describe("search", () => {
  it("is an <input type=search>", async () => {
    expect((await openBrowse()).type).toBe("search");
  });

  it.each([
    ["Chinese name", "研发投入"],
    ["English name, any case", "r&d INTENSITY"],
    ["id", "rd-intensity"],
  ])("finds an indicator by %s", async (_what, query) => {
    fireEvent.change(await openBrowse(), { target: { value: query } });
    await waitFor(() => expect(screen.getByRole("button", { name: /R&D intensity/ })).toBeTruthy());
    expect(screen.queryByRole("button", { name: /^GDP/ })).toBeNull();
  });

  it.each([
    ["a typo", "GPD"],
    ["traditional characters", "地區生產總值"],
    ["pinyin initials", "dqsczz"],
    ["full pinyin", "diqushengchan"],
  ])("forgives %s (%s finds 地区生产总值)", async (_what, query) => {
    fireEvent.change(await openBrowse(true), { target: { value: query } });
    await waitFor(() => expect(screen.getByRole("button", { name: /Gross regional product/ })).toBeTruthy(), {
      timeout: 4000,
    });
  });

  it("ranks exact matches first and shows the lexicon's names", async () => {
    const box = await openBrowse(true);
    for (const query of ["经济总量", "ＧＤＰ"]) {
      fireEvent.change(box, { target: { value: query } });
      await waitFor(() => expect(results()[0]!.textContent).toMatch(/^Gross regional product/));
    }
  });

  it("never shows a generated id; unknown indicators go by their wording", async () => {
    fireEvent.change(await openBrowse(), { target: { value: "点击" } });
    await waitFor(() => expect(results()).toHaveLength(1));
    expect(document.body.textContent).not.toMatch(/x-evil/);
  });

  it("offers a region named in the query and filters to it", async () => {
    fireEvent.change(await openBrowse(), { target: { value: "elsewh" } });
    fireEvent.click(await screen.findByRole("button", { name: /Region: 别处市 \(Elsewhere\)/ }));
    await waitFor(() =>
      expect(results().map((li) => li.textContent)).toEqual([expect.stringMatching(/^GDP/)]),
    );
  });

  it("opens the best match on Enter", async () => {
    const box = await openBrowse();
    fireEvent.change(box, { target: { value: "rd-intensity" } });
    await screen.findByRole("button", { name: /R&D intensity/ });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(await screen.findByRole("heading", { name: "R&D intensity" })).toBeTruthy();
  });

  it("says when nothing matches, with what to try", async () => {
    fireEvent.change(await openBrowse(), { target: { value: "no such thing" } });
    expect(await screen.findByText(/No indicator matches “no such thing”. Try fewer words/)).toBeTruthy();
  });
});

describe("browse by", () => {
  it("region, from the documents list, until the filters are cleared", async () => {
    await openBrowse();
    fireEvent.click(screen.getByRole("button", { name: "Indicators of this region → Elsewhere" }));
    await waitFor(() =>
      expect(results().map((li) => li.textContent)).toEqual([expect.stringMatching(/^GDP/)]),
    );
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(await screen.findByText("测试经开区“十四五”规划")).toBeTruthy();
  });

  it("category, plan type, period and document", async () => {
    await openBrowse();
    for (const label of ["Region", "Plan type", "Period", "Document"]) {
      // A facet with a single choice is not offered; the others are selects.
      const select = screen.queryByLabelText(label);
      if (select) expect(select.tagName).toBe("SELECT");
    }
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "test-zone" } });
    await waitFor(() => expect(results()).toHaveLength(3));
  });
});

describe("an indicator's provenance", () => {
  async function openRd(services = fakeServices(sampleStore())) {
    fireEvent.change(await openBrowse(false, services), { target: { value: "研发" } });
    fireEvent.click(await screen.findByRole("button", { name: /R&D intensity/ }));
  }

  it("shows value, kind, measure and period in one format, with confidence and the source", async () => {
    await openRd();
    expect(screen.getByRole("heading", { name: "R&D intensity" })).toBeTruthy();
    expect(screen.getByText("2025 · target · level: about 2.5%")).toBeTruthy();
    expect(screen.getByText("table · confidence 90%")).toBeTruthy();
    expect(screen.getByText("测试经开区“十四五”规划").closest("span")!.getAttribute("lang")).toBe("zh-CN");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "R&D intensity" }));
    fireEvent.click(screen.getByRole("button", { name: /Back to the list/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("searchbox")));
  });

  it("marks the value in the passage and shows a table row as a small table", async () => {
    const store = sampleStore();
    // The cells of one table row share the row's passage.
    for (const r of store.dataset.records.filter((r) => r.id.startsWith("gdp-")))
      Object.assign(r, { start: 10, end: 30 });
    fireEvent.change(await openBrowse(false, fakeServices(store)), { target: { value: "地区生产总值" } });
    fireEvent.click(await screen.findByRole("button", { name: /^GDP/ }));
    const quotes = screen.getAllByLabelText("Source passage");
    expect(quotes[0]!.querySelector("mark")!.textContent).toBe("239.5");
    expect(screen.getAllByRole("table", { name: "Table row" }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(
      expect.arrayContaining(["2020 actual", "2025 target"]),
    );
  });

  it("reads the sentence around the passage and its section heading from the document", async () => {
    const text = `第二章 发展目标\n${"x".repeat(5)}到2025年，研发投入强度达到2.5%左右。其他。`;
    const start = text.indexOf("研发投入强度");
    const store = sampleStore();
    const rd = store.dataset.records.find((r) => r.id === "rd-2025")!;
    Object.assign(rd, { start, end: start + "研发投入强度达到2.5%左右".length });
    const services = fakeServices(store, { documentText: jest.fn(async () => text) });
    await openRd(services);
    fireEvent.click(screen.getByRole("button", { name: "Read the passage in the document" }));
    await screen.findByText("第二章 发展目标");
    const quote = screen.getByLabelText("Source passage");
    expect(quote.textContent).toBe("xxxxx到2025年，研发投入强度达到2.5%左右。");
    expect(quote.querySelector("mark")!.textContent).toBe("2.5");
  });

  it("draws the planned path from base to target", async () => {
    fireEvent.change(await openBrowse(), { target: { value: "地区生产总值" } });
    fireEvent.click(await screen.findByRole("button", { name: /^GDP/ }));
    expect(
      screen.getByText(
        "Test Economic Zone: from 239.5 (100 million yuan) in 2020 to 500 (100 million yuan) in 2025.",
      ),
    ).toBeTruthy();
  });

  it("adds the actuals typed into the workbook's sheet to the chart", async () => {
    const services = fakeServices(sampleStore(), {
      workbookActuals: jest.fn(async (regionId: string) =>
        regionId === "test-zone" ? [{ year: 2023, value: 400 }] : [],
      ),
    });
    fireEvent.change(await openBrowse(false, services), { target: { value: "地区生产总值" } });
    fireEvent.click(await screen.findByRole("button", { name: /^GDP/ }));
    expect(
      await screen.findByText(/actual: 2020 239.5 \(100 million yuan\), 2023 400 \(100 million yuan\)/),
    ).toBeTruthy();
    expect(services.workbookActuals).toHaveBeenCalledWith("test-zone", "gdp");
  });
});
