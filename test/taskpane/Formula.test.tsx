/** @jest-environment jsdom */
import "./jsdom-shims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeServices, sampleStore } from "./pane-fixtures";

const OUTSIDE = { inExcel: false, language: "en-US" };
const IN_EXCEL = { inExcel: true, language: "en-US" };

async function openBuilder(services = fakeServices(sampleStore()), host = IN_EXCEL) {
  render(<App host={host} services={services} />);
  fireEvent.click(await screen.findByRole("tab", { name: "Workbook" }));
  fireEvent.click(await screen.findByRole("tab", { name: "Formula" }));
  await screen.findByRole("heading", { name: "Build a PLAN formula" });
  fireEvent.change(screen.getByLabelText("Indicator"), { target: { value: "gdp" } });
  fireEvent.change(screen.getByLabelText("Region"), { target: { value: "test-zone" } });
  return services;
}

const optionsOf = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("formula builder", () => {
  it("offers only the years the function can answer and previews the value", async () => {
    await openBuilder();
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "TARGET" } });
    expect(optionsOf("Year")).toEqual(["2025"]);
    expect(screen.getByText("Result: 500 (100 million yuan)")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "ACTUAL" } });
    expect(optionsOf("Year")).toEqual(["2020"]);
    expect(screen.getByText("Result: 239.5 (100 million yuan)")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "PLANNED" } });
    expect(optionsOf("Year")).toEqual(["2025", "2024", "2023", "2022", "2021", "2020"]);
    fireEvent.change(screen.getByLabelText("Year"), { target: { value: "2023" } });
    expect(screen.getByText("Result: 372.48 (100 million yuan)")).toBeTruthy();
  });

  it("shows the exact error a formula would return", async () => {
    await openBuilder();
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "TARGETGROWTH" } });
    expect(screen.getByText(/^Result: #N\/A .*高于全市平均水平/)).toBeTruthy();
  });

  it("inserts at the selected cell and announces where", async () => {
    const services = await openBuilder();
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "TARGET" } });
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert at the selected cell" })),
    );
    expect(services.insertFormula).toHaveBeenCalledWith('=PLAN.TARGET("Testzone","地区生产总值",2025)');
    const status = screen.getAllByRole("status").find((s) => /Inserted/.test(s.textContent ?? ""))!;
    expect(status.textContent).toBe('Inserted =PLAN.TARGET("Testzone","地区生产总值",2025) in Sheet1!B2.');
  });

  it("drops the year for functions that take none", async () => {
    const services = await openBuilder();
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "BASEYEAR" } });
    expect(screen.queryByLabelText("Year")).toBeNull();
    expect(screen.getByText("Result: 2020")).toBeTruthy();
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert at the selected cell" })),
    );
    expect(services.insertFormula).toHaveBeenCalledWith('=PLAN.BASEYEAR("Testzone","地区生产总值")');
  });

  it("fills a block across regions or years", async () => {
    const services = await openBuilder();
    fireEvent.change(screen.getByLabelText("Function"), { target: { value: "PLANNED" } });
    fireEvent.change(screen.getByLabelText("Fill a block"), { target: { value: "years" } });
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert 6 formulas from the selected cell" })),
    );
    const block = (services.insertFormulas as jest.Mock).mock.calls[0][0] as string[][];
    expect(block).toHaveLength(1);
    expect(block[0]![0]).toBe('=PLAN.PLANNED("Testzone","地区生产总值",2020)');
    expect(block[0]![5]).toBe('=PLAN.PLANNED("Testzone","地区生产总值",2025)');
    fireEvent.change(screen.getByLabelText("Fill a block"), { target: { value: "regions" } });
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert 2 formulas from the selected cell" })),
    );
    expect((services.insertFormulas as jest.Mock).mock.calls[1][0]).toEqual([
      ['=PLAN.PLANNED("Testzone","地区生产总值",2025)'],
      ['=PLAN.PLANNED("Elsewhere","地区生产总值",2025)'],
    ]);
  });

  it("reopens the PLAN formula of the selected cell for editing", async () => {
    const services = fakeServices(sampleStore(), {
      readSelectedFormula: jest.fn(async () => ({
        address: "Sheet1!C3",
        formula: '=PLAN.ACTUAL("测试经开区","gdp",2020)',
      })),
    });
    await openBuilder(services);
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Edit the formula in the selected cell" })),
    );
    expect((screen.getByLabelText("Function") as HTMLSelectElement).value).toBe("ACTUAL");
    expect((screen.getByLabelText("Year") as HTMLSelectElement).value).toBe("2020");
    expect(screen.getByText(/Loaded =PLAN.ACTUAL\("测试经开区","gdp",2020\) from Sheet1!C3\./)).toBeTruthy();
  });

  it("reports a failed insert", async () => {
    const services = await openBuilder(
      fakeServices(sampleStore(), {
        insertFormula: jest.fn(async () => {
          throw new Error("The selection is a chart");
        }),
      }),
    );
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert at the selected cell" })),
    );
    expect(services.insertFormula).toHaveBeenCalled();
    expect(screen.getByText("Could not insert the formula: The selection is a chart")).toBeTruthy();
  });

  it("outside Excel offers a copy button instead of inserting", async () => {
    const services = await openBuilder(fakeServices(sampleStore()), OUTSIDE);
    expect(screen.queryByRole("button", { name: "Insert at the selected cell" })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy the formula" })));
    expect(services.copyText).toHaveBeenCalledWith('=PLAN.TARGET("Testzone","地区生产总值",2025)');
    expect(screen.getByText(/^Copied =PLAN.TARGET/)).toBeTruthy();
  });

  it("opens from an indicator's page with its region", async () => {
    render(<App host={IN_EXCEL} services={fakeServices(sampleStore())} />);
    fireEvent.change(await screen.findByRole("searchbox"), { target: { value: "研发" } });
    fireEvent.click(await screen.findByRole("button", { name: /R&D intensity/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Build a PLAN formula" }));
    expect(await screen.findByRole("tab", { name: "Formula", selected: true })).toBeTruthy();
    expect((screen.getByLabelText("Indicator") as HTMLSelectElement).value).toBe("rd-intensity");
  });
});
