/** Naming a value: the words before it (or after it) that say which indicator it measures. */
import type { Qualifier } from "../../record";
import {
  ACTION_VERBS,
  FALL_WORDS,
  GROWTH_WORDS,
  LEVEL_LINKS,
  MODAL_TAILS,
  NAME_AFTER_UNIT,
  NAME_LEAD_FILLERS,
  NAME_TAIL_FILLERS,
  OBJECT_VERBS,
  PREFIX_QUALIFIERS,
  RATE_FRAME_WORDS,
  BARE_VERBS,
  NON_NAMES,
  VERB_LEADS,
  VERB_TAILS,
  GENERIC_NAME_WORDS,
  LEAD_VERB_WORDS,
  SET_BY_OTHERS,
  WHOLE_BY_LEVEL,
  WHOLE_OF,
  FILLER_LED_WORDS,
} from "../vocabulary/cues";
import { wordTest } from "../vocabulary";
import { readUnit } from "../units";
import { isAsciiDigit } from "../numbers";
import { INDICATORS } from "../lexicon";
import { isLetter, readTenths, readWordAmount } from "./mention";

export interface PredicateWord {
  word: string;
  type: "growth" | "fall" | "link" | "from" | "qualifier" | "filler" | "modal";
  qualifier?: Qualifier;
}

/** Every word that may sit between a name and its number, longest first. */
export const PREDICATE_WORDS: PredicateWord[] = [
  ...GROWTH_WORDS.map((word) => ({ word, type: "growth" as const })),
  ...FALL_WORDS.map((word) => ({ word, type: "fall" as const })),
  ...LEVEL_LINKS.map((word) => ({ word, type: "link" as const })),
  ...["由", "从"].map((word) => ({ word, type: "from" as const })),
  ...PREFIX_QUALIFIERS.map(([word, qualifier]) => ({ word, type: "qualifier" as const, qualifier })),
  ...NAME_TAIL_FILLERS.map((word) => ({ word, type: "filler" as const })),
  ...MODAL_TAILS.map((word) => ({ word, type: "modal" as const })),
].sort((a, b) => b.word.length - a.word.length);

export const LEAD_FILLERS = [...NAME_LEAD_FILLERS].sort((a, b) => b.length - a.length);

/** Word lists indexed by their last / first character (longest first), so a lookup tries a handful. */
export function indexBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

export const PREDICATE_BY_LAST = indexBy(PREDICATE_WORDS, (p) => p.word[p.word.length - 1]);

export const LEAD_BY_FIRST = indexBy(LEAD_FILLERS, (w) => w[0]);

export const ACTIONS = [...ACTION_VERBS].sort((a, b) => b.length - a.length);

export const OBJECT_ENDS = [...new Set([...ACTION_VERBS, ...OBJECT_VERBS])].sort(
  (a, b) => b.length - a.length,
);

/** OBJECT_ENDS by last character, for the per-value `name.endsWith(verb)` lookup. */
export const OBJECT_ENDS_BY_LAST = indexBy(OBJECT_ENDS, (v) => v[v.length - 1]);

export const GENERIC_NAMES = new RegExp(`^(${GENERIC_NAME_WORDS.join("|")})$`);

/** The longest lexicon name in a passage (the subject a later clause refers back to). */
export function indicatorNamedIn(passage: string): string | undefined {
  // the last one named wins (it is the nearest subject); at the same place, the longer name
  let best: { name: string; at: number } | undefined;
  for (const n of ALL_NAMES) {
    if (n.length < 3) continue;
    const at = passage.lastIndexOf(n);
    if (at < 0) continue;
    const end = at + n.length;
    const bestEnd = best ? best.at + best.name.length : -1;
    if (!best || end > bestEnd || (end === bestEnd && n.length > best.name.length)) best = { name: n, at };
  }
  return best?.name;
}

export const ALL_NAMES = INDICATORS.flatMap((e) => [e.name_zh, ...e.synonyms]).filter((n) =>
  /[\u4e00-\u9fff]/.test(n),
);

/** Macro-indicator names (GDP, CPI …) that, after 全省/全国, make a figure another jurisdiction's. */
export const MACRO_NAMES = INDICATORS.flatMap((e) => [e.name_zh, ...e.synonyms]).filter((n) => n.length >= 4);
const startsWithMacroName = wordTest(MACRO_NAMES, "start");

/** The word for the whole of the document's own jurisdiction (全省 for 河南省), if its level is known. */
export function ownWhole(regionNames: string[] | undefined): string | undefined {
  const name = regionNames?.[0];
  return name ? WHOLE_BY_LEVEL[name[name.length - 1]] : undefined;
}

const WHOLE_LAST = new Set(WHOLE_OF.map((w) => w[w.length - 1]));

const WHOLE_RE = new RegExp(`^(${SET_BY_OTHERS.join("|")})?(${WHOLE_OF.join("|")})`);

/**
 * 全国生产总值 and, in a city's plan, 全省生产总值 are other jurisdictions' figures; 全省生产总值 in a
 * province's report is its own; 全国休闲农业精品园区 (a national-level label) is a name, not a figure.
 */
export function isOtherJurisdiction(name: string, own?: string): boolean {
  const m = WHOLE_RE.exec(name);
  if (!m) return false;
  if (m[2] === own && !m[1]) return false;
  if (m[1]) return true;
  const rest = name.slice(m[0].length);
  // 全国的增长目标: another whole's figure (a label such as 全国文明城市 has no 的)
  return rest.startsWith("的") || startsWithMacroName(rest);
}

/** A whole-of word right before a number that is not the document's own (全国第3, 全省8个 in a city). */
export function otherWholeBefore(before: string, own: string | undefined): boolean {
  // 高于全国平均水平0.3个百分点: the whole's average is its figure too
  if (before.endsWith("平均") || before.endsWith("平均水平")) before = before.replace(/平均(水平)?$/, "");
  if (!WHOLE_LAST.has(before[before.length - 1])) return false;
  const w = WHOLE_OF.find((x) => before.endsWith(x));
  return w !== undefined && w !== own;
}

/** A name that is nothing but a verb (提供, 整合为): it names nothing. */
const endsWithNonName = wordTest(NON_NAMES, "end");

export function isBareVerb(name: string): boolean {
  if (endsWithNonName(name)) return true;
  // verbs are short: a longer name is no bare verb (and is not scanned)
  if (name.length > 7) return false;
  const core = name.replace(VERB_AROUND, "");
  return BARE_VERB_SET.has(name) || BARE_VERB_SET.has(core);
}

const VERB_AROUND = new RegExp(`^(${VERB_LEADS.join("|")})|(${VERB_TAILS.join("|")}|为|到|至)$`, "g");

const BARE_VERB_SET = new Set([...BARE_VERBS, ...LEVEL_LINKS, ...GROWTH_WORDS, ...FALL_WORDS]);

/** A text after a value that starts with a predicate (提升至83.9岁, 增长到…) is no name of the value. */
export function startsWithPredicate(s: string): boolean {
  return PREDICATE_BY_FIRST.get(s[0])?.some((p) => s.startsWith(p.word)) ?? false;
}

const PREDICATE_BY_FIRST = indexBy(
  PREDICATE_WORDS.filter((p) => p.type !== "filler" && p.type !== "modal"),
  (p) => p.word[0],
);

export const SCOPE_END = /(全区|全市|全县|辖区|区内|市内)$/;

/** Verbs that start a name without being part of the indicator (筹建日转运量 → 日转运量). */
export const LEAD_VERBS = new RegExp(`^(${LEAD_VERB_WORDS.join("|")})(?=..)`);

export const RATE_TAIL = /(率|度|比重|占比|比例)$/;

export const GROWTH_NAME = /(增速|增幅|涨幅|增长率)$/;

const isVerb = (w: PredicateWord): boolean => w.type !== "filler" && w.type !== "from" && w.type !== "modal";

/** Removes words from the end of a prefix and reports them. */
export function stripPredicate(prefix: string): { name: string; words: PredicateWord[] } {
  let name = prefix;
  const words: PredicateWord[] = [];
  for (let guard = 0; guard < 12; guard++) {
    // 优良天数连续6年稳定在…: a run of years says how long, not which indicator
    // (each looked for only where the name's last character may end it: this runs once per value)
    let trimmed = name.replace(/[\s"“”'、]+$/u, "");
    if (trimmed.endsWith("年")) trimmed = trimmed.replace(RUN_OF_YEARS, "");
    if (RATE_FRAME_LAST.has(trimmed[trimmed.length - 1])) trimmed = trimmed.replace(RATE_FRAME, "");
    if (trimmed !== name) {
      name = trimmed;
      continue;
    }
    const hit = PREDICATE_BY_LAST.get(name[name.length - 1])?.find(
      (p) =>
        name.endsWith(p.word) &&
        (p.type !== "modal" || words.some(isVerb)) &&
        // a one-character verb (增, 降) never cuts a word: 新增, 净增, 递增 stay in the name
        (p.word.length > 1 || !/[新净递倍骤剧]$/.test(name.slice(0, -1))),
    );
    if (!hit) break;
    words.push(hit);
    name = name.slice(0, -hit.word.length);
  }
  return { name, words };
}

/** 连续13年稳定在, 优良天数连续6年: a run of years before the verb says how long, not which indicator. */
const RUN_OF_YEARS = /连续\s*[0-9一二两三四五六七八九十]+\s*个?年$/;

/** 从每人每月2375元, 低于每立方米19微克: the rate's frame, written before the number, is no name. */
const RATE_FRAME_LAST = new Set(RATE_FRAME_WORDS.map((w) => w[w.length - 1]));
const RATE_FRAME = new RegExp(`(每(${RATE_FRAME_WORDS.join("|")})){1,2}$`);

/** 3月份环比增长, 一季度…: the part of the year a figure covers is no part of its name, nor is an
 * item's ① or the document that sets the figure (《纲要》提出). */
const PART_OF_YEAR =
  /^(?:《[^》]{1,30}》(?:提出|明确|要求|确定)|[\u2460-\u2473\u2776-\u277f]|[0-9]{1,2}(?:[-—~][0-9]{1,2})?月份?|[一二三四]季度|前三季度|[上下]半年)(?:以来)?/;

export function stripLead(name: string): string {
  let out = name;
  for (let guard = 0; guard < 12; guard++) {
    // 三是…, 十一是…: the item number of a list of works, not part of a name
    const trimmed = out
      .replace(/^[\s"“”'、,:]+/u, "")
      .replace(ITEM_ORDINAL, "")
      .replace(PART_OF_YEAR, "");
    if (trimmed !== out) {
      out = trimmed;
      continue;
    }
    // 对辖区73个…进行: a preposition, but 对外 starts a name (对外直接投资)
    // (and so do trade or investment with a partner: 对非贸易额, 对东盟出口)
    if (out.startsWith("对") && !out.startsWith("对外") && !TRADE_WITH.test(out)) {
      out = out.slice(1);
      continue;
    }
    // 全市性督查 keeps its 全市: a filler never cuts a word (…性, 等级民宿, 和美乡村)
    if (FILLER_LED_FIRST.has(out[0]) && startsWithFillerLedWord(out)) break;
    const hit = LEAD_BY_FIRST.get(out[0])?.find((w) => out.startsWith(w) && out[w.length] !== "性");
    if (!hit) break;
    out = out.slice(hit.length);
  }
  return out;
}

const startsWithFillerLedWord = wordTest(FILLER_LED_WORDS, "start");
const FILLER_LED_FIRST = new Set(FILLER_LED_WORDS.map((w) => w[0]));

const TRADE_WITH = /^对[\u4e00-\u9fff]{1,4}(贸易|进出口|出口|进口|投资)/;

const CONJUNCTIONS = new Set(["和", "及", "与", "并"]);

const ITEM_ORDINAL = /^[一二三四五六七八九十]{1,3}是(?=..)/;

/** A conjunction opening a name (和改造管网 once 建设 is gone), unless it opens a word (和美乡村). */
export function dropLeadConjunction(name: string): string {
  return CONJUNCTIONS.has(name[0]) && name.length > 2 && !startsWithFillerLedWord(name)
    ? name.slice(1)
    : name;
}

export function compact(s: string): string {
  return s.replace(/\s+/g, "");
}

/** Text after a mention that names what is counted (新建 6 家养老机构 → 养老机构), and where it ends. */
export function suffixName(text: string, from: number, to: number): { name: string; end: number } {
  let i = from;
  while (i < to && /[\s的“”"]/.test(text[i])) i++;
  // 76户229名建档立卡贫困户: another value comes first; the name is what follows it, and the other
  // value is not consumed (end stays at `from`)
  let j = i;
  while (j < to && isAsciiDigit(text[j])) j++;
  const next = j > i ? readUnit(text, j) : undefined;
  if (next) {
    const after = suffixName(text, next.end, to);
    // 70个30亿元以上项目, 390万65岁以上老年人: the other value's 以上 is its own, not the name's
    return { name: after.name.replace(/^(及以上|以上|以下|左右)/, ""), end: from };
  }
  const begin = i;
  const limit = Math.min(to, begin + 24);
  let depth = 0;
  let modifiers = false;
  for (; i < limit; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "(") depth++;
    else if ((ch === ")" || ch === ")") && depth > 0) depth--;
    else if (depth === 0 && /[、,,;;。(]/.test(ch)) {
      // 40个吸引力强、带动面广的消费场景: modifiers listed before the thing counted, which follows 的
      if (ch === "、" && !modifiers && modifierListAt(text, i + 1, limit)) {
        modifiers = true;
        continue;
      }
      break;
    }
    if (
      isAsciiDigit(ch) &&
      i > begin &&
      !isLetter(text[i - 1]) &&
      !isAsciiDigit(text[i - 1]) &&
      text[i - 1] !== "." &&
      !numberInName(text, i)
    )
      break;
    // 基金带动社会投资超千亿元: an amount in words ends the name as digits do, and so does the
    // qualifier before an amount (超, 突破 …), which belongs to that amount
    if (i > begin && (wordAmountAt(text, i, to) || qualifiedAmountAt(text, i, to))) break;
    // 以上/左右 close the name only at its end (3家以上, 175个亿元以上重点项目 goes on)
    // (和/及 join the next item, but not as the name's first character: 1000个和美乡村)
    if (closesName(text, i, "以上") || closesName(text, i, "左右")) break;
    if (i > begin && (ch === "和" || ch === "及")) break;
    // 5个重大水利项目全部开工: an adverb opens the predicate, the name ends before it
    if (i > begin && SUFFIX_STOP_FIRST.has(ch) && SUFFIX_STOPS.some((w) => text.startsWith(w, i))) break;
  }
  let name = compact(text.slice(begin, i).replace(/[“”"]/g, "")).replace(SUFFIX_TAIL, "");
  if (modifiers) name = name.slice(name.lastIndexOf("的") + 1);
  // 建成8个国家级、13个省级区域医疗中心: levels listed with their counts share the last one's noun
  if (name.endsWith("级") && name.length <= 4 && text[i] === "、") name += levelListTail(text, i + 1, to);
  return { name, end: i };
}

/** The noun after the next count's level word (13个省级区域医疗中心 → 区域医疗中心), or "". */
function levelListTail(text: string, at: number, to: number): string {
  let k = at;
  while (k < to && (isAsciiDigit(text[k]) || text[k] === ".")) k++;
  const unit = k > at ? readUnit(text, k) : undefined;
  if (!unit) return "";
  return LEVEL_WORD_THEN_NOUN.exec(suffixName(text, unit.end, to).name)?.[1] ?? "";
}

const LEVEL_WORD_THEN_NOUN = /^[\u4e00-\u9fff]{1,3}级([\u4e00-\u9fff]{2,})$/;

/** Adverbs that open a predicate after the thing counted (全部开工, 已经投入使用, 相继建成). */
const SUFFIX_STOPS = [
  "全部",
  "已经",
  "均已",
  "全面",
  "顺利",
  "相继",
  "陆续",
  "先后",
  "如期",
  "提前",
  "已",
  "首次",
  "实施",
];
const SUFFIX_STOP_FIRST = new Set(SUFFIX_STOPS.map((w) => w[0]));

/** The words from `at` reach a 的 before any punctuation or digit (a list of modifiers goes on). */
function modifierListAt(text: string, at: number, limit: number): boolean {
  for (let k = at; k < limit; k++) {
    const ch = text[k];
    if (ch === "的") return k > at;
    if (/[、,,;;。(0-9]/.test(ch)) return false;
  }
  return false;
}

/** A two-character word at i with the name's end right after it. */
function closesName(text: string, i: number, word: string): boolean {
  return text.startsWith(word, i) && /^[,,。;;、\s]?$/.test(text[i + 2] ?? "");
}

function wordAmountAt(text: string, i: number, to: number): boolean {
  return readWordAmount(text, i, to) !== undefined || readTenths(text, i, to) !== undefined;
}

const QUALIFIER_BY_FIRST = indexBy(
  PREFIX_QUALIFIERS.map(([w]) => w).sort((a, b) => b.length - a.length),
  (w) => w[0],
);

function qualifiedAmountAt(text: string, i: number, to: number): boolean {
  const w = QUALIFIER_BY_FIRST.get(text[i])?.find((q) => text.startsWith(q, i));
  return w !== undefined && (isAsciiDigit(text[i + w.length]) || wordAmountAt(text, i + w.length, to));
}

/** Work words after the thing counted (等82个重大续建项目建设): the thing is the indicator. */
export const SUFFIX_TAIL = /(建设|工作|进行.*)$/;

const FALL_BY_FIRST = indexBy(
  FALL_WORDS.filter((w) => !w.startsWith("年均")).sort((a, b) => b.length - a.length),
  (w) => w[0],
);

/**
 * A fall verb before its object (平均压减时间58%, 压缩审批时限30%): the object is the indicator and the
 * value a fall. Returns the verb and the name without it, or undefined.
 */
export function leadingFall(name: string): { word: PredicateWord; rest: string } | undefined {
  const s = compact(name).replace(/^平均/, "");
  const w = FALL_BY_FIRST.get(s[0])?.find((f) => s.startsWith(f));
  if (!w || s.length - w.length < 2) return undefined;
  return { word: { word: w, type: "fall" }, rest: s.slice(w.length) };
}

/** Digits that are part of a name (世界500强企业, 5G基站): the name goes on through them. */
function numberInName(text: string, i: number): boolean {
  let j = i;
  while (j - i < 6 && isAsciiDigit(text[j])) j++;
  return NAME_AFTER_UNIT.some((w) => text.startsWith(w, j)) || /[A-Za-z]/.test(text[j] ?? "");
}
