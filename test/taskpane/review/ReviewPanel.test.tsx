/** @jest-environment jsdom */
import "../import/jsdom-shim";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import {
  applyUserDataWithReport,
  emptyUserData,
  removeCorrection,
  setCorrection,
  type Correction,
  type UserData,
} from "../../../src/model/corrections";
import type { Dataset, IndicatorRecord } from "../../../src/record";
import { ReviewPanel } from "../../../src/taskpane/review/ReviewPanel";
import { StringsContext, stringsFor } from "../../../src/taskpane/i18n";
import { makeRecord } from "../../fixtures/record";

function record(id: string, over: Partial<IndicatorRecord>): IndicatorRecord {
  return makeRecord(id, over);
}

const TEXT = "前言。到2025年，全市地区生产总值达到2,500亿元，一般公共预算收入增长8%。结尾。";
const BUILTIN: Dataset = {
  version: 1,
  documents: [],
  regions: [],
  records: [
    record("sure", {
      value: 8,
      unit: "%",
      measure: "growth",
      indicator: "一般公共预算收入",
      indicator_id: "public-budget-revenue",
      quote: "一般公共预算收入增长8%",
      start: 28,
      end: 40,
      confidence: 0.9,
    }),
    record("doubt", {
      value: 2500,
      quote: "全市地区生产总值达到2,500亿元",
      start: 10,
      end: 27,
      confidence: 0.4,
    }),
  ],
};

/** The parent as the App will be: holds UserData, applies it, stores decisions (here: in memory). */
function Harness({ failSave = false, initial = emptyUserData(), onChange = (_u: UserData) => undefined }) {
  const [user, setUser] = useState(initial);
  const report = applyUserDataWithReport(BUILTIN, user);
  const store = async (next: UserData) => {
    if (failSave) throw new Error("workbook locked");
    setUser(next);
    onChange(next);
  };
  return (
    <ReviewPanel
      records={report.dataset.records}
      corrections={user.corrections}
      orphans={report.orphans}
      documentText={(doc) => (doc === "plan" ? TEXT : undefined)}
      onCorrect={(c) => store(setCorrection(user, c))}
      onUndo={(id) => store(removeCorrection(user, id))}
      now={() => new Date("2026-02-02T00:00:00Z")}
    />
  );
}

const items = () => screen.getAllByRole("article");

test("low-confidence records come first, each with its passage and the value highlighted", () => {
  render(<Harness />);
  expect(items().map((a) => a.getAttribute("aria-label"))).toEqual([
    "地区生产总值, 漯河市, 2025",
    "一般公共预算收入, 漯河市, 2025",
  ]);
  const passage = within(items()[0]).getByLabelText("Source passage");
  expect(passage.textContent).toBe(
    "前言。到2025年，全市地区生产总值达到2,500亿元，一般公共预算收入增长8%。结尾。",
  );
  expect(passage.querySelector("mark")?.textContent).toBe("2,500");
  expect(within(items()[1]).getByLabelText("Source passage").querySelector("mark")?.textContent).toBe("8");
  expect(screen.getByText("2 to review · 0 reviewed · 2 records")).toBeTruthy();
});

test("accept: stored as a correction with a snapshot; the record keeps its place in the list", async () => {
  const changes: UserData[] = [];
  render(<Harness onChange={(u) => void changes.push(u)} />);
  fireEvent.click(within(items()[0]).getByRole("button", { name: /^Accept: / }));
  await screen.findByText("1 to review · 1 reviewed · 2 records");
  expect(changes[0].corrections).toEqual([
    {
      id: "doubt",
      at: "2026-02-02T00:00:00.000Z",
      action: "accept",
      snapshot: {
        doc: "plan",
        region: "漯河市",
        indicator: "地区生产总值",
        year: 2025,
        value: 2500,
        unit: "亿元",
      },
    },
  ]);
  expect(items()[0].getAttribute("aria-label")).toBe("地区生产总值, 漯河市, 2025");
  expect(within(items()[0]).getByText("Accepted")).toBeTruthy();
});

test("edit: bad input is explained; a valid edit stores only the changed fields and the data shows them", async () => {
  const changes: UserData[] = [];
  render(<Harness onChange={(u) => void changes.push(u)} />);
  fireEvent.click(within(items()[0]).getByRole("button", { name: /^Edit: / }));
  fireEvent.change(screen.getByLabelText("Value"), { target: { value: "约2500" } });
  fireEvent.click(screen.getByRole("button", { name: "Save" }));
  expect(screen.getByRole("alert").textContent).toBe("“约2500” is not a number.");
  fireEvent.change(screen.getByLabelText("Value"), { target: { value: "2600" } });
  fireEvent.change(screen.getByLabelText("Year"), { target: { value: "2026" } });
  fireEvent.change(screen.getByLabelText("Qualifier"), { target: { value: ">=" } });
  fireEvent.click(screen.getByRole("button", { name: "Save" }));
  await waitFor(() => expect(changes).toHaveLength(1));
  expect(changes[0].corrections[0]).toMatchObject({
    action: "edit",
    fields: { value: 2600, year: 2026, qualifier: ">=" },
  });
  expect(
    Object.keys((changes[0].corrections[0] as Extract<Correction, { action: "edit" }>).fields).sort(),
  ).toEqual(["qualifier", "value", "year"]);
  const edited = screen.getByRole("article", { name: "地区生产总值, 漯河市, 2026" });
  expect(within(edited).getByText(/· ≥ 2,600 \(100 million yuan\)$/)).toBeTruthy();
  expect(within(edited).getByText("Edited")).toBeTruthy();
  // the passage still highlights what the document wrote
  expect(within(edited).getByLabelText("Source passage").querySelector("mark")?.textContent).toBe("2,500");
});

test("reject removes the record from the data; it is listed and can be restored", async () => {
  render(<Harness />);
  fireEvent.click(within(items()[0]).getByRole("button", { name: /^Reject: / }));
  await waitFor(() => expect(items()).toHaveLength(1));
  expect(screen.getByText("Rejected records (1)")).toBeTruthy();
  // the reject is said, with an undo at hand
  expect(await screen.findByText(/Rejected: 地区生产总值, 漯河市, 2025/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: /^Undo: 漯河市 · 地区生产总值 · 2025/ }));
  await waitFor(() => expect(items()).toHaveLength(2));
});

test("a failed save is shown and the data stays as it was", async () => {
  render(<Harness failSave />);
  fireEvent.click(within(items()[0]).getByRole("button", { name: /^Reject: / }));
  await screen.findByText("The change could not be saved: workbook locked");
  expect(items()).toHaveLength(2);
});

test("corrections whose record vanished are listed, kept, and can be removed", async () => {
  const orphan: Correction = {
    id: "gone",
    at: "2026-01-01T00:00:00.000Z",
    action: "edit",
    fields: { value: 1 },
    snapshot: { doc: "old", region: "漯河市", indicator: "常住人口", year: 2025, value: 280, unit: "万人" },
  };
  render(<Harness initial={setCorrection(emptyUserData(), orphan)} />);
  expect(screen.getByText("Corrections whose record is no longer in the data (1)")).toBeTruthy();
  expect(screen.getByText(/^漯河市 · 常住人口 · 2025 · 280 .*\(old\) \(Edited\)/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: /^Remove: 漯河市 · 常住人口/ }));
  await waitFor(() => expect(screen.queryByText(/no longer in the data/)).toBeNull());
});

test("without a lang prop it follows the pane's language: values, actions and qualifiers in Chinese", () => {
  const orphan: Correction = {
    id: "gone",
    at: "2026-01-01T00:00:00.000Z",
    action: "edit",
    fields: { value: 1 },
    snapshot: { doc: "old", region: "漯河市", indicator: "常住人口", year: 2025, value: 280, unit: "万人" },
  };
  render(
    <StringsContext.Provider value={stringsFor("zh")}>
      <Harness initial={setCorrection(emptyUserData(), orphan)} />
    </StringsContext.Provider>,
  );
  expect(screen.getByText(/^漯河市 · 常住人口 · 2025 · 280万人 \(old\) \(已修改\)/)).toBeTruthy();
  fireEvent.click(within(items()[0]).getByRole("button", { name: /^修改：/ }));
  const options = within(items()[0])
    .getAllByRole("option")
    .map((o) => o.textContent);
  expect(options).toEqual(expect.arrayContaining(["等于（=）", "不低于（≥）", "左右（~）"]));
  expect(options.some((o) => /^[=~<>]+$/.test(o ?? ""))).toBe(false);
});

test("'only not yet reviewed' hides decided records", async () => {
  render(<Harness />);
  fireEvent.click(within(items()[0]).getByRole("button", { name: /^Accept: / }));
  await screen.findByText("1 to review · 1 reviewed · 2 records");
  fireEvent.click(screen.getByLabelText("Show only records not yet reviewed"));
  expect(items().map((a) => a.getAttribute("aria-label"))).toEqual(["一般公共预算收入, 漯河市, 2025"]);
});

test("a correction matched to a re-extracted record shows on it and undoes by its own id", async () => {
  const onUndo = jest.fn();
  const r = record("new-id", { quote: "增长8%", value: 8, confidence: 1 });
  const correction: Correction = { id: "old-id", at: "2026-01-01T00:00:00.000Z", action: "accept" };
  render(
    <ReviewPanel
      records={[r]}
      corrections={[correction]}
      reattached={[{ id: "old-id", to: "new-id" }]}
      onCorrect={() => undefined}
      onUndo={onUndo}
    />,
  );
  expect(within(items()[0]).getByText("Accepted")).toBeTruthy();
  fireEvent.click(within(items()[0]).getByRole("button", { name: /^Undo: / }));
  await waitFor(() => expect(onUndo).toHaveBeenCalledWith("old-id"));
});

test("the list can be narrowed to one document", () => {
  const records = [
    record("x1", { doc: "plan-a", quote: "a", confidence: 0.1 }),
    record("x2", { doc: "plan-b", quote: "b" }),
  ];
  render(
    <ReviewPanel
      records={records}
      corrections={[]}
      documentTitle={(d) => (d === "plan-b" ? "B 规划" : undefined)}
      onCorrect={() => undefined}
      onUndo={() => undefined}
    />,
  );
  expect(items()).toHaveLength(2);
  fireEvent.change(screen.getByLabelText("Document"), { target: { value: "plan-b" } });
  expect(items()).toHaveLength(1);
  expect(screen.getByRole("option", { name: "B 规划" })).toBeTruthy();
});

test("every button names the record it acts on", () => {
  render(<Harness />);
  const names = within(items()[0])
    .getAllByRole("button")
    .map((b) => b.getAttribute("aria-label"));
  expect(names).toEqual([
    "Accept: 地区生产总值, 漯河市, 2025",
    "Edit: 地区生产总值, 漯河市, 2025",
    "Reject: 地区生产总值, 漯河市, 2025",
  ]);
});

test("Chinese: reject is 驳回 (not 删除)", () => {
  render(
    <ReviewPanel
      lang="zh"
      records={BUILTIN.records}
      corrections={[]}
      onCorrect={() => undefined}
      onUndo={() => undefined}
    />,
  );
  expect(within(items()[0]).getByRole("button", { name: "驳回：地区生产总值, 漯河市, 2025" })).toBeTruthy();
  expect(screen.queryByText("删除")).toBeNull();
});

test("filters by kind and confidence; accept all shown at or above a threshold in one batch", async () => {
  const records = [
    record("a", { quote: "a", confidence: 0.95, year: 2021 }),
    record("b", { quote: "b", confidence: 0.85, year: 2022 }),
    record("c", { quote: "c", confidence: 0.5, year: 2023 }),
    record("d", { quote: "d", confidence: 0.9, year: 2024, kind: "actual" }),
  ];
  const many = jest.fn();
  render(
    <ReviewPanel
      records={records}
      corrections={[]}
      onCorrect={() => undefined}
      onCorrectMany={many}
      onUndo={() => undefined}
    />,
  );
  fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "target" } });
  expect(items()).toHaveLength(3);
  fireEvent.change(screen.getByLabelText("Confidence below"), { target: { value: "0.6" } });
  expect(items().map((a) => a.getAttribute("aria-label"))).toEqual(["地区生产总值, 漯河市, 2023"]);
  fireEvent.change(screen.getByLabelText("Confidence below"), { target: { value: "1" } });
  fireEvent.change(screen.getByLabelText("Threshold"), { target: { value: "85" } });
  fireEvent.click(screen.getByRole("button", { name: /Accept all shown at or above 85% \(2\)/ }));
  await waitFor(() => expect(many).toHaveBeenCalledTimes(1));
  expect((many.mock.calls[0][0] as Correction[]).map((c) => [c.id, c.action])).toEqual([
    ["b", "accept"],
    ["a", "accept"],
  ]);
  await screen.findByText("Accepted 2 records.");
});

test("only the user's own imports are listed at first: no built-in records to review on a first visit", () => {
  const records = [record("own", { doc: "mine", quote: "x" }), ...BUILTIN.records];
  render(
    <ReviewPanel
      records={records}
      corrections={[]}
      isOwn={(r) => r.doc === "mine"}
      onCorrect={() => undefined}
      onUndo={() => undefined}
    />,
  );
  expect(screen.getByText("1 to review · 0 reviewed · 1 records")).toBeTruthy();
  expect(items()).toHaveLength(1);
  fireEvent.click(screen.getByLabelText("Include the built-in data"));
  expect(items()).toHaveLength(3);
});
