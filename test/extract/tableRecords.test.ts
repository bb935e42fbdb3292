/**
 * Table rows → records, per the table reader's contract: growth units, cumulative (〔〕 / 累计) totals,
 * the base year's own growth, estimated bases and columns headed by a bare year. The small tables are
 * written for these tests and read by the real table reader.
 */
import { extractDocument } from "../../src/extract";
import { tableCandidates, type TableContext } from "../../src/extract/tableRecords";
import { findTables } from "../../src/extract/tables";

const PLAN: TableContext = { periodStart: 2021, periodEnd: 2025, publishedYear: 2021 };

function records(text: string, context: TableContext = PLAN) {
  const tables = findTables(text);
  expect(tables).toHaveLength(1);
  return tableCandidates(tables[0], context).map((c) => ({
    name: c.indicator,
    kind: c.kind,
    measure: c.measure,
    year: c.year,
    from: c.period_start ?? null,
    value: c.value,
    unit: c.unit,
  }));
}

const rows = (...lines: string[]) => lines.join("\n") + "\n";

describe("growth column units", () => {
  it("takes the header's unit, a cell's own unit over it, and reads points as a change", () => {
    const text = rows(
      "表1 主要指标",
      "指标\t2020年基数\t2025年目标\t年均增长(个百分点)",
      "研发经费投入强度(%)\t2.0\t2.5\t0.1",
      "常住人口城镇化率(%)\t60\t65\t1%",
    );
    const got = records(text).filter((r) => r.kind === "target" && r.year === 2025 && r.measure !== "level");
    expect(got).toEqual([
      {
        name: "研发经费投入强度",
        kind: "target",
        measure: "change",
        year: 2025,
        from: 2021,
        value: 0.1,
        unit: "个百分点",
      },
      {
        name: "常住人口城镇化率",
        kind: "target",
        measure: "growth",
        year: 2025,
        from: 2021,
        value: 1,
        unit: "%",
      },
    ]);
  });

  it("reads 百分点 written in a % column's cell as a change", () => {
    const text = rows(
      "表1 主要指标",
      "指标\t2020年基数\t2025年目标\t年均增长(%)",
      "地区生产总值(亿元)\t300\t450\t8.4",
      "常住人口城镇化率(%)\t60\t65\t1个百分点",
    );
    const growth = records(text).filter((r) => r.measure !== "level");
    expect(growth.map((r) => [r.name, r.measure, r.unit, r.from])).toEqual([
      ["地区生产总值", "growth", "%", 2021],
      ["常住人口城镇化率", "change", "个百分点", 2021],
    ]);
  });
});

describe("cumulative totals", () => {
  it("reads 〔〕 cells and 累计 columns as period totals, never as annual rates", () => {
    const text = rows(
      "表2 区间年份",
      "指标\t2020年\t2025年\t2021-2025年累计\t属性",
      "单位地区生产总值能耗降低(%)\t\t\t13.5\t约束性",
      "森林覆盖率(%)\t30\t32\t〔2〕\t约束性",
    );
    const totals = records(text).filter((r) => r.from !== null);
    expect(totals).toEqual([
      {
        name: "单位地区生产总值能耗降低",
        kind: "target",
        measure: "change",
        year: 2025,
        from: 2021,
        value: 13.5,
        unit: "%",
      },
      { name: "森林覆盖率", kind: "target", measure: "change", year: 2025, from: 2021, value: 2, unit: "%" },
    ]);
    expect(records(text).some((r) => r.measure === "growth")).toBe(false);
  });

  it("reads a cumulative amount in the row's own unit, as a level over the period", () => {
    const text = rows(
      "表3 主要指标",
      "指标\t2020年\t2025年\t年均/累计\t属性",
      "地区生产总值(亿元)\t300\t450\t8.4\t预期性",
      "城镇新增就业(万人)\t\t\t〔55〕\t预期性",
      "单位地区生产总值能耗降低(%)\t\t\t〔13.5〕\t约束性",
    );
    expect(
      records(text).filter((r) => (r.kind === "target" && r.measure !== "level") || r.value === 55),
    ).toEqual([
      {
        name: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2025,
        from: 2021,
        value: 8.4,
        unit: "%",
      },
      {
        name: "城镇新增就业",
        kind: "target",
        measure: "level",
        year: 2025,
        from: 2021,
        value: 55,
        unit: "万人",
      },
      {
        name: "单位地区生产总值能耗降低",
        kind: "target",
        measure: "change",
        year: 2025,
        from: 2021,
        value: 13.5,
        unit: "%",
      },
    ]);
  });
});

describe("rows whose name states a growth rate", () => {
  it("give growth records from the base and target columns too, named as written", () => {
    const text = rows(
      "表4 主要指标",
      "指标\t2020年基数\t2025年目标\t年均增长(%)",
      "地区生产总值增长(%)\t3.1\t保持在合理区间\t6",
      "常住人口城镇化率(%)\t60\t65\t",
    );
    expect(records(text).map((r) => [r.name, r.kind, r.measure, r.year, r.value])).toEqual([
      ["地区生产总值增长", "actual", "growth", 2020, 3.1],
      ["地区生产总值增长", "target", "growth", 2025, null],
      ["地区生产总值增长", "target", "growth", 2025, 6],
      ["常住人口城镇化率", "actual", "level", 2020, 60],
      ["常住人口城镇化率", "target", "level", 2025, 65],
    ]);
  });
});

describe("annual tables: the base year's growth and estimated bases", () => {
  const text = rows(
    "表1 主要指标",
    "指标\t2023年预计\t增长(%)\t2024年目标\t增长(%)",
    "地区生产总值(亿元)\t520\t6.5\t550\t6",
    "一般公共预算收入(亿元)\t30\t3.2\t31\t3",
  );
  const annual: TableContext = { periodStart: 2024, periodEnd: 2024, publishedYear: 2024 };

  it("gives the base's growth as an estimate at the base year; one-year rates have no period", () => {
    expect(records(text, annual).filter((r) => r.name === "地区生产总值")).toEqual([
      {
        name: "地区生产总值",
        kind: "estimate",
        measure: "level",
        year: 2023,
        from: null,
        value: 520,
        unit: "亿元",
      },
      {
        name: "地区生产总值",
        kind: "estimate",
        measure: "growth",
        year: 2023,
        from: null,
        value: 6.5,
        unit: "%",
      },
      {
        name: "地区生产总值",
        kind: "target",
        measure: "level",
        year: 2024,
        from: null,
        value: 550,
        unit: "亿元",
      },
      {
        name: "地区生产总值",
        kind: "target",
        measure: "growth",
        year: 2024,
        from: null,
        value: 6,
        unit: "%",
      },
    ]);
  });

  it("gives actuals when the base column is not an estimate", () => {
    const done = records(text.replace("2023年预计", "2023年完成"), annual);
    expect(done.filter((r) => r.year === 2023).map((r) => [r.kind, r.measure, r.value])).toEqual([
      ["actual", "level", 520],
      ["actual", "growth", 6.5],
      ["actual", "level", 30],
      ["actual", "growth", 3.2],
    ]);
  });
});

describe("a target column headed by a year alone", () => {
  const text = rows(
    "表2 主要指标",
    "指标\t2020年\t2025年\t年均增长(%)",
    "地区生产总值(亿元)\t300\t450\t8.4",
    "常住人口(万人)\t50\t55\t1.9",
  );
  const kinds = (published?: number) =>
    records(text, { periodStart: 2021, periodEnd: 2025, publishedYear: published }).map((r) => [
      r.kind,
      r.year,
    ]);

  it("is a target while the year is ahead of publication", () => {
    expect(kinds(2021)).toEqual([
      ["actual", 2020],
      ["target", 2025],
      ["target", 2025],
      ["actual", 2020],
      ["target", 2025],
      ["target", 2025],
    ]);
    expect(kinds(2025)).toEqual(kinds(2021));
    expect(kinds(undefined)).toEqual(kinds(2021));
  });

  it("is an actual once the year is over", () => {
    expect(kinds(2026)).toEqual([
      ["actual", 2020],
      ["actual", 2025],
      ["actual", 2025],
      ["actual", 2020],
      ["actual", 2025],
      ["actual", 2025],
    ]);
  });

  it("stays a target when the header says 目标, whatever the publication date", () => {
    const stated = records(text.replace("2025年\t", "2025年目标\t"), { publishedYear: 2026 });
    expect(stated.map((r) => r.kind)).toEqual(["actual", "target", "target", "actual", "target", "target"]);
  });

  it("follows the publication date found in the document itself", async () => {
    const review = "某县“十四五”规划实施情况总结评估报告\n2026年3月1日\n" + text;
    const { records: got } = await extractDocument({ name: "review.txt", text: review });
    const late = got.filter((r) => r.source === "table" && r.year === 2025);
    expect(late.map((r) => [r.kind, r.measure, r.value])).toEqual([
      ["actual", "level", 450],
      ["actual", "growth", 8.4],
      ["actual", "level", 55],
      ["actual", "growth", 1.9],
    ]);
  });
});
