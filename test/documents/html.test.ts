/** The HTML reader: rows and cells for the table reader, and correct output on adversarial input. */
import { htmlToText } from "../../src/documents/html";

test("a pretty-printed table keeps one row per line, an empty first cell as a leading tab", () => {
  const html = `<table>
    <tr>
      <th>类别</th>
      <th>指标</th>
      <th>2025年</th>
    </tr>
    <tr><td>经济发展</td><td>地区生产总值<br>（亿元）</td><td>600</td></tr>
    <tr><td></td><td>一般公共预算收入</td><td>40</td></tr>
  </table>
  <p>到2025年，
     地区生产总值达到600亿元。</p>`;
  expect(htmlToText(html)).toBe(
    "类别\t指标\t2025年\n经济发展\t地区生产总值 （亿元）\t600\n\t一般公共预算收入\t40\n\n到2025年， 地区生产总值达到600亿元。",
  );
});

test("quoted > inside attributes does not end a tag; unclosed comments, tags and scripts run to the end", () => {
  expect(htmlToText('<p title="a>b">正文</p>')).toBe("正文");
  expect(htmlToText("<p>前文</p><!-- 注释没有结束 <p>后文</p>")).toBe("前文");
  expect(htmlToText("<p>前文</p><script>var a = '<p>x</p>';")).toBe("前文");
  expect(htmlToText("<p>前文</p><div class='x")).toBe("前文");
  expect(htmlToText("3 < 5 并且 a <= b")).toBe("3 < 5 并且 a <= b");
});

describe("adversarial input (160 KB) reads correctly and in linear time", () => {
  const kb160 = (unit: string) => unit.repeat(Math.ceil((160 * 1024) / unit.length));
  it.each([
    ["<!--", ""],
    ["<a", ""],
    ["<script>", ""],
    ["<!", ""],
  ])("%s repeated gives %j", (unit, expected) => {
    const t0 = performance.now();
    expect(htmlToText(kb160(unit))).toBe(expected);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("entities and brackets are text", () => {
    expect(htmlToText(kb160("&a")).length).toBe(160 * 1024);
    expect(htmlToText(kb160("(")).length).toBe(160 * 1024);
    expect(htmlToText("&lt;p&gt; &#x4E09;&#19977; &bogus;")).toBe("<p> 三三 &bogus;");
  });
});
