/**
 * The indicator lexicon: canonical macro indicators with English and Chinese names and synonyms.
 * The data lives in indicators.json so that it can be extended without touching code.
 */
import data from "./indicators.json";

export interface IndicatorEntry {
  /** Stable lowercase kebab-case id, never renamed. */
  id: string;
  /** Short English handle users type in formulas (GDP, FAI, CPI …). */
  code: string;
  name_en: string;
  name_zh: string;
  synonyms: string[];
  /** Usual unit of a level value. */
  unit: string;
  /** True where a fall is an improvement (unemployment, energy intensity …). */
  lower_is_better: boolean;
}

export const INDICATORS: readonly IndicatorEntry[] = data as IndicatorEntry[];

/** Words that qualify where or how an indicator is counted without changing which indicator it is. */
const SCOPE_PREFIXES = ["全市", "全区", "全县", "全省", "辖区", "本市", "本区", "我市", "我区", "全社会"];
const NAME_SUFFIXES = ["总量", "总额", "规模", "增速", "增幅", "涨幅", "年均增速"];

const IGNORED_IN_NAMES = new Set(`"'“”‘’《》「」、·`);

/** Comparable form of an indicator name: half-width, no spaces, quotes or brackets of any width. */
// memoised: record ids, dedupe and lexicon lookups normalise the same few hundred names again and again
const normalisedCache = new Map<string, string>();

export function normaliseName(name: string): string {
  const cached = normalisedCache.get(name);
  if (cached !== undefined) return cached;
  const out = computeNormalisedName(name);
  if (normalisedCache.size > 50_000) normalisedCache.clear();
  normalisedCache.set(name, out);
  return out;
}

function computeNormalisedName(name: string): string {
  let out = "";
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
    if (IGNORED_IN_NAMES.has(half) || half.trim() === "") continue;
    out += half === "(" || half === ")" ? "" : half.toUpperCase();
  }
  return out;
}

const byName = new Map<string, IndicatorEntry>();
const byCode = new Map<string, IndicatorEntry>();
for (const entry of INDICATORS) {
  byCode.set(entry.code.toUpperCase(), entry);
  for (const name of [entry.name_zh, ...entry.synonyms]) {
    const key = normaliseName(name);
    if (!byName.has(key)) byName.set(key, entry);
  }
}

function stripAffixes(name: string): string[] {
  const variants = [name];
  for (const prefix of SCOPE_PREFIXES) if (name.startsWith(prefix)) variants.push(name.slice(prefix.length));
  for (const v of [...variants]) {
    for (const suffix of NAME_SUFFIXES) {
      if (v.endsWith(suffix) && v.length > suffix.length + 1) variants.push(v.slice(0, -suffix.length));
    }
  }
  return variants;
}

/**
 * The lexicon entry an indicator name (as worded in a document, or typed by a user as a code such as
 * "GDP" or an id such as "gdp") stands for. Only whole-name matches after dropping scope words count:
 * "科技服务业增加值占GDP比重" is not GDP.
 */
export function matchIndicator(name: string): IndicatorEntry | undefined {
  const key = normaliseName(name);
  if (!key) return undefined;
  const direct = byCode.get(key) ?? INDICATORS.find((e) => e.id.toUpperCase() === key);
  if (direct) return direct;
  for (const variant of stripAffixes(key)) {
    const hit = byName.get(variant);
    if (hit) return hit;
  }
  return undefined;
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/** FNV-1a 32-bit hash as base-36: short, stable across runs and platforms. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // hash.toString(36).padStart(7, "0") written out (a 32-bit hash has at most 7 base-36 digits): the
  // generic radix conversion was a hot spot, as ids are made for every record
  let out = "";
  for (let k = 0; k < 7; k++, hash = Math.floor(hash / 36)) out = BASE36[hash % 36] + out;
  return out;
}

/** Lexicon id for a known indicator, else a stable generated id from the normalised Chinese name. */
const idCache = new Map<string, { id: string; entry?: IndicatorEntry }>();

export function indicatorIdFor(name: string): { id: string; entry?: IndicatorEntry } {
  const cached = idCache.get(name);
  if (cached) return cached;
  const result = computeIndicatorId(name);
  if (idCache.size > 50_000) idCache.clear();
  idCache.set(name, result);
  return result;
}

function computeIndicatorId(name: string): { id: string; entry?: IndicatorEntry } {
  const entry = matchIndicator(name);
  if (entry) return { id: entry.id, entry };
  return { id: "x-" + stableHash(normaliseName(name)) };
}
