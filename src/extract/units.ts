/**
 * Units as data. A unit is an optional magnitude word (万, 亿 …, kept in the unit: 500亿元 stays 500
 * with unit 亿元) + a base unit + optionally "/" and a denominator (万元/人·年, 吨标准煤/万元).
 */

export const MAGNITUDES = ["万亿", "千亿", "百亿", "千万", "百万", "十万", "万", "亿", "千", "百"];

/** Magnitude words that are a unit on their own (700亿, 10万); 千/百 alone are not (500千伏). */
export const BARE_MAGNITUDES = ["万亿", "万", "亿"];

/** Base units, longest first when matched. 年 and 小时 are absent on purpose: after a number they are dates or names. */
export const BASE_UNITS = [
  "个百分点",
  "百分点",
  "吨标准煤",
  "标准煤",
  "平方公里",
  "平方米",
  "立方米",
  "千瓦时",
  "人民币",
  "美元",
  "欧元",
  "元",
  "人次",
  "人",
  "家",
  "个",
  "项",
  "件",
  "所",
  "座",
  "条",
  "处",
  "套",
  "间",
  "张",
  "户",
  "名",
  "位",
  "台",
  "辆",
  "艘",
  "架",
  "栋",
  "幢",
  "亩",
  "公顷",
  "平米",
  "公里",
  "千米",
  "米",
  "m2",
  "m²",
  "km",
  "微克",
  "毫克",
  "吨",
  "千瓦",
  "兆瓦",
  "千伏",
  "天",
  "次",
  "场",
  "批",
  "班次",
  "班",
  "列",
  "标箱",
  "克拉",
  "公斤",
  "斤",
  "对",
  "块",
  "倍",
  "岁",
  "床",
  "所",
  "枚",
  "部",
  "篇",
  "支",
  "只",
  "头",
  "株",
  "棵",
  "%",
  "‰",
];

/** Denominators after "/" (per-unit ratios). */
export const DENOMINATORS = [
  "立方米",
  "万元",
  "人·年",
  "人年",
  "万人",
  "千人",
  "人",
  "日",
  "天",
  "年",
  "平方公里",
  "平方米",
  "亩",
  "吨",
];

/** Bracketed unit suffixes that belong to the unit: 万套(间). */
export const UNIT_SUFFIXES = ["(间)"];

/** Words by first character, longest first: a lookup tries only the few that can match. */
type WordIndex = Map<string, string[]>;

function indexWords(words: string[]): WordIndex {
  const index: WordIndex = new Map();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    index.set(w[0], [...(index.get(w[0]) ?? []), w]);
  }
  return index;
}

const MAGNITUDE_INDEX = indexWords(MAGNITUDES);
const BASE_INDEX = indexWords(BASE_UNITS);
const DENOM_INDEX = indexWords(DENOMINATORS);
const SUFFIX_INDEX = indexWords(UNIT_SUFFIXES);

function matchAt(text: string, i: number, index: WordIndex): string | undefined {
  const words = index.get(text[i]);
  if (words) for (const w of words) if (text.startsWith(w, i)) return w;
  return undefined;
}

/** Skips spaces (documents write `2025 年`, `200 家`). */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i++;
  return i;
}

/**
 * Reads a unit starting at `i` (spaces allowed before it). Returns the unit as written (without spaces)
 * and the end offset, or undefined when no unit follows. A bare magnitude word (700亿) is a unit too.
 */
export function readUnit(text: string, i: number): { unit: string; end: number } | undefined {
  let j = skipSpaces(text, i);
  let unit = "";
  const magnitude = matchAt(text, j, MAGNITUDE_INDEX);
  if (magnitude) {
    unit += magnitude;
    j += magnitude.length;
  }
  const base = matchAt(text, j, BASE_INDEX);
  if (base) {
    unit += base === "百分点" ? "个百分点" : base;
    j += base.length;
  } else if (!magnitude || !BARE_MAGNITUDES.includes(magnitude)) {
    return undefined;
  }
  if (text[j] === "/") {
    const denom = matchAt(text, j + 1, DENOM_INDEX);
    if (denom) {
      unit += "/" + denom;
      j += 1 + denom.length;
    }
  }
  const suffix = matchAt(text, j, SUFFIX_INDEX);
  if (suffix && base) {
    unit += suffix;
    j += suffix.length;
  }
  return { unit, end: j };
}
