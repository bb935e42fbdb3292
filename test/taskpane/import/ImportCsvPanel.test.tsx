/** @jest-environment jsdom */
import "./jsdom-shim";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { INDICATORS, matchIndicator } from "../../../src/extract/lexicon";
import {
  emptyUserData,
  putImportedRecords,
  serializeUserData,
  type UserData,
} from "../../../src/model/corrections";
import { PlanStore } from "../../../src/model/store";
import { ImportCsvPanel } from "../../../src/taskpane/import/ImportCsvPanel";
import type { Language } from "../../../src/taskpane/strings";

const store = new PlanStore(
  {
    version: 1,
    documents: [],
    regions: [{ id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["Luohe", "漯河"] }],
    records: [],
  },
  { lexicon: INDICATORS, matchIndicator },
);

const MIXED =
  "\ufeff地区\t指标\t年份\t数值\n漯河\tGDP\t2023\t1812.5\nLuohee\tGDP\t2024\t约100\n漯河\tFAI\t2024\t900\n";

function pick(text: string, name = "actuals.csv") {
  const file = new File([text], name, { type: "text/csv" });
  fireEvent.change(screen.getByLabelText(/^CSV file|^CSV 文件/), { target: { files: [file] } });
}

function setup(user: UserData, onApply = jest.fn(), lang: Language = "en") {
  render(<ImportCsvPanel lang={lang} resolver={store} user={user} onApply={onApply} />);
  return onApply;
}

test("preview: mapping, summary, rows by line and each error with its reason", async () => {
  setup(emptyUserData());
  pick(MIXED);
  await screen.findByText("2 valid rows, 1 with errors (tab-separated).");
  // every column is recognised: no question is asked, the reading is stated
  expect(screen.queryByLabelText("Region")).toBeNull();
  expect(
    screen.getByText("Recognised: Region = 地区, Indicator = 指标, Year = 年份, Value = 数值."),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Show all columns" }));
  expect((screen.getByLabelText("Region") as HTMLSelectElement).value).toBe("0");
  expect((screen.getByLabelText("Unit") as HTMLSelectElement).value).toBe("-1");
  const errors = within(screen.getByRole("region", { name: "Rows with errors" })).getAllByRole("listitem");
  expect(errors.map((li) => li.textContent)).toEqual([
    'line 3: region: "Luohee" is not a known region. Did you mean 漯河市 (luohe)?',
    'line 3: value: "约100" is text where a number belongs',
  ]);
  expect(screen.getByText("⚠ 3")).toBeTruthy();
});

test("a file with errors changes nothing; 'only the valid rows' imports those", async () => {
  const before = putImportedRecords(emptyUserData(), []);
  const frozen = serializeUserData(before);
  const onApply = setup(before);
  pick(MIXED);
  fireEvent.click(await screen.findByRole("button", { name: "Import" }));
  await screen.findByText(/1 row\(s\) have errors; nothing was imported/);
  expect(onApply).not.toHaveBeenCalled();
  expect(serializeUserData(before)).toBe(frozen);

  fireEvent.click(screen.getByLabelText("Import only the valid rows"));
  fireEvent.click(screen.getByRole("button", { name: "Import" }));
  await screen.findByText("Imported 2 records; 1 rows skipped.");
  expect(onApply).toHaveBeenCalledTimes(1);
  const [next, summary] = onApply.mock.calls[0] as [
    UserData,
    { added: number; skipped: number; records: unknown[] },
  ];
  expect(summary.records).toEqual(next.importedRecords);
  expect(summary).toMatchObject({ added: 2, skipped: 1 });
  expect(next.importedRecords.map((r) => [r.indicator_id, r.kind, r.year, r.value])).toEqual([
    ["gdp", "actual", 2023, 1812.5],
    ["fixed-asset-investment", "actual", 2024, 900],
  ]);
});

test("the user can remap a column and choose the kind of rows", async () => {
  const onApply = setup(emptyUserData());
  pick("where,what,when,how much\n漯河,GDP,2025,2000\n", "targets.csv");
  await screen.findByText("Map a column to: Region, Indicator, Year, Value");
  const map = (label: string, index: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value: index } });
  map("Region", "0");
  map("Indicator", "1");
  map("Year", "2");
  map("Value", "3");
  fireEvent.change(screen.getByLabelText("Rows without a kind column are"), { target: { value: "target" } });
  await screen.findByText("1 valid rows, 0 with errors (comma-separated).");
  fireEvent.click(screen.getByRole("button", { name: "Import" }));
  await waitFor(() => expect(onApply).toHaveBeenCalled());
  expect((onApply.mock.calls[0][0] as UserData).importedRecords[0]).toMatchObject({
    kind: "target",
    value: 2000,
  });
});

test("when the parent cannot store the result, the error is shown", async () => {
  setup(emptyUserData(), jest.fn().mockRejectedValue(new Error("save failed")));
  pick("地区,指标,年份,数值\n漯河,GDP,2023,1\n");
  fireEvent.click(await screen.findByRole("button", { name: "Import" }));
  await screen.findByText("The records could not be stored: save failed. Your data is unchanged.");
});

test("only the columns that need a decision are asked about; two columns of one name are refused", async () => {
  setup(emptyUserData());
  pick("地区,指标,年份,数值,数值\n漯河,GDP,2023,1,2\n");
  await screen.findByText(/header: columns 4, 5 are both named "数值"/);
  expect(screen.getByLabelText("Value")).toBeTruthy();
  expect(screen.queryByLabelText("Region")).toBeNull();
  expect(screen.queryByLabelText("Import only the valid rows")).toBeNull();
});

test("a semicolon file in Chinese: summary, errors and refusal in Chinese; no 'valid rows only' without valid rows", async () => {
  const onApply = setup(emptyUserData(), jest.fn(), "zh");
  pick("地区;指标;年份;数值\n漯河;GDP;2023;x\n");
  await screen.findByText("0 行有效，1 行有错误（分号分隔）。");
  expect(screen.getByText("第 2 行：value: “x”不是数值")).toBeTruthy();
  expect(screen.queryByLabelText("仅导入有效行")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "导入" }));
  await screen.findByText("文件中没有有效的行，未导入任何内容。");
  expect(onApply).not.toHaveBeenCalled();
});
