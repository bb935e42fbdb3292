/** .docx through mammoth: paragraphs and a Word table come out as lines and tab-separated cells. */
import JSZip from "jszip";
import { readDocument } from "../../src/documents";
import { extractDocument } from "../../src/extract";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`;

async function makeDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

test("a Word plan reads as text with its table's rows, and extracts", async () => {
  const bytes = await makeDocx(
    p("清河县国民经济和社会发展第十五个五年规划纲要") +
      p("到2030年，全县地区生产总值达到330亿元左右。") +
      `<w:tbl>${row(["指标", "单位", "2025年", "2030年", "属性"])}${row(["地区生产总值", "亿元", "245", "330", "预期性"])}${row(["森林覆盖率", "%", "28.5", "30", "约束性"])}</w:tbl>`,
  );
  const read = await readDocument("plan.docx", bytes);
  expect(read.format).toBe("docx");
  expect(read.text).toContain("指标\t单位\t2025年\t2030年\t属性\n地区生产总值\t亿元\t245\t330\t预期性");
  const { records, document } = await extractDocument({ name: "plan.docx", text: read.text });
  expect(document.region).toBe("清河县");
  expect(records.some((r) => r.source === "table" && r.indicator === "森林覆盖率" && r.value === 30)).toBe(
    true,
  );
  expect(records.some((r) => r.source === "prose" && r.indicator_id === "gdp" && r.value === 330)).toBe(true);
});

test("a damaged .docx, an old .doc and a PDF without a reader are refused with a reason", async () => {
  await expect(readDocument("bad.docx", new TextEncoder().encode("PK\x03\x04broken"))).rejects.toMatchObject({
    code: "docx-unreadable",
  });
  const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await expect(readDocument("old.doc", doc)).rejects.toMatchObject({
    code: "unsupported-format",
    message: expect.stringMatching(/save the document as \.docx/),
  });
  await expect(readDocument("a.pdf", new TextEncoder().encode("%PDF-1.4"))).rejects.toMatchObject({
    code: "unsupported-format",
  });
});
