/** Reading a value: number, range, unit and qualifier, and telling quantities from names, dates and ranks. */
import type { Qualifier } from "../../record";
import {
  AGE_GROUPS,
  INFIX_QUALIFIERS,
  NAME_AFTER_UNIT,
  RANK_BEFORE_CHARS,
  SUFFIX_QUALIFIERS,
} from "../vocabulary/cues";
import { isAsciiDigit, isChineseNumeralChar, readNumber, type NumberToken } from "../numbers";
import { readUnit, skipSpaces } from "../units";

export const RANGE_SEPARATORS = new Set(["~", "〜", "—", "–", "-", "－", "至", "到"]);

export const isLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

export interface Mention {
  number: NumberToken;
  value: number;
  value_max?: number;
  unit: string;
  qualifier: Qualifier;
  /** End of the mention including suffix qualifier. */
  end: number;
  /** 翻一番, 翻两番: a growth written as doublings. */
  doubling?: boolean;
}

/** Units of amounts (money, mass, power) whose thresholds name classes of projects and firms. */
const THRESHOLD_UNIT = /(元|吨|千瓦)$/;

/** How far back a list of counts shows its previous count (打造2家一流企业、50家以上骨干企业). */
const COUNT_LIST_LOOKBACK = 30;

const POINTS_LIST_AFTER = /^[、和]\s*\d+(?:\.\d+)?\s*个百分点/;

/** Reads "number [多/余] unit [~ number unit] [以上/左右…]" at i, or undefined. */
export function readMention(text: string, i: number, limit: number): Mention | undefined {
  const doubled = readDoubling(text, i, limit);
  if (doubled) return doubled;
  const word = readWordAmount(text, i, limit);
  if (word) return word;
  const tenths = readTenths(text, i, limit);
  if (tenths) return tenths;
  const number = readNumber(text, i);
  if (!number || number.end > limit) return undefined;
  let qualifier: Qualifier = "=";
  let j = number.end;
  for (const [w, q] of INFIX_QUALIFIERS) {
    if (text.startsWith(w, skipSpaces(text, j))) {
      qualifier = q;
      j = skipSpaces(text, j) + w.length;
    }
  }
  let unit: string | undefined;
  let unitEnd = j;
  if (number.percent) unit = "%";
  else {
    const u = readUnit(text, j);
    if (u) {
      unit = u.unit;
      unitEnd = u.end;
      // 5万余个, 10万多户: 余/多 between the magnitude and the unit
      const infix = INFIX_QUALIFIERS.find(([w]) => text.startsWith(w, unitEnd));
      const rest =
        infix && BARE_MAGNITUDE.has(u.unit) ? readUnit(text, unitEnd + infix[0].length) : undefined;
      if (infix && rest && !BARE_MAGNITUDE.has(rest.unit)) {
        unit += rest.unit;
        unitEnd = rest.end;
        qualifier = infix[1];
      }
    }
  }
  // 分别达1.28万亿、8200亿元: a bare magnitude takes the base unit of the list's later values
  if (unit !== undefined && BARE_MAGNITUDE.has(unit)) unit += baseOfListAfter(text, unitEnd, limit);
  // 分别提高3.4个、1个百分点: the list's 个百分点 written whole only on its last value
  if (unit === "个" && POINTS_LIST_AFTER.test(text.slice(unitEnd, unitEnd + 16))) unit = "个百分点";
  if (unit === undefined && !number.chinese) unit = unitOfListAfter(text, j, limit);
  // 城乡居民收入比缩小至2.54, 基尼系数为0.32: a ratio has no unit
  if (unit === undefined && !number.chinese && RATIO_BEFORE.test(text.slice(Math.max(0, i - 8), i)))
    unit = /[\u4e00-\u9fffA-Za-z]/.test(text[j] ?? "") ? undefined : "";
  let valueMax: number | undefined;
  const sep = skipSpaces(text, unitEnd);
  if (RANGE_SEPARATORS.has(text[sep])) {
    const k = skipSpaces(text, sep + 1);
    const second =
      isAsciiDigit(text[k]) || (number.chinese && isChineseNumeralChar(text[k]))
        ? readNumber(text, k)
        : undefined;
    if (second && second.value > number.value) {
      const u2 = readUnit(text, second.end);
      if (u2 && (unit === undefined || u2.unit === unit)) {
        unit = u2.unit;
        unitEnd = u2.end;
        valueMax = second.value;
      } else if (!u2 && unit !== undefined && text[second.end] !== "年") {
        valueMax = second.value;
        unitEnd = second.end;
      }
    }
  }
  if (unit === undefined || unitEnd > limit) return undefined;
  const after = skipSpaces(text, unitEnd);
  if (NAME_AFTER_UNIT.some((w) => text.startsWith(w, after))) return undefined;
  let end = unitEnd;
  for (const [w, q] of SUFFIX_QUALIFIERS) {
    if (text.startsWith(w, after)) {
      qualifier = q;
      end = after + w.length;
      break;
    }
  }
  return { number, value: number.value, value_max: valueMax, unit, qualifier, end };
}

/**
 * An amount written as a magnitude word alone after a qualifier (超千亿元, 突破万亿元, 近百万人): 千亿元 is
 * 1000 亿元, 万亿元 is 1 万亿元 (the unit keeps its magnitude as everywhere else). Without the qualifier
 * the word is a name or a class (千亿级, 万亿元产业), so it is not read.
 */
export function readWordAmount(text: string, i: number, limit: number): Mention | undefined {
  if (!WORD_AMOUNT_FIRST.has(text[i])) return undefined;
  if (!WORD_AMOUNT_AFTER.test(text.slice(Math.max(0, i - 2), i))) return undefined;
  const word = WORD_AMOUNTS.find(([w]) => text.startsWith(w, i));
  if (!word) return undefined;
  const [w, value, magnitude] = word;
  const rest = readUnit(text, i + w.length);
  if (!rest || BARE_MAGNITUDE.has(rest.unit) || rest.end > limit) return undefined;
  if (NAME_AFTER_UNIT.some((n) => text.startsWith(n, rest.end))) return undefined;
  const token: NumberToken = { value, start: i, end: i + w.length, percent: false, chinese: false };
  return { number: token, value, unit: magnitude + rest.unit, qualifier: "=", end: rest.end };
}

/** Magnitude words read as amounts: word, value, the magnitude kept in the unit. */
const WORD_AMOUNTS: [string, number, string][] = [
  ["万亿", 1, "万亿"],
  ["千亿", 1000, "亿"],
  ["百亿", 100, "亿"],
  ["千万", 1000, "万"],
  ["百万", 100, "万"],
];

const WORD_AMOUNT_FIRST = new Set(["万", "千", "百"]);

/** A qualifier right before a magnitude word makes it an amount (超千亿元, 突破万亿元, 近百万人). */
const WORD_AMOUNT_AFTER = /(超|破|近|逾|过|上)$/;

/** 翻番 / 翻一番 doubles (growth 100 %), 翻两番 quadruples (300 %): growth over the period, in %. */
function readDoubling(text: string, i: number, limit: number): Mention | undefined {
  const m = DOUBLING.exec(text.slice(i, Math.min(limit, i + 4)));
  if (!m) return undefined;
  const times = m[1] === "" || m[1] === "一" ? 1 : m[1] === "三" ? 3 : 2;
  const value = (2 ** times - 1) * 100;
  const end = i + m[0].length;
  const token: NumberToken = { value, start: i, end, percent: true, chinese: false };
  return { number: token, value, unit: "%", qualifier: "=", end, doubling: true };
}

const DOUBLING = /^翻([一两二三]?)番/;

/**
 * 成 counts tenths: 三成 is 30 %, 超五成 more than 50 %, 九成以上 at least 90 % (a Chinese digit, or an
 * Arabic one, right before 成; 成为, 成效 … are words, not tenths).
 */
export function readTenths(text: string, i: number, limit: number): Mention | undefined {
  if (text[i + 1] !== "成") return undefined;
  const ch = text[i];
  const digit = isAsciiDigit(ch) ? Number(ch) : ch === "两" ? 2 : TENTH_DIGITS.indexOf(ch);
  if (digit < 1 || text[i + 1] !== "成" || i + 2 > limit) return undefined;
  if (isAsciiDigit(text[i - 1]) || isChineseNumeralChar(text[i - 1])) return undefined;
  const after = skipSpaces(text, i + 2);
  const suffix = SUFFIX_QUALIFIERS.find(([w]) => text.startsWith(w, after));
  // 成为, 成效, 一成不变: 成 starting a word is no tenth; tenths end the phrase or take 以上/左右/的
  if (!suffix && /[\u4e00-\u9fff0-9]/.test(text[after] ?? "") && text[after] !== "的") return undefined;
  const value = digit * 10;
  const token: NumberToken = { value, start: i, end: i + 1, percent: true, chinese: !isAsciiDigit(ch) };
  return {
    number: token,
    value,
    unit: "%",
    qualifier: suffix ? suffix[1] : "=",
    end: suffix ? after + suffix[0].length : i + 2,
  };
}

/** Index = the digit (一 = 1 …); 两 is 2 too. */
const TENTH_DIGITS = "〇一二三四五六七八九";

/** A ratio's name and link right before a number without a unit (收入比缩小至, 系数为). */
const RATIO_BEFORE =
  /(收入比|之比|比值|系数|指数)(缩小|扩大|下降|降低|提高|提升|保持|稳定)?(至|到|为|在|达)?\s*$/;

/** How many bare numbers a list may run before its unit (70、40、35微克/立方米). */
const MAX_LIST_HOPS = 6;

/**
 * A bare number listed before others (分别控制在70、40微克/立方米) takes the unit written after the
 * list's last number; undefined when the list has none (or is not a list of Arabic numbers).
 */
function unitOfListAfter(text: string, from: number, limit: number): string | undefined {
  let k = skipSpaces(text, from);
  for (let hop = 0; hop < MAX_LIST_HOPS && text[k] === "、"; hop++) {
    const start = skipSpaces(text, k + 1);
    if (!isAsciiDigit(text[start])) return undefined;
    const next = readNumber(text, start);
    if (!next || next.end > limit) return undefined;
    if (next.percent) return "%";
    const u = readUnit(text, next.end);
    if (u) return u.unit;
    k = skipSpaces(text, next.end);
  }
  return undefined;
}

/** The base unit (元 of 亿元) of the first later value in a 、 list that has one, or "". */
function baseOfListAfter(text: string, from: number, limit: number): string {
  let k = skipSpaces(text, from);
  for (let hop = 0; hop < MAX_LIST_HOPS && text[k] === "、"; hop++) {
    const start = skipSpaces(text, k + 1);
    const next = isAsciiDigit(text[start]) ? readNumber(text, start) : undefined;
    if (!next || next.end > limit || next.percent) return "";
    const u = readUnit(text, next.end);
    if (!u) return "";
    if (!BARE_MAGNITUDE.has(u.unit)) {
      const base = u.unit.replace(/^(万亿|亿|万)/, "");
      return base !== u.unit ? base : "";
    }
    k = skipSpaces(text, u.end);
  }
  return "";
}

/** A number after these is a rank or an ordinal (第3, 前30名, 后30). */
export const RANK_BEFORE = new Set(RANK_BEFORE_CHARS);

export function canStartNumber(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "翻") return true;
  if (ch === "万")
    return text[i + 1] === "亿" && !isChineseNumeralChar(text[i - 1]) && !isAsciiDigit(text[i - 1]);
  const prev = text[i - 1];
  if (isAsciiDigit(ch))
    return !isAsciiDigit(prev) && prev !== "." && !isLetter(prev) && !RANK_BEFORE.has(prev);
  if (text.startsWith("百分之", i)) return true;
  if (!isChineseNumeralChar(ch) || ch === "点") return false;
  return !isChineseNumeralChar(prev) && !RANK_BEFORE.has(prev) && prev !== "之";
}

/** Zone endings that make the value a name or a feature of a project, not an indicator (年产, 占地). */
export const FEATURE_BEFORE = /(年产|占地|届)\s*$/;

const STANDARD_BEFORE = /按照|按每/;
const STANDARD_LOOKBACK = 40;

export const BARE_MAGNITUDE = new Set(["万", "亿", "万亿"]);

/** Units that count things (超8000个公益性岗位 counts posts; 超5000亿元开发区 names a class). */
const COUNT_UNITS = new Set(["个", "所", "条", "家", "名", "户", "项", "座", "处", "张", "套", "支", "批次"]);

/** Numbers that are session numbers, ages, thresholds inside names or other jurisdictions' figures. */
export function skipMention(text: string, clauseStart: number, m: Mention): boolean {
  const before = text.slice(Math.max(clauseStart, m.number.start - 6), m.number.start);
  if (FEATURE_BEFORE.test(before)) return true;
  // 每10万人口高等教育在校生: the base of a rate inside a name
  if (before.endsWith("每") && /[\u4e00-\u9fff]/.test(text[m.end] ?? "")) return true;
  const next = text[skipSpaces(text, m.end)];
  // the value opens its clause (71.3万监测对象…, 超过200家世界500强企业在陕设立…): it counts what follows
  const opens = !text.slice(clauseStart, m.number.start).replace(/[\s超过逾近约]/g, "");
  // 超500万企业: a bare magnitude followed by a noun is a threshold inside a name
  if (BARE_MAGNITUDE.has(m.unit) && next !== undefined && /[\u4e00-\u9fff]/.test(next) && !opens) return true;
  // 行政村和20户以上自然村: a threshold that qualifies the next item of a list (左右 is never one:
  // 300个精品村、2500个左右提档升级村; nor is a count in a list of counts: 10家龙头企业、50家以上骨干企业)
  if (
    m.qualifier !== "=" &&
    m.qualifier !== "~" &&
    /[和及、]$/.test(text.slice(Math.max(clauseStart, m.number.start - 1), m.number.start)) &&
    /[\u4e00-\u9fff]/.test(text[m.end] ?? "") &&
    !/[的和及]/.test(text[m.end]) &&
    !/\d[\u4e00-\u9fff]/.test(
      text.slice(Math.max(clauseStart, m.number.start - COUNT_LIST_LOOKBACK), m.number.start),
    )
  )
    return true;
  // 20万元以上的村, 30万吨/年以下煤矿: a threshold that qualifies a noun
  if (m.qualifier !== "=" && text[m.end] === "的" && m.unit !== "%") return true;
  if (
    (m.qualifier === "<=" || m.qualifier === "<") &&
    /[\u4e00-\u9fff]/.test(text[m.end] ?? "") &&
    !/[的,,。;;]/.test(text[m.end])
  ) {
    if (!/^(以内|以下)$/.test(text.slice(m.end - 2, m.end)) || !/^[的,,。;;\s]/.test(text[m.end] ?? "")) {
      if (/以下|以内/.test(text.slice(m.end - 2, m.end))) return true;
    }
  }
  // 10亿元以上重大产业项目, 30万吨以上钢铁企业: an amount with 以上 right before a noun is a threshold
  // that names a class of things (counts such as 100个以上场景 stay values)
  if (
    m.qualifier === ">=" &&
    THRESHOLD_UNIT.test(m.unit) &&
    /[\u4e00-\u9fff]/.test(text[m.end] ?? "") &&
    !/[的和及与并、]/.test(text[m.end])
  )
    return true;
  // 超5000亿元开发区, 超千万元企业: "more than" + unit + noun names a class of things
  const lead = text.slice(Math.max(clauseStart, m.number.start - 2), m.number.start);
  if (
    /超过?$/.test(lead) &&
    !COUNT_UNITS.has(m.unit) &&
    !opens &&
    m.qualifier === "=" &&
    !/^[和及、]\s*\d/.test(text.slice(m.end, m.end + 3)) &&
    /[\u4e00-\u9fff]/.test(text[m.end] ?? "") &&
    !/^(以上|左右)/.test(text.slice(m.end, m.end + 2)) &&
    // 下降超3成的情况下: a share with 的 describes a circumstance, not a class
    (text[m.end] !== "的" || m.unit !== "%")
  )
    return true;
  // 按照1平方公里配置1座: a standard of provision, not a quantity (looked for in the clause's last
  // STANDARD_LOOKBACK characters only, so that the cost per number is bounded)
  if (
    STANDARD_BEFORE.test(
      text.slice(Math.max(clauseStart, m.number.start - STANDARD_LOOKBACK), m.number.start),
    )
  )
    return true;
  // 公交与轨道50米内换乘比例: a distance or time bracket inside a name
  if (text[m.end] === "内" && /[\u4e00-\u9fff]/.test(text[m.end + 1] ?? "")) return true;
  // 3岁以下婴幼儿, 0—6岁儿童, 65岁老年人: an age bracket, whose group is named right after it
  // (人均预期寿命提高到80岁以上。 and 人均预期寿命76.8岁左右 are values)
  if (m.unit === "岁" && (m.value_max !== undefined || m.value === 0)) return true;
  if (
    m.unit === "岁" &&
    m.qualifier !== "=" &&
    m.qualifier !== "~" &&
    /[\u4e00-\u9fff]/.test(text[m.end] ?? "")
  )
    return true;
  if (m.unit === "岁" && AGE_GROUPS.some((w) => text.startsWith(w, m.end))) return true;
  return false;
}
