/**
 * Special constructions of plan writing as named rules, in the manner of chrono's parsers and refiners:
 * each rule is one object (a name, what it reads, and its step), and the parser runs the lists in order.
 *
 * - LIST_RULES give a value its indicator where a sentence names several at once (分别 lists, 城乡 pairs,
 *   one value for several subjects).
 * - NOT_RECORD_RULES tell a value that is no indicator record (counts of indicators or tasks, numbers in
 *   names and slogans, figures of a subset of places, superlatives, sets named by their members).
 */
import {
  INDUSTRY_NAMES,
  JI_WORD_LEADS,
  JI_WORD_TAILS,
  LIST_HEADS,
  MEASURE_NOUNS,
  NOT_RECORD_WORDS,
  PAIRED_PREFIXES,
  SECTOR_NAMES_WITH_COMMA,
  THREE_INDUSTRIES,
} from "../vocabulary/cues";
import { wordTest } from "../vocabulary";
import type { Mention } from "./mention";
import type { PredicateWord } from "./naming";
import type { SentenceState } from "./types";

/** What a list rule sees: the name read so far, the predicate words and the sentence's state. */
export interface ListContext {
  name: string;
  /** The name zone (text from the previous value or the clause start to this value). */
  zone: string;
  words: PredicateWord[];
  state: SentenceState;
  /** More values follow this one in a list (增长5.6%、7.5%). */
  valuesFollow: boolean;
  /** How many values the list starting here has, where its subjects hold both 、 and 和. */
  listLength?: number;
  /** No words before the value named it (，分别增长8.3%、7.9%): the name is one carried from before. */
  unnamed?: boolean;
}

export interface ListRule {
  id: string;
  /** The name for this value, updating the list state; undefined when the rule does not apply. */
  read(ctx: ListContext): string | undefined;
}

/** Links that open a bracket its last value's qualifier closes (控制在…以内, 保持在…以上). */
const BRACKET_LINKS = new Set(["控制在", "保持在", "稳定在", "维持在"]);

const respectively = (words: PredicateWord[]) => words.some((w) => w.word === "分别");

/** The zone holds nothing but list punctuation: the list goes on (、11.3%、8.7%). */
export const listGoesOn = (zone: string) => !zone.replace(/[\s、和及]/g, "");

function startList(state: SentenceState, names: string[], words: PredicateWord[]): string {
  state.listNames = names;
  state.listIndex = 0;
  // 控制在…以内 brackets the whole list; so does 左右 after a 分别 list's last value (分别增长5%、6.5%左右)
  state.listBracket = words.some((w) => BRACKET_LINKS.has(w.word))
    ? true
    : respectively(words)
      ? "approx"
      : false;
  state.listFrom = words.some((w) => w.type === "from");
  return names[0];
}

const INDUSTRY_FIRST = new Set(THREE_INDUSTRIES.map((w) => w[0]));

export const LIST_RULES: ListRule[] = [
  {
    // 旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%: a 分别 without subjects lists
    // the subjects of the clause before, in their order
    id: "respectively-again",
    read: ({ unnamed, words, state }) =>
      unnamed && respectively(words) && state.clauseNames
        ? startList(state, state.clauseNames, words)
        : undefined,
  },
  {
    // 一、二、三产业增加值分别增长4.2%、5%、5.4%; 三次产业增加值增长3%、5%、6%
    id: "three-industries",
    read: ({ name, words, state, valuesFollow }) => {
      if (!INDUSTRY_FIRST.has(name[0])) return undefined;
      if (!respectively(words) && !(valuesFollow && !state.listNames)) return undefined;
      const prefix = THREE_INDUSTRIES.find((p) => name.startsWith(p));
      const tail = prefix ? name.slice(prefix.length) : "";
      return prefix
        ? startList(
            state,
            INDUSTRY_NAMES.map((n) => n + tail),
            words,
          )
        : undefined;
    },
  },
  {
    // 国家级、市级高新技术企业分别达到24家、20家; 公路、水运、机场投资分别增长8%、15%、20%
    id: "respectively-list",
    read: ({ name, words, state, listLength }) =>
      respectively(words) && /[、和及]/.test(name)
        ? startList(state, shareTail(listItems(name, listLength)), words)
        : undefined,
  },
  {
    // 国内游客人次、总花费增长5.6%、7.5%: as many subjects as values, 分别 left unsaid
    id: "implicit-respectively-list",
    read: ({ name, words, state, valuesFollow, listLength }) =>
      valuesFollow && !state.listNames && name.includes("、")
        ? startList(state, shareTail(listItems(name, listLength)), words)
        : undefined,
  },
  {
    // 城乡居民人均可支配收入分别增长5%和7%: urban, then rural
    id: "paired-prefix",
    read: ({ name, words, state, valuesFollow }) => {
      // 分别 written or left unsaid (城乡居民人均收入年均增长5.3%、7.7%)
      const several = respectively(words) || (valuesFollow && !state.listNames);
      const pair = several ? PAIRED_PREFIXES.find(([both]) => name.startsWith(both)) : undefined;
      return pair
        ? startList(
            state,
            pair[1].map((one) => one + name.slice(pair[0].length)),
            words,
          )
        : undefined;
    },
  },
  {
    // 城乡低保标准分别从645元、4318元提高到801元、7226元: the 到 side names the list again from its start
    id: "from-list-to",
    read: ({ unnamed, words, state }) => {
      if (!unnamed || !state.listFrom || !state.listNames || !words.some((w) => w.type === "link"))
        return undefined;
      state.listFrom = false;
      state.listIndex = 0;
      return state.listNames[0];
    },
  },
  {
    // the next value of a list started above takes the next name
    id: "list-goes-on",
    read: ({ zone, state }) => {
      if (!state.listNames || !listGoesOn(zone)) return undefined;
      state.listIndex++;
      return state.listNames[state.listIndex] ?? state.listNames[state.listNames.length - 1];
    },
  },
];

/** A list's subjects: split at 和/及 too, unless splitting at 、 alone gives as many as it has values. */
function listItems(name: string, listLength: number | undefined): string[] {
  const byComma = name.split("、").filter(Boolean);
  if (listLength !== undefined && byComma.length === listLength) return byComma;
  return splitItems(name);
}

/**
 * Items of a 分别 list share the last item's tail: 国家级、市级高新技术企业 → 国家级高新技术企业 …;
 * PM10、PM2.5和NO2浓度 → PM10浓度 …; 公路、水运、机场投资 → 公路投资 …. Found from the items' common
 * ending (级), their Latin head, a list head word (农村 …), or a measure noun ending the last item (投资).
 */
export function shareTail(items: string[]): string[] {
  if (items.length < 2) return items;
  const last = items[items.length - 1];
  const heads = items.slice(0, -1);
  let tail = "";
  const end = heads[0][heads[0].length - 1];
  const at = last.indexOf(end);
  if (heads.every((h) => h.endsWith(end)) && at >= 0 && at < last.length - 2) tail = last.slice(at + 1);
  else if (heads.every((h) => /^[A-Za-z0-9.]+$/.test(h))) tail = last.replace(/^[A-Za-z0-9.]+/, "");
  else {
    const head = LIST_HEADS.find((h) => last.startsWith(h));
    const noun = MEASURE_NOUNS.find((n) => last.endsWith(n) && last.length > n.length);
    // 城镇、农村居民收入 → 城镇居民收入; a long head names its own thing (农产品网络零售额、乡村旅游收入)
    if (head) return shareHeadTail(heads, last, last.slice(head.length));
    // only short heads that are no names of their own (公路, 水运; not 工业增加值, 生产总值); industries
    // may be longer and share 产业 too (新一代信息技术、新能源、装备产业产值)
    else if (noun) {
      const industry = last.slice(0, -noun.length).endsWith("产业");
      const max = industry ? 8 : 4;
      if (heads.every((h) => h.replace(/[“”"]/g, "").length <= max && !COMPLETE_NAME.test(h)))
        tail = industry && !heads.some((h) => h.endsWith("产业")) ? "产业" + noun : noun;
    }
    // 炼铁、炼钢先进产能占比; 新能源、新材料产业增加值: short heads of one form as the last item's start
    if (!tail && heads.every((h) => h.length === heads[0].length && h.length <= 3 && h[0] === last[0]))
      tail = last.slice(heads[0].length);
    // 广州、深圳地铁线网单日最高客运量: short heads (places) parallel to the last item's start, whose
    // rest is a whole indicator name
    else if (
      !tail &&
      heads.every((h) => h.length === heads[0].length && h.length <= 3 && !COMPLETE_NAME.test(h)) &&
      last.length >= heads[0].length + 4 &&
      COMPLETE_NAME.test(last)
    )
      tail = last.slice(heads[0].length);
  }
  if (tail.length < 2 || !/^[\u4e00-\u9fff]/.test(tail)) return items;
  return [...heads.map((h) => h + tail), last];
}

/** Items of a list head's tail: short heads take it, overlapping words once (城市低保、农村低保标准). */
function shareHeadTail(heads: string[], last: string, tail: string): string[] {
  if (tail.length < 2 || !/^[\u4e00-\u9fff]/.test(tail)) return [...heads, last];
  const join = (h: string) => {
    for (let k = Math.min(h.length - 1, tail.length - 1); k > 0; k--)
      if (h.endsWith(tail.slice(0, k))) return h + tail.slice(k);
    return h + tail;
  };
  const short = (h: string) => h.replace(/[“”"]/g, "").length <= 6 || !COMPLETE_NAME.test(h);
  return [...heads.map((h) => (short(h) ? join(h) : h)), last];
}

/**
 * The items of a list written in a name: split at 、, 和 and 及, but not at a 及 inside a word
 * (普及率, 惠及, 涉及) nor at 以及's 以.
 */
export function splitItems(name: string): string[] {
  return name.split(ITEM_SEPARATOR).filter(Boolean);
}

const ITEM_SEPARATOR = new RegExp(
  `以及|、|和|(?<!${JI_WORD_LEADS.join("|")})及(?!${JI_WORD_TAILS.join("|")})`,
);

/** A name that already ends as an indicator does (生产总值, 增加值, 覆盖率, 投资 …). */
export const COMPLETE_NAME = new RegExp(`(${MEASURE_NOUNS.join("|")}|[值率量额数度重])$`);

/**
 * One growth rate for several subjects written as a list without 分别 (工业投资、民间投资年均增长6%左右): one
 * value per subject. Only growth rates and rates (率, 比重 …), whose items are whole names.
 */
const holdsSectorName = wordTest(SECTOR_NAMES_WITH_COMMA, "in");

export function subjectsSharingValue(name: string, growth: boolean, rateTail: RegExp): string[] | undefined {
  if (name.includes("、") && holdsSectorName(name)) return undefined;
  const parts = growth ? name.split(/、/).filter(Boolean) : splitItems(name);
  if (parts.length < 2 || parts.length > 5) return undefined;
  if (growth && parts.every((x) => x.length >= 2 && !/\d/.test(x))) return shareTail(parts);
  if (parts.every((x) => x.length >= 2 && rateTail.test(x))) return parts;
  return undefined;
}

/** What a not-record rule sees about a value. */
export interface ValueContext {
  text: string;
  mention: Mention;
  /** The indicator name resolved so far. */
  name: string;
  /** The words right after the value that may name what it counts. */
  suffix: string;
  /** Start of the value's clause. */
  clauseStart: number;
  /** End of its sentence. */
  sentenceEnd: number;
}

export interface NotRecordRule {
  id: string;
  test(v: ValueContext): boolean;
}

/** Text of the clause before the value, at most `max` characters back (bounded: linear time). */
const clauseBefore = (v: ValueContext, max: number) =>
  v.text.slice(Math.max(v.clauseStart, v.mention.number.start - max), v.mention.number.start);

const COUNT_UNITS = new Set(["项", "个", "条", "类", "大"]);

/** The word lists of the rules below, each compiled once into one test. */
const W = {
  planItemEnd: wordTest(NOT_RECORD_WORDS.planItems, "end"),
  planItemVerbEnd: wordTest(NOT_RECORD_WORDS.planItemVerbs, "end"),
  superlative: wordTest(NOT_RECORD_WORDS.superlatives, "in"),
  campaignEnd: wordTest(NOT_RECORD_WORDS.campaigns, "end"),
  ranking: wordTest(NOT_RECORD_WORDS.rankings, "in"),
  rankingEnd: wordTest(NOT_RECORD_WORDS.rankings, "end"),
  largerRegionStart: wordTest(NOT_RECORD_WORDS.largerRegions, "start"),
  ongoingWork: wordTest(NOT_RECORD_WORDS.ongoingWorkVerbs, "in"),
  ongoingWorkStart: wordTest(NOT_RECORD_WORDS.ongoingWorkVerbs, "start"),
  projectFeatureEnd: wordTest(NOT_RECORD_WORDS.projectFeatures, "end"),
  basisFrame: wordTest(NOT_RECORD_WORDS.basisFrames, "in"),
};

export const NOT_RECORD_RULES: NotRecordRule[] = [
  {
    // 设置主要指标24项，其中约束性指标9项; 从6个维度设置了29项主要指标; 部署了13项重点任务
    id: "count-of-plan-items",
    test: (v) =>
      COUNT_UNITS.has(v.mention.unit) &&
      (W.planItemEnd(v.name) ||
        NOT_RECORD_WORDS.planItems.some((w) => v.suffix.slice(0, w.length + 4).includes(w)) ||
        W.planItemVerbEnd(v.name)),
  },
  {
    // 两项指标基本实现翻番: the plan's own indicators referred to by their count, not one indicator
    id: "indicators-by-count",
    test: (v) => /^([\d]+|[一二两三四五六七八九十]+)(项|个)(主要)?指标/.test(v.name),
  },
  {
    // 国考10市PM2.5浓度, 关中5市: the figure of a subset of the region's places
    id: "subset-of-places",
    test: (v) => /\d+个?(市|县|区|地市|城市|县区|县市区)/.test(v.name),
  },
  {
    // 全球首台…、全球最高10米: a record-breaking feature of a thing, not an indicator
    id: "superlative",
    test: (v) => W.superlative(v.name),
  },
  {
    // 深入实施0.1微克攻坚行动: an amount that names a campaign or a programme
    id: "named-campaign",
    test: (v) =>
      !COUNT_UNITS.has(v.mention.unit) &&
      /^[\u4e00-\u9fff]/.test(v.text[v.mention.end] ?? "") &&
      W.campaignEnd(v.suffix) &&
      // 筹措资金12亿元实施城市更新工程: funds for a programme, the amount no part of its name
      !startsWithFundUse(v.suffix),
  },
  {
    // 在2019家国家级开发区综合考评中排名133位: the size of the field ranked in
    id: "ranking-field",
    test: (v) => W.ranking(v.suffix),
  },
  {
    // 排名133位, 位居全国前列: a rank, not a quantity
    id: "rank",
    test: (v) => W.rankingEnd(clauseBefore(v, 6).replace(/[\s第]+$/, "")),
  },
  {
    // 京津冀区域优良天数比率: a region larger than the document's
    id: "larger-region",
    test: (v) => W.largerRegionStart(v.name),
  },
  {
    // 西十、康渝等4条高铁加快建设: a set named by its members, with work on it going on
    id: "set-under-way",
    test: (v) => /等\s*$/.test(clauseBefore(v, 60)) && W.ongoingWork(v.suffix),
  },
  {
    // 总投资4000万元的漯河卷烟厂包装园区: a feature of a project named after 的
    id: "project-feature",
    test: (v) =>
      v.text[v.mention.end] === "的" &&
      // 总投资约593亿元的111个项目 counts the plan's projects: a record
      !/[0-9一二两三四五六七八九十]/.test(v.text[v.mention.end + 1] ?? "") &&
      W.projectFeatureEnd(v.name),
  },
  {
    // 以银鸽80万吨包装纸…项目为依托: the projects a plan builds on, described, not counted
    id: "basis-frame",
    test: (v) => {
      if (!/^以/.test(v.text.slice(v.clauseStart, v.clauseStart + 1))) return false;
      const after = v.text.slice(v.mention.end, Math.min(v.sentenceEnd, v.mention.end + 80));
      return W.basisFrame(after);
    },
  },
  {
    // 首批4个国家级试点, 第二批: a batch named by its number
    id: "batch-name",
    test: (v) => /(首批|第[一二三四五六七八九十\d]+批)\s*$/.test(clauseBefore(v, 8)),
  },
  {
    // 经济总量连续迈上4万亿、5万亿两个台阶: thresholds crossed, a slogan (one amount crossed,
    // 迈上3000亿元台阶, is the level reached: a record)
    id: "threshold-slogan",
    test: (v) => {
      const after = v.text.slice(v.mention.end, Math.min(v.sentenceEnd, v.mention.end + 12));
      if (SLOGAN_NOUN_START.test(after) && !/连\S?$/.test(clauseBefore(v, 14).replace(SLOGAN_LONE_TAIL, "")))
        return false;
      return (
        SLOGAN_VERB_END.test(clauseBefore(v, 12).replace(/[\d.万亿千百元、两个多]+$/, "")) &&
        /台阶|大关|关口/.test(after.split(/[,，。;；]/)[0])
      );
    },
  },
  {
    // 加快中国邮政国际航空枢纽、洛阳等10个国家物流枢纽建设: places named one by one that hold (or seek) a
    // national designation are a set, not a quantity of the region's (counts of projects stay records)
    id: "designated-set-named-by-members",
    test: (v) => {
      const before = clauseBefore(v, 60);
      if (!/等\s*$/.test(before) || !/^国家/.test(v.suffix)) return false;
      return W.ongoingWorkStart(before);
    },
  },
  {
    // 增速连续16个季度高于全国, 连续30个月居全国前列: how long a streak ran, not a quantity
    id: "streak",
    test: (v) => /连续\s*$/.test(clauseBefore(v, 4)),
  },
  {
    // 74个国控断面水质优良比例保持100%: the number of places a rate is taken over, not a quantity
    id: "base-of-rate",
    test: (v) =>
      v.mention.unit === "个" && v.text[v.mention.end] !== "、" && /(率|比例|比重|占比)/.test(v.suffix),
  },
  {
    // 占比超过20%的有44种: a threshold that sorts the things counted after it
    id: "threshold-of-count",
    test: (v) => v.text.startsWith("的有", v.mention.end),
  },
  {
    // 排名由369位上升到235位, 指数排名提升6位: a rank or its change, not a quantity
    id: "rank-in-name",
    test: (v) => v.mention.unit === "位" && W.ranking(v.name),
  },
];

/** The first not-record rule a value meets, if any. */
export function notARecord(v: ValueContext): NotRecordRule | undefined {
  return NOT_RECORD_RULES.find((r) => r.test(v));
}

const SLOGAN_VERBS = "迈上|跃上|跨越|跨上|登上|连跨|跨过|迈过";
const SLOGAN_VERB_END = new RegExp(`(${SLOGAN_VERBS})\\s*$`);
/** A threshold crossed (迈上5万亿台阶、, 跨过3个万亿级关口、) or its tail left after a value. */
const SLOGAN_NOUN_START = /^(台阶|大关|关口)/;
const SLOGAN_LONE_TAIL = new RegExp(`(${SLOGAN_VERBS})[\\d.万亿千百元]*$`);
const SLOGAN_IN_ZONE = new RegExp(`(${SLOGAN_VERBS})[^，,。;；、]{0,16}(台阶|大关|关口)、?`);
const SLOGAN_TAIL_AT_START = /^[^，,。;；、]{0,12}(台阶|大关|关口)、?/;

/**
 * 经济总量迈上5万亿台阶、五年增量达1.2万亿元: the slogan between a subject and the next value is no part
 * of that value's name (the zone is bounded, so this stays cheap).
 */
export function dropSlogan(zone: string): string {
  if (!zone.includes("台阶") && !zone.includes("关口") && !zone.includes("大关")) return zone;
  const cut = zone.replace(SLOGAN_IN_ZONE, "");
  return cut !== zone ? cut : zone.replace(SLOGAN_TAIL_AT_START, "");
}

/** Verbs after an amount of funds that say what it pays for (用于, 实施, 支持 …). */
const FUND_USES = ["用于", "实施", "支持", "推进", "保障", "开展", "推动", "建设"];
const startsWithFundUse = wordTest(FUND_USES, "start");
const FUND_NAME = /(筹措|筹集|安排|投入|下达|拨付|统筹)(专项|财政|各类|补助|奖补)?(资金)?$/;

/**
 * 筹措资金12亿元实施城市更新工程, 安排资金3.5亿元用于农村公路建设: funds raised or arranged are named
 * after what they pay for (城市更新工程筹措资金), as labellers name 投入资金; undefined otherwise.
 */
export function fundedName(name: string, suffix: string): string | undefined {
  if (!FUND_NAME.test(name) || !startsWithFundUse(suffix)) return undefined;
  const use = FUND_USES.find((w) => suffix.startsWith(w)) ?? "";
  const thing = suffix.slice(use.length);
  const funds = name.endsWith("资金") ? name : name + "资金";
  return thing.length >= 2 && thing.length <= 16 ? thing + funds : funds;
}
