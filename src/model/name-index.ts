/**
 * Name → id resolution with tiers: a name registered at a better (lower) tier wins over the same name at a
 * worse tier, so an official name or code is never shadowed by a synonym or by a document's wording.
 * Two different ids under one name at its best tier make the name ambiguous.
 * Results are memoised on the raw input, because formulas call with the same few strings millions of times.
 */
import { editDistance, normalizeKey } from "./normalize";

export type Resolution =
  { ok: true; id: string } | { ok: false; reason: "unknown" | "ambiguous" | "empty"; candidates: string[] };

interface Entry {
  tier: number;
  ids: string[];
}

const MAX_CACHE = 10_000;
const MAX_SUGGESTIONS = 3;
/** Shortest abbreviation accepted (two characters: 漯河, 中原). */
const MIN_PREFIX = 2;

export class NameIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly cache = new Map<string, Resolution>();

  /**
   * `fallback` gets a say before suggestions, e.g. the lexicon's own matcher that drops 全市 / 总量.
   * `prefixes`: an input that starts the names of exactly one id resolves to it, as an unambiguous
   * abbreviation ("Luohe" for "Luohe ETDZ", 漯河 for 漯河经开区); used for regions, not indicators, where
   * 地区生产总值 must not silently become 地区生产总值增速.
   */
  constructor(
    private readonly fallback?: (input: string) => string | undefined,
    private readonly prefixes = false,
  ) {}

  add(name: string | undefined | null, id: string, tier: number): void {
    if (!name) return;
    const key = normalizeKey(name);
    if (!key) return;
    const entry = this.entries.get(key);
    if (!entry || tier < entry.tier) this.entries.set(key, { tier, ids: [id] });
    else if (tier === entry.tier && !entry.ids.includes(id)) entry.ids.push(id);
    this.cache.clear();
  }

  resolve(input: string): Resolution {
    let hit = this.cache.get(input);
    if (hit) return hit;
    hit = this.lookup(input);
    if (this.cache.size >= MAX_CACHE) this.cache.clear(); // bounded: garbage input cannot grow memory
    this.cache.set(input, hit);
    return hit;
  }

  private lookup(input: string): Resolution {
    const key = normalizeKey(input);
    if (!key) return { ok: false, reason: "empty", candidates: [] };
    const entry = this.entries.get(key);
    if (entry) {
      return entry.ids.length === 1
        ? { ok: true, id: entry.ids[0] }
        : { ok: false, reason: "ambiguous", candidates: [...entry.ids] };
    }
    const fallbackId = this.fallback?.(input);
    if (fallbackId !== undefined) return { ok: true, id: fallbackId };
    if (this.prefixes && key.length >= MIN_PREFIX) {
      const owners = this.prefixOwners(key);
      if (owners.length === 1) return { ok: true, id: owners[0] };
      if (owners.length > 1) return { ok: false, reason: "ambiguous", candidates: owners };
    }
    return { ok: false, reason: "unknown", candidates: this.suggest(key) };
  }

  private prefixOwners(key: string): string[] {
    const owners: string[] = [];
    for (const [name, entry] of this.entries) {
      if (!name.startsWith(key)) continue;
      for (const id of entry.ids) if (!owners.includes(id)) owners.push(id);
    }
    return owners;
  }

  /** Closest ids by edit distance (within about a third of the length), else names containing the input. */
  private suggest(key: string): string[] {
    const limit = Math.max(1, Math.floor(key.length / 3));
    let best = limit + 1;
    let found: string[] = [];
    for (const [name, entry] of this.entries) {
      const d = editDistance(key, name, best);
      if (d < best) {
        best = d;
        found = [...entry.ids];
      } else if (d === best) {
        for (const id of entry.ids) if (!found.includes(id)) found.push(id);
      }
    }
    if (found.length === 0) {
      for (const [name, entry] of this.entries) {
        if (name.includes(key) || (key.length >= 2 && key.includes(name) && name.length >= 2)) {
          for (const id of entry.ids) if (!found.includes(id)) found.push(id);
        }
      }
    }
    return found.slice(0, MAX_SUGGESTIONS);
  }
}
