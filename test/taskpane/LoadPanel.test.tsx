/**
 * @jest-environment jsdom
 *
 * Loading from the pane. The first test runs the real builder and adapter against the in-memory workbook
 * behind office-addin-mock's Excel global (Excel itself is not available in tests).
 */
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("../excel/office-manifest-shim"),
);

import "./jsdom-shims";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { headerOf } from "../../src/excel/columns";
import { App } from "../../src/taskpane/App";
import { type LoadOptions, defaultServices } from "../../src/taskpane/services";
import { FakeWorkbookState, installExcel } from "../excel/fake-workbook";
import { fakeServices, sampleStore } from "./pane-fixtures";

const IN_EXCEL = { inExcel: true, language: "en-US" };

async function openLoad(services: ReturnType<typeof fakeServices>) {
  render(<App host={IN_EXCEL} services={services} />);
  fireEvent.click(await screen.findByRole("tab", { name: "Workbook" }));
  fireEvent.click(await screen.findByRole("tab", { name: "Sheets" }));
  await screen.findByRole("button", { name: "Load into worksheets" });
}

describe("load into worksheets", () => {
  it("writes the chosen region into a new sheet and says what was written where", async () => {
    const wb = new FakeWorkbookState();
    installExcel(wb);
    const store = sampleStore();
    await openLoad(fakeServices(store, { loadIntoSheets: defaultServices.loadIntoSheets }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Elsewhere/ }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Load into worksheets" })));
    await waitFor(() => expect(screen.getByText("Test Economic Zone: new sheet, rows: 5")).toBeTruthy());
    expect(wb.sheets.map((s) => s.name)).toEqual(["Test Economic Zone"]);
    expect(wb.column("PlanInd_test_zone", headerOf("kind"))[0]!.value).toBe("actual");
    expect(wb.sheet("Test Economic Zone").cell(0, 0).value).toMatch(
      /^测试经济技术开发区 · Test Economic Zone — loaded \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
    );

    // Loading again merges into the same sheet.
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Load into worksheets" })));
    await waitFor(() =>
      expect(
        screen.getByText("Test Economic Zone: 5 updated, 0 added, 0 marked as no longer in the data"),
      ).toBeTruthy(),
    );
    expect(wb.sheets).toHaveLength(1);
  });

  it("shows progress while sheets are written", async () => {
    let finish: () => void = () => {};
    let options: LoadOptions | undefined;
    const loadIntoSheets = jest.fn(
      (_store: unknown, _ids: string[], o: LoadOptions) =>
        new Promise<never[]>((resolve) => {
          options = o;
          finish = () => resolve([]);
        }),
    );
    await openLoad(fakeServices(sampleStore(), { loadIntoSheets }));
    fireEvent.click(screen.getByRole("button", { name: "Load into worksheets" }));
    expect(await screen.findByText("Reading the workbook…")).toBeTruthy();
    expect(loadIntoSheets.mock.calls[0]![1]).toEqual(["test-zone", "other"]);
    act(() => options!.onProgress!(1, 2, "Sheet A"));
    expect(screen.getByText("Writing Sheet A (1 of 2)")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Load into worksheets" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await act(async () => finish());
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("reports a failed load and asks for a region when none is chosen", async () => {
    const loadIntoSheets = jest.fn(async () => {
      throw new Error("The workbook is protected");
    });
    await openLoad(fakeServices(sampleStore(), { loadIntoSheets }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Load into worksheets" })));
    expect(screen.getByText(/^Loading failed: The workbook is protected\. Close any cell/)).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "All regions" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Load into worksheets" })));
    expect(screen.getByText("Choose at least one region.")).toBeTruthy();
    expect(loadIntoSheets).toHaveBeenCalledTimes(1);
  });

  it("says which sheet could not be written and that the others were", async () => {
    const base = { tableName: "T", updated: 0, added: 0, removed: 0 };
    const loadIntoSheets = jest.fn(async () => [
      {
        ...base,
        regionId: "test-zone",
        sheetName: "Zone",
        created: false,
        rows: 0,
        skipped: "failed" as const,
        error: "The sheet is protected",
      },
      { ...base, regionId: "other", sheetName: "Elsewhere", created: true, rows: 1, added: 1 },
    ]);
    await openLoad(fakeServices(sampleStore(), { loadIntoSheets }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Load into worksheets" })));
    expect(
      screen.getByText("Zone: not written (The sheet is protected); the other sheets were"),
    ).toBeTruthy();
    expect(screen.getByText("Elsewhere: new sheet, rows: 1")).toBeTruthy();
  });

  it("exports the chosen regions' records as CSV with a byte-order mark", async () => {
    const blobs: Blob[] = [];
    const url = URL as unknown as { createObjectURL: (b: Blob) => string; revokeObjectURL: () => void };
    url.createObjectURL = (b: Blob) => {
      blobs.push(b);
      return "blob:csv";
    };
    url.revokeObjectURL = () => {};
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await openLoad(fakeServices(sampleStore(), { exportCsv: defaultServices.exportCsv }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Elsewhere/ }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Export records as CSV" })));
    expect(
      await screen.findByText(/Exported 5 records to plan-indicators-\d{4}-\d{2}-\d{2}\.csv\./),
    ).toBeTruthy();
    expect(click).toHaveBeenCalled();
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]!);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = Buffer.from(bytes).toString("utf8");
    expect(text).toContain("地区生产总值");
    expect(text).not.toContain("别处市");
  });
});
