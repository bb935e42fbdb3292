/** @jest-environment jsdom */
import "./jsdom-shim";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ImportDocumentPanel, regionIdFor } from "../../../src/taskpane/import/ImportDocumentPanel";
import type { ImportedDocument } from "../../../src/model/corrections";
import type { RegionInfo } from "../../../src/record";
import { ImportCancelled, runImport, type RunImport } from "../../../src/taskpane/import/run-import";
import { textHash } from "../../../src/taskpane/import/identity";

const REGIONS: RegionInfo[] = [{ id: "luohe", name: "漯河市", name_en: "Luohe", aliases: ["Luohe", "漯河"] }];
const REPORT =
  "许昌市2024年政府工作报告\n\n2024年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。到2025年，全市地区生产总值达到4500亿元。";
const NOW = () => new Date("2026-03-01T08:00:00Z");

function setup(onAdd: (doc: ImportedDocument) => Promise<void> | void, run?: RunImport) {
  return render(<ImportDocumentPanel regions={REGIONS} onAdd={onAdd} runImport={run} now={NOW} />);
}

test("pasted text: extracted in the background (main-thread fallback here), previewed, region confirmed, added", async () => {
  const added: ImportedDocument[] = [];
  setup((doc) => void added.push(doc));
  fireEvent.change(screen.getByLabelText("Paste the document's text"), { target: { value: REPORT } });
  fireEvent.change(screen.getByLabelText("Document name"), { target: { value: "xuchang-2024.txt" } });
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  expect(
    screen.getByRole("progressbar", { name: /Reading the file|Preparing the text|Extracting indicators/ }),
  ).toBeTruthy();
  await screen.findByText(/3 records found in “许昌市2024年政府工作报告”/);
  // one line per record: indicator · value as the pane words it · period · kind · measure
  const list = screen.getByRole("list", { name: /Records found/ });
  const lines = [...list.querySelectorAll("summary")].map((s) => s.textContent);
  expect(lines).toEqual([
    "地区生产总值 · growth about 6% · 2024 · target · growth",
    "一般公共预算收入 · growth 5% · 2024 · target · growth",
    "地区生产总值 · 4,500 (100 million yuan) · 2025 · target · level",
  ]);
  // the publication year the extraction assumed is shown for confirmation
  expect((screen.getByLabelText(/Publication year/) as HTMLInputElement).value).toBe("2024");

  // An unknown region needs an English alias before anything is added.
  fireEvent.click(screen.getByRole("button", { name: "Add 3 records to the data" }));
  await screen.findByText("Give the region's Chinese name and an English alias.");
  expect(added).toEqual([]);
  expect((screen.getByLabelText("Full Chinese name") as HTMLInputElement).value).toBe("许昌市");
  fireEvent.change(screen.getByLabelText("English alias"), { target: { value: "Xuchang" } });
  fireEvent.click(screen.getByRole("button", { name: "Add 3 records to the data" }));
  await screen.findByText(/Added 3 records of “许昌市2024年政府工作报告” for 许昌市/);
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({
    doc: "xuchang-2024",
    name: "xuchang-2024.txt",
    text: REPORT,
    importedAt: "2026-03-01T08:00:00.000Z",
    region: { id: "xuchang", name: "许昌市", name_en: "Xuchang", aliases: ["Xuchang"] },
  });
  expect(added[0].records.map((r) => [r.indicator_id, r.year, r.value])).toEqual([
    ["gdp", 2024, 6],
    ["public-budget-revenue", 2024, 5],
    ["gdp", 2025, 4500],
  ]);
});

test("a GBK-encoded HTML file is decoded and its tags removed", async () => {
  const added: ImportedDocument[] = [];
  setup((doc) => void added.push(doc));
  const html = `<html><body><h1>漯河市2024年政府工作报告</h1><p>2024年主要预期目标是：地区生产总值增长<b>6%</b>左右。</p></body></html>`;
  const gbk = encodeGbk(html);
  const file = new File([gbk], "report.html", { type: "text/html" });
  fireEvent.change(screen.getByLabelText("…or choose a file (PDF, Word .docx, web page or text)"), {
    target: { files: [file] },
  });
  await waitFor(() =>
    expect((screen.getByLabelText("Document name") as HTMLInputElement).value).toBe("report.html"),
  );
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  await screen.findByText(/Read report \(gb18030, HTML tags removed\)/);
  // A known region is preselected.
  expect((screen.getByLabelText("Region") as HTMLSelectElement).value).toBe("luohe");
  fireEvent.click(screen.getByRole("button", { name: /^Add \d+ records? to the data$/ }));
  await screen.findByText(/Added/);
  expect(added[0].text).toBe("漯河市2024年政府工作报告\n\n2024年主要预期目标是：地区生产总值增长6%左右。");
  expect(added[0].region?.id).toBe("luohe");
  expect(added[0].records[0]).toMatchObject({ indicator_id: "gdp", value: 6 });
});

test("when the parent cannot store the document the error shows and the preview stays for another try", async () => {
  let fail = true;
  const onAdd = jest.fn(async () => {
    if (fail) throw new Error("the workbook is read-only");
  });
  setup(onAdd);
  fireEvent.change(screen.getByLabelText("Paste the document's text"), { target: { value: REPORT } });
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  await screen.findByText(/3 records found/);
  fireEvent.change(screen.getByLabelText("English alias"), { target: { value: "Xuchang" } });
  fireEvent.click(screen.getByRole("button", { name: "Add 3 records to the data" }));
  await screen.findByText(
    "The document could not be added: the workbook is read-only. Your data is unchanged.",
  );
  fail = false;
  fireEvent.click(screen.getByRole("button", { name: "Add 3 records to the data" }));
  await screen.findByText(/Added 3 records/);
  expect(onAdd).toHaveBeenCalledTimes(2);
});

test("empty input is refused with a message", async () => {
  setup(() => undefined);
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  expect(await screen.findByText("Paste some text or choose a file first.")).toBeTruthy();
});

test("closing the pane mid-import cancels the extraction; nothing is added", async () => {
  let seen: AbortSignal | undefined;
  const slow: RunImport = (input, options) => {
    seen = options.signal;
    return runImport(input, options);
  };
  const onAdd = jest.fn();
  const view = setup(onAdd, slow);
  fireEvent.change(screen.getByLabelText("Paste the document's text"), { target: { value: REPORT } });
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  view.unmount();
  expect(seen?.aborted).toBe(true);
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(onAdd).not.toHaveBeenCalled();
});

test("Cancel stops the extraction and returns to the input", async () => {
  setup(() => undefined);
  fireEvent.change(screen.getByLabelText("Paste the document's text"), { target: { value: REPORT } });
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(screen.queryByText(/records found/)).toBeNull();
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("the main-thread pipeline stops at the next stage once aborted", async () => {
  const controller = new AbortController();
  const stages: string[] = [];
  const pending = runImport(
    { name: "x.txt", text: REPORT },
    { catalog: { regions: [], documents: {} }, signal: controller.signal, onStage: (s) => stages.push(s) },
  );
  controller.abort();
  await expect(pending).rejects.toBeInstanceOf(ImportCancelled);
  expect(stages).not.toContain("done");
});

test("region ids come from the English alias and never collide with another region", () => {
  const taken = new Map(REGIONS.map((r) => [r.id, r]));
  expect(regionIdFor("Xuchang City", "许昌市", taken)).toBe("xuchang-city");
  expect(regionIdFor("Luohe", "漯河市", taken)).toBe("luohe");
  expect(regionIdFor("Luohe", "漯河县", taken)).toMatch(/^luohe-[0-9a-z]+$/);
  expect(regionIdFor("", "许昌市", taken)).toMatch(/^region-/);
});

/** GBK bytes for the test text, via a lookup of each character's GB18030 encoding (TextDecoder only decodes). */
function encodeGbk(text: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? []));
  }
  return new Uint8Array(out);
}

test("speaks Chinese when the pane does", () => {
  render(<ImportDocumentPanel lang="zh" regions={REGIONS} onAdd={() => undefined} />);
  expect(screen.getByRole("heading", { name: "导入规划文件" })).toBeTruthy();
  expect(screen.getByLabelText("粘贴文件正文")).toBeTruthy();
  expect(screen.getByRole("button", { name: "提取指标" })).toBeTruthy();
});

describe("a document already in the data", () => {
  const KNOWN = [
    { doc: "000_seed", title: "许昌市2024年政府工作报告", region_id: "xuchang", region: "许昌市" },
    {
      doc: "pasted-1",
      title: "另一个文件",
      region_id: "luohe",
      region: "漯河市",
      textHash: textHash(REPORT),
    },
  ];

  async function extractAgain(known: typeof KNOWN) {
    const added: ImportedDocument[] = [];
    render(
      <ImportDocumentPanel
        regions={REGIONS}
        knownDocuments={known}
        onAdd={(d) => void added.push(d)}
        now={NOW}
      />,
    );
    fireEvent.change(screen.getByLabelText("Paste the document's text"), { target: { value: REPORT } });
    fireEvent.change(screen.getByLabelText("Document name"), { target: { value: "copy.txt" } });
    fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
    await screen.findByText(/3 records found/);
    fireEvent.change(screen.getByLabelText("English alias"), { target: { value: "Xuchang" } });
    return added;
  }

  it("is found by its text and replaced under its own id, so its record ids (and corrections) stay", async () => {
    const added = await extractAgain(KNOWN);
    expect(screen.getByText(/already in the data as “另一个文件” \(same text\)/)).toBeTruthy();
    expect((screen.getByLabelText("Replace it (its corrections follow)") as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole("button", { name: "Add 3 records to the data" }));
    await screen.findByText(/Added 3 records/);
    expect(added[0].doc).toBe("pasted-1");
    expect(added[0].records.every((r) => r.doc === "pasted-1" && r.id.startsWith("pasted-1:"))).toBe(true);
  });

  it("is found by its title and region; keeping both gives the import an id of its own", async () => {
    const added = await extractAgain([KNOWN[0], { ...KNOWN[0], doc: "copy", title: "x", region: "y" }]);
    expect(
      screen.getByText(/“许昌市2024年政府工作报告” for this region is already in the data/),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText("Keep both"));
    fireEvent.click(screen.getByRole("button", { name: "Add 3 records to the data" }));
    await screen.findByText(/Added 3 records/);
    expect(added[0].doc).toBe("copy-2");
    expect(added[0].records[0].id).toMatch(/^copy-2:/);
  });
});

test("without a date in the text the publication year is asked for, and the records are read with it", async () => {
  const added: ImportedDocument[] = [];
  const calls: (number | undefined)[] = [];
  const spy: RunImport = (input, options) => {
    calls.push(input.publishedYear);
    return runImport(input, options);
  };
  setup((doc) => void added.push(doc), spy);
  // "今年" (this year) cannot be dated without the year
  const text = "某县政府工作报告\n\n今年主要预期目标是：地区生产总值增长6%左右。";
  fireEvent.change(screen.getByLabelText("Paste the document's text"), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "Extract indicators" }));
  await screen.findByText(/No indicator values were found/);
  fireEvent.click(screen.getByRole("button", { name: "Read again with this year" }));
  await screen.findByText("Give a year between 1949 and 2100.");
  fireEvent.change(screen.getByLabelText(/Publication year/), { target: { value: "2023" } });
  fireEvent.click(screen.getByRole("button", { name: "Read again with this year" }));
  await screen.findByText(/1 records found/);
  fireEvent.change(screen.getByLabelText("English alias"), { target: { value: "County" } });
  fireEvent.click(screen.getByRole("button", { name: "Add 1 records to the data" }));
  await screen.findByText(/Added/);
  expect(calls).toEqual([undefined, 2023]);
  expect(added[0].info.published).toBe("2023");
  expect(added[0].records.map((r) => [r.kind, r.year, r.value])).toEqual([["target", 2023, 6]]);
});

test("a chosen file says why the paste box is off, and can be cleared", async () => {
  setup(() => undefined);
  const file = new File(["到2025年"], "plan.txt", { type: "text/plain" });
  fireEvent.change(screen.getByLabelText(/or choose a file/), { target: { files: [file] } });
  await screen.findByText(/plan.txt is chosen: the paste box is not used/);
  expect((screen.getByLabelText("Paste the document's text") as HTMLTextAreaElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Clear the file" }));
  expect((screen.getByLabelText("Paste the document's text") as HTMLTextAreaElement).disabled).toBe(false);
});

test("a scanned PDF's error from the worker is shown in the pane's language", async () => {
  const failing: RunImport = async () => {
    throw Object.assign(new Error("this PDF has no text layer"), { code: "pdf-no-text" });
  };
  render(<ImportDocumentPanel lang="zh" regions={REGIONS} onAdd={() => undefined} runImport={failing} />);
  fireEvent.change(screen.getByLabelText("粘贴文件正文"), { target: { value: "x" } });
  fireEvent.click(screen.getByRole("button", { name: "提取指标" }));
  expect(await screen.findByText(/此 PDF 没有文字层（可能是扫描件）/)).toBeTruthy();
});
