import {
  decodeEntities,
  htmlToText,
  looksLikeHtml,
  prepareDocument,
} from "../../../src/taskpane/import/prepare";

test("HTML: tags stripped, blocks become lines, cells tabs, scripts/styles/comments dropped, entities decoded", () => {
  const html = `<!DOCTYPE html><html><head><title>规划</title><style>p{color:red}</style>
    <script>var x = "<p>不要</p>";</script></head><body><!-- 注释 -->
    <p>到2025年，地区生产总值达到<b>1000</b>亿元&nbsp;左右。</p><div>第二段&amp;&#x4E09;&#19977;</div>
    <table><tr><th>指标</th><th>2025年</th></tr><tr><td>GDP</td><td>1000</td></tr></table></body></html>`;
  expect(htmlToText(html)).toBe(
    "规划\n\n到2025年，地区生产总值达到1000亿元 左右。\n\n第二段&三三\n\n指标\t2025年\nGDP\t1000",
  );
});

test("plain text is kept exactly, apart from a BOM", () => {
  const text = "  第一行\n\n<不是标签的尖括号> 3<5\n";
  expect(prepareDocument("plan.txt", "\ufeff" + text)).toEqual({ text, wasHtml: false });
});

test("HTML is recognised by extension or content", () => {
  expect(looksLikeHtml("a.htm", "x")).toBe(true);
  expect(looksLikeHtml("pasted", "<!doctype html><p>x")).toBe(true);
  expect(looksLikeHtml("pasted", "<p>到2025年</p>")).toBe(true);
  expect(looksLikeHtml("a.txt", "3 < 5 and 6 > 2")).toBe(false);
});

test("unknown or out-of-range entities stay as written", () => {
  expect(decodeEntities("&bogus; &#0; &#x110000; &lt;")).toBe("&bogus; &#0; &#x110000; <");
});
