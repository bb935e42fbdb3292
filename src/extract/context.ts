/** Document-level facts read from the text: region, plan type, period, publication date, title. */
import { YEAR_MAX, YEAR_MIN, type PlanType, type RegionInfo } from "../record";
import type { Catalog } from "./catalog";
import { stableHash } from "./lexicon";
import { chineseNumeralValue } from "./numbers";
import { fullProvinceName, provinceBySelfReference } from "./scopeRegion";

/** Five-year plan names and their periods. */
export const FIVE_YEAR_PLANS: { name: string; start: number }[] = [
  { name: "十一五", start: 2006 },
  { name: "十二五", start: 2011 },
  { name: "十三五", start: 2016 },
  { name: "十四五", start: 2021 },
  { name: "十五五", start: 2026 },
  { name: "十六五", start: 2031 },
];

/** Title words → plan type, checked in order. */
const PLAN_TYPE_CUES: [RegExp, PlanType][] = [
  [/(五年规划|十[一二三四五六]五.{0,6}(规划|纲要|思路))/, "five-year"],
  [
    /\d{4}年国民经济和社会发展计划|年度计划|年国民经济和社会发展计划|计划执行情况|计划草案|\d{4}年工作计划/,
    "annual",
  ],
  [/政府工作报告|工作报告/, "work-report"],
  [/记者|讯|新闻|信息中心|更新时间|点击次数/, "news"],
];

/** Suffixes that end the name of a jurisdiction. */
const REGION_SUFFIXES = [
  "经济技术开发区",
  "高新技术产业开发区",
  "经济综合实验区",
  "开发区",
  "实验区",
  "新区",
  "高新区",
  "经开区",
  "自治州",
  "自治县",
  "省",
  "市",
  "区",
  "县",
  "州",
  "盟",
  "旗",
];

export interface DocumentFacts {
  title: string;
  plan_type: PlanType;
  period_start?: number;
  period_end?: number;
  published?: string;
  region: RegionInfo;
  /** A mid-term evaluation's last year of actuals. */
  evaluated_year?: number;
  /** The document's year follows only from its publication date (今年 and undated values are inferred). */
  year_inferred?: boolean;
  /** Year of publication: of `published`, of a dateline without a day (2024年5月), or the user's. */
  publishedYear?: number;
  /** A statistical bulletin (统计公报) of one year: every value it states is an actual of that year. */
  actuals_only?: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** First full date (2024年3月14日, 2022-11-24, 更新时间:2025-12-28) in the text's head. */
export function findPublished(head: string): string | undefined {
  const cn = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(head);
  const iso = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/.exec(head);
  const best = [cn, iso].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!best) return undefined;
  return `${best[1]}-${pad(Number(best[2]))}-${pad(Number(best[3]))}`;
}

/** A line that is only a date: a document's dateline (2024年5月, 2025年1月15日, 二〇二三年十月). */
const DATELINE =
  /^\s*(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*$/;

/**
 * The dateline among a document's first or last lines (where it is signed and dated), not a date in
 * its text: year, month and day where written.
 */
export function findDateline(text: string): { year: number; month: number; day?: number } | undefined {
  const lines = [
    ...text.slice(0, 1500).split("\n").slice(0, 15),
    ...text.slice(-1500).split("\n").slice(-15),
  ];
  for (const line of lines) {
    if (line.length > 30) continue;
    const m = DATELINE.exec(line);
    if (!m) continue;
    const year = yearValue(m[1]);
    const month = /\d/.test(m[2]) ? Number(m[2]) : chineseNumeralValue(m[2]);
    const day = m[3] === undefined ? undefined : /\d/.test(m[3]) ? Number(m[3]) : chineseNumeralValue(m[3]);
    if (!Number.isFinite(year) || !(month >= 1 && month <= 12)) continue;
    if (day !== undefined && !(day >= 1 && day <= 31)) continue;
    return day === undefined ? { year, month } : { year, month, day };
  }
  return undefined;
}

const TITLE_WORDS = /(规划|计划|纲要|报告|思路)/;

const TITLE_LINE = /(规划|计划|纲要|报告|思路)(?:[((].{0,12}[))])?$/;

/** A report's own heading line: 2026年河北省政府工作报告, 政府工作报告, …工作报告（草案）. */
const REPORT_LINE = /^[^\s•·|]*[\u4e00-\u9fff]{4}报告(?:[（(].{0,12}[）)])?$/;

/**
 * Title: a short line naming a report that stands before any 《…》 name (a report's own heading
 * comes before the plans it cites), else the first 《…》 name of a plan or report in the head, else a
 * short line naming one, else the first line.
 */
export function findTitle(lines: string[]): string {
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length <= 80 && !line.includes("《") && REPORT_LINE.test(line)) return line;
    const named = /《([^《》\n]{4,80})》/.exec(line);
    if (named && TITLE_WORDS.test(named[1])) return named[1];
  }
  const candidates = lines.map((l) => l.trim()).filter((l) => l.length >= 4 && l.length <= 80);
  const titled = candidates.find((l) => TITLE_LINE.test(l));
  return (titled ?? candidates[0] ?? "").slice(0, 120);
}

const HEAD_ORDER: PlanType[] = ["work-report", "annual", "five-year", "news"];

function planTypeOf(title: string, head: string): PlanType {
  for (const [re, type] of PLAN_TYPE_CUES) if (re.test(title)) return type;
  // in the body a report or an annual plan names itself; five-year plans are mentioned by everyone
  for (const [re, type] of [...PLAN_TYPE_CUES].sort(
    (a, b) => HEAD_ORDER.indexOf(a[1]) - HEAD_ORDER.indexOf(b[1]),
  )) {
    if (re.test(head)) return type;
  }
  return "other";
}

/**
 * The five-year plan the text is about: named by ordinal (第十四个五年规划) or, failing that, the latest
 * plan named in the head. A plan reviews the previous one, so the latest is the document's own.
 */
function fiveYearPlanOf(head: string): { name: string; start: number } | undefined {
  const ordinal = /第\s*(十[一二三四五六])\s*个\s*五\s*年/.exec(head);
  if (ordinal) {
    const plan = FIVE_YEAR_PLANS.find((p) => p.name === ordinal[1] + "五");
    if (plan) return plan;
  }
  let best: { name: string; start: number } | undefined;
  for (const plan of FIVE_YEAR_PLANS) if (head.includes(plan.name)) best = plan;
  return best;
}

/** Words after which a title no longer names the jurisdiction. */
const TITLE_STOPS = /(国民经济|人民政府|政府|关于|“|"|\s|\d|十[一二三四五六]五|[((《])/;

/** The jurisdiction a title starts with: the longest head ending in 市/区/县/开发区 …. */
function regionFromText(title: string): string | undefined {
  // a leading (河南省) or 2026年 is not part of the name
  const cleaned = title
    .replace(/^[((][^))]{0,6}[))]/, "")
    .replace(/^关于/, "")
    .replace(/^(?:19|20)\d{2}\s*年(?:度)?/, "");
  const stop = cleaned.search(TITLE_STOPS);
  const head = (stop >= 0 ? cleaned.slice(0, stop) : cleaned).slice(0, 16);
  let best: string | undefined;
  for (const suffix of REGION_SUFFIXES) {
    for (let at = head.indexOf(suffix); at >= 0; at = head.indexOf(suffix, at + 1)) {
      const name = head.slice(0, at + suffix.length);
      if (name.length >= 2 && /^[\u4e00-\u9fff]+$/.test(name) && (!best || name.length > best.length))
        best = name;
    }
  }
  return best;
}

/** 在许昌市第八届人民代表大会…: the body a report is given to names the jurisdiction. */
function regionFromAssembly(head: string): string | undefined {
  const re =
    /([\u4e00-\u9fff]{2,10}?(?:省|自治区|市|区|县|州|旗))\s*(?:第[一二三四五六七八九十]+届\s*)?人民\s*(?:代表大会|政府)/g;
  for (const m of head.slice(0, 600).matchAll(re)) {
    const name = m[1].replace(/^.*(在|向|于)/, "");
    // 我代表省人民政府 is no name: a province must be one the table knows
    if (name.length < 2 || /^[我本全]|代表/.test(name)) continue;
    // (在…省第十四届人民代表大会 numbers the assembly: that names a province the table may not know)
    if (/(省|自治区)$/.test(name) && !fullProvinceName(name) && !/第.+届/.test(m[0])) continue;
    return name;
  }
  return undefined;
}

function findRegion(title: string, head: string, catalog: Catalog): RegionInfo {
  let best: { region: RegionInfo; score: number } | undefined;
  for (const region of catalog.regions) {
    for (const name of [region.name, ...region.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a))]) {
      // in the title a longer (more specific) name wins; elsewhere frequency decides
      const inTitle = title.includes(name) ? 1000 + name.length * 10 : 0;
      let count = 0;
      for (let i = head.indexOf(name); i >= 0 && count < 50; i = head.indexOf(name, i + 1)) count++;
      const score = inTitle + count * name.length;
      if (score > 0 && (!best || score > best.score)) best = { region, score };
    }
  }
  if (best && best.score >= 1000) return best.region;
  // the text's own words (title, assembly, 全省 + the province it names) outrank a catalogue name that
  // merely occurs in it: a provincial report mentions its cities and zones
  const titled = regionFromText(title) ?? regionFromAssembly(head);
  const named = titled ? (fullProvinceName(titled) ?? titled) : provinceBySelfReference(head);
  if (named) {
    const known = catalog.regions.find((r) => r.name === named || r.aliases.includes(named));
    return known ?? { id: "r-" + stableHash(named), name: named, name_en: "", aliases: [] };
  }
  if (best) return best.region;
  return { id: "unknown", name: "", name_en: "", aliases: [] };
}

/** Year written in Arabic or Chinese digits (2024, 二〇二四). */
export function yearValue(s: string): number {
  const compact = s.replace(/\s+/g, "");
  const n = /^\d{4}$/.test(compact) ? Number(compact) : chineseNumeralValue(compact);
  return n >= YEAR_MIN && n <= YEAR_MAX ? n : NaN;
}

/** The period a document's title or head gives it, and whether that came only from its publication. */
function periodOf(
  title: string,
  head: string,
  planType: PlanType,
  publishedYear: number | undefined,
): { start?: number; end?: number; fromPublication: boolean } {
  // 关于2025年…计划执行情况与2026年…计划草案的报告: the plan is for the last year the title names
  const annual =
    [...title.matchAll(/((?:19|20)\d{2})\s*年(?:国民经济和社会发展|度)?计划/g)].pop() ??
    [...title.matchAll(/((?:19|20)\d{2})\s*年/g)].pop();
  const plan = fiveYearPlanOf(head.slice(0, 3000));
  if (planType === "annual" && annual)
    return { start: Number(annual[1]), end: Number(annual[1]), fromPublication: false };
  if (plan && (planType === "five-year" || planType === "news" || planType === "other"))
    return { start: plan.start, end: plan.start + 4, fromPublication: false };
  // 2026年河北省政府工作报告: a work report's title names the year it plans for (its 今后五年 / 未来五年
  // names the coming plan's span, not its own; only a title looking ahead, 未来3年…, sets a span)
  if (planType === "work-report" && annual && !/未来\s*[0-9一二三四五六七八九十]\s*年/.test(title))
    return { start: Number(annual[1]), end: Number(annual[1]), fromPublication: false };
  if (publishedYear === undefined) return { fromPublication: false };
  // a report looking N years ahead (未来3年) plans for the years after its publication
  const ahead = /未来\s*([0-9一二三四五六七八九十])\s*年/.exec(head.slice(0, 1500));
  const n = ahead
    ? /\d/.test(ahead[1])
      ? Number(ahead[1])
      : "一二三四五六七八九十".indexOf(ahead[1]) + 1
    : 0;
  if (n > 1 && n <= 10) return { start: publishedYear + 1, end: publishedYear + n, fromPublication: true };
  return { start: publishedYear, end: publishedYear, fromPublication: true };
}

const FINAL_REVIEW = /总结评估|终期评估/;

/**
 * A mid-term evaluation (中期评估) reports actuals up to the year before its publication (or, undated, the
 * latest year inside the plan period it names); undefined for other documents.
 */
function evaluatedYear(
  title: string,
  text: string,
  start: number | undefined,
  end: number | undefined,
  publishedYear: number | undefined,
  publishedMonth?: number,
): number | undefined {
  if (start === undefined || end === undefined || end <= start) return undefined;
  // published after its own period (a statistical bulletin, a final review): all of it is past
  if (publishedYear !== undefined && publishedYear > end) return end;
  // a final evaluation (总结评估, 终期评估) reports actuals of the plan's whole period
  if (FINAL_REVIEW.test(title) || FINAL_REVIEW.test(text.slice(0, 600))) return end;
  if (!/中期评估/.test(title) && !/中期评估/.test(text.slice(0, 600))) return undefined;
  const inside = (y: number) => y >= start && y < end;
  // an evaluation dated in a year's second half (2023年10月) takes stock of that year already
  if (
    publishedYear !== undefined &&
    publishedMonth !== undefined &&
    publishedMonth >= 7 &&
    inside(publishedYear)
  )
    return publishedYear;
  if (publishedYear !== undefined && inside(publishedYear - 1)) return publishedYear - 1;
  let latest: number | undefined;
  for (const m of text.slice(0, 20000).matchAll(/((?:19|20)\d{2})\s*年/g)) {
    const y = Number(m[1]);
    if (inside(y) && (latest === undefined || y > latest)) latest = y;
  }
  return latest;
}

export function readDocumentFacts(
  doc: string,
  text: string,
  catalog: Catalog,
  userPublishedYear?: number,
): DocumentFacts {
  const head = text.slice(0, 4000);
  const lines = head.split("\n");
  const known = catalog.documents[doc] ?? {};
  const title = known.title ?? findTitle(lines);
  const planType = known.plan_type ?? planTypeOf(title, head);
  // a dateline of its own (at the start or the end) dates the document before a date in its text
  const dateline = known.published ? undefined : findDateline(text);
  const published =
    known.published ??
    (dateline?.day !== undefined
      ? `${dateline.year}-${pad(dateline.month)}-${pad(dateline.day)}`
      : findPublished(head));
  const publishedYear = published ? Number(published.slice(0, 4)) : (dateline?.year ?? userPublishedYear);
  const publishedMonth = published ? Number(published.slice(5, 7)) : dateline?.month;
  let periodStart = known.period_start;
  let periodEnd = known.period_end;
  let yearInferred = false;
  if (periodStart === undefined) {
    const period = periodOf(title, head, planType, publishedYear);
    periodStart = period.start;
    periodEnd = period.end;
    yearInferred = period.fromPublication;
  }
  const regionKnown = known.region_id ? catalog.regions.find((r) => r.id === known.region_id) : undefined;
  const region = regionKnown ?? findRegion(title, text.slice(0, 20000), catalog);
  const facts: DocumentFacts = {
    title,
    plan_type: planType,
    period_start: periodStart,
    period_end: periodEnd ?? periodStart,
    published,
    region,
  };
  const evaluated = evaluatedYear(title, text, periodStart, periodEnd, publishedYear, publishedMonth);
  if (evaluated !== undefined) facts.evaluated_year = evaluated;
  if (yearInferred) facts.year_inferred = true;
  if (publishedYear !== undefined) facts.publishedYear = publishedYear;
  // 2025年国民经济和社会发展统计公报 is published after its year ends and plans nothing
  const bulletin = /((?:19|20)\d{2})\s*年.{0,16}统计公报/.exec(title);
  if (bulletin) {
    const year = Number(bulletin[1]);
    Object.assign(facts, {
      actuals_only: true,
      evaluated_year: year,
      period_start: year + 1,
      period_end: year + 1,
    });
  }
  return facts;
}
