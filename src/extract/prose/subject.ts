/**
 * Which indicator a value measures: the words before it (or after it), the list it stands in, or the
 * subject of its sentence or of the sentence before. Special constructions are rules in rules.ts.
 */
import type { TimeRef } from "../timeRefs";
import { readMention, type Mention } from "./mention";
import {
  type PredicateWord,
  ACTIONS,
  OBJECT_ENDS,
  OBJECT_ENDS_BY_LAST,
  GENERIC_NAMES,
  indicatorNamedIn,
  isOtherJurisdiction,
  isBareVerb,
  ownWhole,
  startsWithPredicate,
  SCOPE_END,
  LEAD_VERBS,
  dropLeadConjunction,
  stripLead,
  compact,
  suffixName,
} from "./naming";
import { COMPLETE_NAME, LIST_RULES, fundedName } from "./rules";
import { ATTRIBUTE_WORDS, DENG_WORD_LEADS, DENG_WORD_TAILS, NON_NAMES } from "../vocabulary/cues";
import { skipSpaces } from "../units";
import type { Place } from "./candidate";

/** Names are short: only the end of a long zone matters, and bounding it keeps every regex linear. */
const MAX_ZONE = 120;

/** How far back a later clause looks for the subject it refers to. */
const SUBJECT_LOOKBACK = 160;

/** Verbs opening a subject that another verb replaces (新开工安置房 → 安置房建成). */
const LEAD_ACTION = new RegExp(`^(${[...ACTIONS, ...OBJECT_ENDS].join("|")})`);

const TAIL_ACTION = new RegExp(`(${[...ACTIONS, ...OBJECT_ENDS].join("|")})$`);

const NON_NAME_SET = new Set(NON_NAMES);

/** Where a number may start (see INTERESTING in index.ts). */
const ANY_NUMBER =
  /[0-9]|[一二两三四五六七八九十百千万〇零](?=[一二两三四五六七八九十百千万亿成分〇零点])|翻(?=[一两二三]?番)/g;

/** Words that name a property of something rather than a thing (总投资, 年税收, 总数). */
const ATTRIBUTE_NAME = new RegExp(`^(${ATTRIBUTE_WORDS.join("|")})$`);
const ATTRIBUTE_TAIL = new RegExp(`(${ATTRIBUTE_WORDS.join("|")})$`);

const COMPARE_BEFORE = /(比|较)\s*[“"]?\s*$/;
/** What closes a compared period after its name (”期末, ”同期, ”时期). */
const COMPARED_TAIL = /^[”"]?(期末|同期|时期|期间)?/;

/** Text from the segment start to the number, time expressions removed and bounded in length. */
export function nameZone(p: Place, numberStart: number): string {
  let zone = "";
  // only the zone's end is kept: reading further back than a few times that would be wasted work
  const from = Math.max(p.segStart, numberStart - 4 * MAX_ZONE);
  let cursor = from;
  for (let k = firstRefEndingAfter(p.refs, from); k < p.refs.length; k++) {
    const r = p.refs[k];
    if (r.start >= numberStart) break;
    // 经济总量比2020年翻一番, 较“十三五”期末增长: the comparison goes with the time it compares with
    const piece = p.text.slice(cursor, Math.max(cursor, r.start));
    const compared = piece.replace(COMPARE_BEFORE, "");
    zone += compared;
    cursor = Math.max(cursor, r.end);
    if (compared !== piece) cursor += COMPARED_TAIL.exec(p.text.slice(cursor, cursor + 4))?.[0].length ?? 0;
  }
  zone += p.text.slice(cursor, numberStart);
  // names are short: only the end of a long zone matters, and bounding it keeps every regex linear
  return zone.length > MAX_ZONE ? zone.slice(-MAX_ZONE) : zone;
}

/** What a sentence hands on to the next: its last subject; and where the next number is. */
export interface Carried {
  name?: string;
  /** Offset of the first number at or after `from` (text.length: none), found once for many sentences. */
  numberAt?: { from: number; at: number };
  /** 预计全年…；…；…: a sentence opening with 预计 makes its ；-joined followers estimates too. */
  estimate?: boolean;
}

/** The first possible number at or after `from`; the search is reused while sentences lie before it. */
export function nextNumberAt(text: string, from: number, carried: Carried): number {
  const known = carried.numberAt;
  if (known && known.from <= from && from <= known.at) return known.at;
  ANY_NUMBER.lastIndex = from;
  const hit = ANY_NUMBER.exec(text);
  carried.numberAt = { from, at: hit ? hit.index : text.length };
  return carried.numberAt.at;
}

/** A document named with what it says before a name (《纲要》提出, 《规划》明确). */
const DOCUMENT_SAYS = /^《[^》]{1,30}》(?:提出|确定|设定|明确|要求)(?=[\u4e00-\u9fff]{2})/;
/** A document named before a generic word (《纲要》目标, 《规划》提出的目标). */
const DOCUMENT_REF = /^《[^》]{1,30}》(提出的?|确定的?|设定的?|明确的?|的)?/;

/** A sentence that is nothing but an indicator's name (游客人均停留天数), else undefined. */
export function bareSubject(sentence: string): string | undefined {
  const s = compact(sentence);
  return s.length >= 3 && s.length <= 16 && /^[\u4e00-\u9fffA-Za-z0-9.]+$/.test(s) && COMPLETE_NAME.test(s)
    ? s
    : undefined;
}

/** Another value follows this one in a list (增长5.6%、7.5%, 增长5%和7%). */
function valuesFollow(text: string, end: number): boolean {
  const k = skipSpaces(text, end);
  return (
    /[、和及]/.test(text[k] ?? "") && /[0-9一二两三四五六七八九十]/.test(text[skipSpaces(text, k + 1)] ?? "")
  );
}

/** The number of values in the list that the value m opens (增长5%、7%和9%), at most 12. */
function countListValues(text: string, m: Mention, end: number): number {
  let n = 1;
  let k = m.end;
  for (; n < 12; n++) {
    k = skipSpaces(text, k);
    if (!/[、和及]/.test(text[k] ?? "")) break;
    const next = readMention(text, skipSpaces(text, k + 1), end);
    if (!next) break;
    k = next.end;
  }
  return n;
}

/** Index of the first time expression (in text order) that ends after pos: a binary search. */
export function firstRefEndingAfter(refs: TimeRef[], pos: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indicator a value measures: from the words before it, after it, or the sentence's subject. */
export function resolveName(
  p: Place,
  m: Mention,
  zone: string,
  rawName: string,
  words: PredicateWord[],
): { name: string; fromSuffix: boolean; suffixEnd: number; suffix: string } | undefined {
  const { text, state } = p;
  // 到/在/于 …: a preposition, also alone (在3000个小区设置智能回收机: the name follows the value)
  let name = compact(stripLead(rawName)).replace(/^(到|至|在|截至|于|为|向)(?=.)|^(在|于|为|向)$/, "");
  name = stripLead(name);
  // 全省 in a province's report: the document's own jurisdiction is the scope, not part of the name
  const own = ownWhole(p.options.regionNames);
  if (own && name.startsWith(own)) name = stripLead(name.slice(own.length));
  // 比2020年提高5个百分点: only the comparison is left, the subject is the previous one
  // 《纲要》提出固定资产投资年均增长8%: the document that sets the target is not part of the name
  name = name.replace(DOCUMENT_SAYS, "");
  // 2021—2023年实际年均增长6.1%: 实际/名义 alone qualifies the growth of that subject
  if (/^(比|较|同比|与|相比|实际|名义)$/.test(name)) name = "";
  // 总量稳居全国前十强、增长4.8%: a standing among other places names nothing; the subject does
  if (STANDING.test(name)) name = "";
  let fromSuffix = false;
  const { name: suffix, end: suffixEnd } = suffixName(text, m.end, p.sentenceEnd);
  const adjacent = m.end < text.length && !/[\s、,,;;。]/.test(text[m.end]);
  const verb = OBJECT_ENDS_BY_LAST.get(name[name.length - 1])?.find((a) => name.endsWith(a));
  const hasSuffix =
    suffix.length >= 2 &&
    /^(\d+\s*)?[\u4e00-\u9fffA-Za-z]/.test(suffix) &&
    !startsWithPredicate(suffix) &&
    // 迈上3万亿元台阶: the threshold crossed names no indicator
    !/^(台阶|大关|关口)/.test(suffix);
  // 安排资金3.5亿元用于农村公路建设: funds named after what they pay for
  const funded = fundedName(name, suffix);
  if (funded) name = funded;
  // 提供11.2万个岗位, 由162个整合为123个: a verb alone names nothing
  const bareVerb = !verb && !funded && isBareVerb(name);
  if (bareVerb) name = "";
  const zoneEnd = zone.trimEnd();
  // 10公里的青龙河生态主题公园: the value describes the thing named after 的
  const describes =
    text[m.end] === "的" &&
    m.unit !== "%" &&
    m.qualifier === "=" &&
    OBJECT_ENDS.some((v) => name.includes(v));
  // 80%以上的规上企业实施…改造: a share of the things named after 的
  const shareOf = text[m.end] === "的" && m.unit === "%" && !name;
  if (
    !funded &&
    hasSuffix &&
    (!name || /[等和及、的]$/.test(zoneEnd) || SCOPE_END.test(name) || describes || shareOf)
  ) {
    // 开工建设郑东新区中国粮谷等50个项目: the leading action belongs to the thing counted
    const lead = zoneEnd.endsWith("等") ? (ACTIONS.find((v) => name.startsWith(v)) ?? "") : "";
    name = lead + suffix;
    fromSuffix = true;
  } else if (!funded && hasSuffix && verb && (adjacent || name.length <= verb.length + 2)) {
    name = (ACTIONS.includes(verb) ? verb : "") + suffix;
    fromSuffix = true;
  }
  // 失业率保持低位运行,低于3.5%的控制目标: a generic word after the value refers back to the subject
  if (fromSuffix && GENERIC_NAMES.test(name)) {
    name = indicatorNamedIn(text.slice(Math.max(p.sentenceStart, p.clauseStart - 60), p.clauseStart)) ?? "";
  }
  // 《纲要》目标为2.5天: a plan's target for the indicator the paragraph speaks of
  if (!fromSuffix && GENERIC_NAMES.test(name.replace(DOCUMENT_REF, ""))) name = "";
  const unnamed = !name;
  if (!name) {
    if (state.listNames && state.listIndex < state.listNames.length) name = state.listNames[state.listIndex];
    else if (state.lastName) name = state.lastName;
    // 游客人均停留天数。2020年为1.6天: the subject of the sentence before
    else if (state.carried && p.clauseStart === p.sentenceStart && !bareVerb) name = state.carried;
    // 经济总量连续跨越两个千亿台阶,2024年达到5100亿元: the subject is an indicator named earlier
    else
      name =
        indicatorNamedIn(
          text.slice(Math.max(p.sentenceStart, p.clauseStart - SUBJECT_LOOKBACK), p.clauseStart),
        ) ?? "";
  }
  // 产值增长6.5%、占规模以上工业总产值比重提高到45%: a share without its subject is the previous subject's
  // (in the clause of that subject's value: a clause of its own may speak of a larger whole)
  if (name.startsWith("占") && p.segStart > p.clauseStart && state.lastName && !state.lastName.includes("占"))
    name = state.lastName + name;
  // 引进重大项目50个,总投资2500亿元: an attribute word names a property of the previous subject
  if (ATTRIBUTE_NAME.test(name) && state.lastName && !state.lastName.endsWith(name)) {
    const owner = state.lastName.replace(ATTRIBUTE_TAIL, "");
    if (owner.length >= 2) name = owner + name;
  }
  // 分别 lists, 城乡 pairs, a list going on: one name per value (rules.ts)
  const follows = valuesFollow(text, m.end);
  // 金融业、软件和信息服务业增加值分别增长9.7%、15.3%: how many values the list has tells whether 和 joins
  // two subjects or two words of one; counted once, where a list with both 、 and 和 starts
  const listLength =
    follows && !state.listNames && /、/.test(name) && /[和及]/.test(name)
      ? countListValues(text, m, p.sentenceEnd)
      : undefined;
  for (const rule of LIST_RULES) {
    const listed = rule.read({ name, zone, words, state, valuesFollow: follows, unnamed, listLength });
    if (listed !== undefined) {
      name = listed;
      break;
    }
  }
  // 新建重点实验室、…、企业技术中心等省级以上创新平台: the category after 等 is the indicator
  // 益阳电厂三期建成投产、总装机达386万千瓦: a clause closed by its verb before 、 is not the value's
  // subject; the words after the last 、 name it (only for a value standing alone)
  if (!follows && !state.listNames && name.includes("、")) name = afterClosedClause(name);
  const etc = lastEtc(name);
  if (etc > 0 && etc < name.length - 2) {
    const lead = OBJECT_ENDS.find((v) => name.startsWith(v)) ?? "";
    name = lead + name.slice(etc + 1);
  }
  // 四大主导产业[2]占GDP比重: a note's reference mark is no part of the name; 建设和改造城镇地下管网: the
  // lead verb gone, a conjunction may open the name
  name = name.replace(LEAD_VERBS, "");
  if (name.includes("[")) name = name.replace(NOTE_MARK, "");
  name = dropLeadConjunction(name);
  // 郑州高新区经济总量: the document's own region is the scope, not part of the name
  for (const region of p.options.regionNames ?? []) {
    if (name.startsWith(region) && name.length > region.length + 1)
      name = stripLead(name.slice(region.length));
  }
  // a name read after the value may open with the document's own whole too (全省研发人员)
  if (own && name.startsWith(own) && name.length > own.length + 1) name = stripLead(name.slice(own.length));
  // 省定全省生产总值增长目标, 全国…: another jurisdiction's figure
  if (isOtherJurisdiction(name, own)) return undefined;
  // a verb is never a name: 新开工安置房80万平方米、建成73万平方米 — what was built is the subject's
  // thing (安置房建成); without a subject, or for a function word or a cut list (张掖等), no record
  if (isBareVerb(name) && !NON_NAME_SET.has(name) && state.lastName) {
    let thing = state.lastName.replace(LEAD_ACTION, "");
    for (let guard = 0; guard < 3 && TAIL_ACTION.test(thing); guard++)
      thing = thing.replace(TAIL_ACTION, "").replace(/[新再]$/, "");
    if (thing.length >= 2 && !isBareVerb(thing)) name = thing + name;
  }
  if (isBareVerb(name) || name.endsWith("等")) return undefined;
  if (!name || name.length < 2 || !/[\u4e00-\u9fffA-Za-z]/.test(name)) return undefined;
  // “湘商回归”新注册企业: a quote whose opening mark was cut off with the words before it
  const close = name.indexOf("”");
  if (close > 0 && !name.slice(0, close).includes("“")) name = "“" + name;
  // 新建“爱心驿站”1000家: the closing mark was trimmed with the words before the value
  const open = name.lastIndexOf("“");
  if (open >= 0 && !name.includes("”", open)) name += "”";
  return { name: name.length > 40 ? name.slice(-40) : name, fromSuffix, suffixEnd, suffix };
}

/** The words after the last 、 where a part before it ends with a verb (a clause of its own). */
function afterClosedClause(name: string): string {
  const parts = name.split("、");
  const last = parts[parts.length - 1];
  if (last.length < 2) return name;
  const closed = parts
    .slice(0, -1)
    .some((x) => OBJECT_ENDS_BY_LAST.get(x[x.length - 1])?.some((v) => x.endsWith(v) && x.length > v.length));
  return closed ? last : name;
}

const STANDING = /^(稳居|位居|居|位列|跻身|进入|保持)(全国|全球|世界|全省|中西部|西部|东部)/;

const NOTE_MARK = /\[\d{1,2}\]/g;

/** The last 等 of a name that means "etc." (not the 等 of 高等教育, 等级), or -1. */
function lastEtc(name: string): number {
  if (!name.includes("等")) return -1;
  let at = -1;
  for (const m of name.matchAll(ETC)) at = m.index;
  return at;
}

const ETC = new RegExp(`(?<!${DENG_WORD_LEADS.join("|")})等(?!${DENG_WORD_TAILS.join("|")})`, "g");
