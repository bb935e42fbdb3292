/** @jest-environment jsdom */
import "./jsdom-shims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeServices, sampleStore } from "./pane-fixtures";

const IN_EXCEL = { inExcel: true, language: "en-US" };

async function openSheets(services: ReturnType<typeof fakeServices>) {
  render(<App host={IN_EXCEL} services={services} />);
  fireEvent.click(await screen.findByRole("tab", { name: "Workbook" }));
  fireEvent.click(await screen.findByRole("tab", { name: "Sheets" }));
  await screen.findByRole("button", { name: "Load into worksheets" });
}

describe("refresh and share", () => {
  it("refreshes the sheets loaded before and says when", async () => {
    const services = fakeServices(sampleStore(), {
      loadIntoSheets: jest.fn(async (_s, ids: string[]) =>
        ids.map((regionId) => ({
          regionId,
          sheetName: regionId,
          tableName: "T",
          created: true,
          rows: 1,
          updated: 0,
          added: 1,
          removed: 0,
        })),
      ),
    });
    await openSheets(services);
    expect(screen.getByText("Not refreshed in this session yet.")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Refresh loaded sheets" })));
    expect(screen.getByText("No sheet has been loaded yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /Elsewhere/ }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Load into worksheets" })));
    expect(screen.getByText(/^Last refreshed /)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Refresh loaded sheets" })));
    expect((services.loadIntoSheets as jest.Mock).mock.calls[1][1]).toEqual(["test-zone"]);
    expect(screen.getByText("Refreshed 1 sheets.")).toBeTruthy();
  });

  it("refreshes the region sheets the workbook holds, also when this pane never loaded them", async () => {
    const written = jest.fn(async (_s, ids: string[]) =>
      ids.map((regionId) => ({
        regionId,
        sheetName: regionId,
        tableName: "T",
        created: false,
        rows: 1,
        updated: 1,
        added: 0,
        removed: 0,
      })),
    );
    // a workbook loaded on a colleague's computer: its markers name the regions (one no longer known)
    const services = fakeServices(sampleStore(), {
      loadIntoSheets: written,
      loadedRegions: jest.fn(async () => ["test-zone", "gone-region"]),
    });
    await openSheets(services);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Refresh loaded sheets" })));
    expect(written.mock.calls[0][1]).toEqual(["test-zone"]);
    expect(screen.getByText("Refreshed 1 sheets.")).toBeTruthy();
  });

  it("falls back on the regions loaded from this pane when the markers cannot be read", async () => {
    const services = fakeServices(sampleStore(), {
      loadIntoSheets: jest.fn(async () => []),
      loadedRegions: jest.fn(async () => Promise.reject(new Error("ExcelApi 1.12 missing"))),
    });
    await openSheets(services);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Refresh loaded sheets" })));
    expect(screen.getByText("No sheet has been loaded yet.")).toBeTruthy();
  });

  it("converts PLAN formulas to values after a confirmation", async () => {
    const convert = jest.fn(async () => 12);
    await openSheets(fakeServices(sampleStore(), { convertFormulasToValues: convert }));
    fireEvent.click(screen.getByRole("button", { name: "Convert PLAN formulas to values" }));
    expect(screen.getByText(/Save a copy first/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(convert).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Convert PLAN formulas to values" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Convert" })));
    expect(convert).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Converted 12 PLAN formulas to values.")).toBeTruthy();
  });

  it("says so when converting is not wired in this build", async () => {
    await openSheets(fakeServices(sampleStore(), { convertFormulasToValues: undefined }));
    fireEvent.click(screen.getByRole("button", { name: "Convert PLAN formulas to values" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Convert" })));
    expect(
      screen.getByText("Converting formulas is not available in this version of the add-in."),
    ).toBeTruthy();
  });
});
