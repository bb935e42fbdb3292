/**
 * Traditional → simplified conversion in place over UTF-16 codes, from opencc-js's own t2s dictionaries
 * (the chain opencc-js runs for {from: "t", to: "cn"}: a normalisation pass, then phrases and
 * characters). opencc-js walks a nested Map per character and builds strings; here a character that no
 * dictionary key could change costs one typed-array lookup per pass, so a long document converts in a
 * fraction of the time. Matching is the same greedy longest-prefix rule; the text's length never changes
 * (the offset map stays exact): a replacement of another length falls back to character by character.
 */

/** One pass: keys of one code unit with one-unit values in a table, every other key in a trie. */
interface Pass {
  /** single[c] = replacement code for c, or 0. */
  single: Uint16Array;
  /** starts[c] = 1 when a longer (or length-changing) key begins with c. */
  starts: Uint8Array;
  root: Map<number, TrieNode>;
}

interface TrieNode {
  next?: Map<number, TrieNode>;
  value?: string;
}

/** A dictionary as opencc-js ships it: "key value|key value" or [key, value] pairs. */
type DictLike = string | [string, string][];

function entriesOf(dict: DictLike): [string, string][] {
  if (typeof dict !== "string") return dict;
  const out: [string, string][] = [];
  for (const item of dict.split("|")) {
    const space = item.indexOf(" ");
    if (space > 0) out.push([item.slice(0, space), item.slice(space + 1)]);
  }
  return out;
}

/**
 * Builds a pass from a dictionary group; earlier dictionaries win for the same key, as in opencc-js.
 * Keys that map to themselves stay in: they still win a longest match and so hide shorter keys
 * (乾隆 stays 乾隆 although 乾 alone becomes 干).
 */
function buildPass(group: DictLike[]): Pass {
  const pass: Pass = { single: new Uint16Array(0x10000), starts: new Uint8Array(0x10000), root: new Map() };
  for (const dict of [...group].reverse()) {
    for (const [key, value] of entriesOf(dict)) {
      if (key.length === 0) continue;
      if (key.length === 1 && value.length === 1) {
        pass.single[key.charCodeAt(0)] = key === value ? 0 : value.charCodeAt(0);
        continue;
      }
      pass.starts[key.charCodeAt(0)] = 1;
      let level = pass.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        node = level.get(code);
        if (!node) level.set(code, (node = {}));
        if (i < key.length - 1) level = node.next ??= new Map();
      }
      node!.value = value;
    }
  }
  return pass;
}

/** Longest key starting at `i`: [length, value], or undefined. */
function longestMatch(
  codes: Uint16Array,
  i: number,
  root: Map<number, TrieNode>,
): [number, string] | undefined {
  let level: Map<number, TrieNode> | undefined = root;
  let best: [number, string] | undefined;
  for (let j = i; j < codes.length && level; j++) {
    const node = level.get(codes[j]);
    if (!node) break;
    if (node.value !== undefined) best = [j + 1 - i, node.value];
    level = node.next;
  }
  return best;
}

function runPass(codes: Uint16Array, pass: Pass): void {
  const { single, starts, root } = pass;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (starts[code]) {
      const match = longestMatch(codes, i, root);
      if (match) {
        const [length, value] = match;
        for (let k = 0; k < length; k++) {
          // same length: the phrase's own reading; else each character alone keeps the offsets
          const c = codes[i + k];
          codes[i + k] = value.length === length ? value.charCodeAt(k) : single[c] || c;
        }
        i += length - 1;
        continue;
      }
    }
    const to = single[code];
    if (to) codes[i] = to;
  }
}

export type Simplifier = (codes: Uint16Array) => void;

interface OpenccLocale {
  configs: Record<string, { normalizationChain?: DictLike[][]; conversionChain: DictLike[][] }>;
}

/** The in-place converter built from opencc-js's t2s configuration. */
export function simplifierFrom(locale: OpenccLocale): Simplifier {
  const config = locale.configs.t2s;
  if (!config) throw new Error("opencc-js has no t2s configuration");
  const groups = [...(config.normalizationChain ?? []), ...config.conversionChain];
  const passes = groups.map(buildPass);
  return (codes) => {
    for (const pass of passes) runPass(codes, pass);
  };
}
