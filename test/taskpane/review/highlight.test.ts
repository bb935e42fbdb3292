import { findValue, passageParts } from "../../../src/taskpane/review/highlight";
import type { IndicatorRecord } from "../../../src/record";

test("finds the written value as a whole number, not inside a year or another number", () => {
  const q = "到2025年全市地区生产总值达到25亿元";
  expect(findValue(q, [25])).toEqual([q.indexOf("25亿"), q.indexOf("25亿") + 2]);
  expect(findValue("增长12.5%，2012年", [12])).toBeUndefined();
  expect(findValue("达到1,200亿元", [1200])).toEqual([2, 7]);
  expect(findValue("达到１２００亿元", [1200])).toEqual([2, 6]);
  expect(findValue("没有数字", [5, null])).toBeUndefined();
});

test("without the document text the quote alone is shown, value marked", () => {
  const r = { quote: "增长8%", value: 8, start: 0, end: 0 } as IndicatorRecord;
  expect(passageParts(r)).toEqual([
    { text: "增长", mark: "quote" },
    { text: "8", mark: "value" },
    { text: "%", mark: "quote" },
  ]);
});
