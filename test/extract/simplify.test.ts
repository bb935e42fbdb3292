/**
 * The in-place traditional → simplified converter gives what opencc-js itself gives (the converter it
 * replaces for speed) wherever opencc-js keeps the length, and never changes the length.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import * as OpenCC from "opencc-js/t2cn";
import { normalise } from "../../src/extract/normalise";
import { simplifierFrom } from "../../src/extract/simplify";

type Locale = Parameters<typeof simplifierFrom>[0];
const locale = (OpenCC as unknown as { Locale: Locale }).Locale;
const opencc = (OpenCC as unknown as { Converter: (o: object) => (s: string) => string }).Converter({
  from: "t",
  to: "cn",
});
const simplify = simplifierFrom(locale);

function mine(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  simplify(codes);
  return new TextDecoder("utf-16le").decode(codes);
}

/** Every key of the t2s dictionaries whose replacement has its own length. */
const keys: string[] = [];
for (const group of [
  ...(locale.configs.t2s.normalizationChain ?? []),
  ...locale.configs.t2s.conversionChain,
]) {
  for (const dict of group) {
    for (const entry of (dict as string).split("|")) {
      const [key, value] = entry.split(" ");
      if (key && value && key.length === value.length) keys.push(key);
    }
  }
}

describe("simplify", () => {
  it("converts a traditional document line by line exactly as opencc-js does", () => {
    const text = readFileSync(path.join(__dirname, "../../seeds/001_5ccdcb88aa2a0f58.txt"), "utf8");
    const lines = text.split("\n");
    expect(lines.filter((l) => opencc(l) !== l).length).toBeGreaterThan(100);
    expect(mine(text).split("\n")).toEqual(lines.map((l) => opencc(l)));
  });

  it("agrees with opencc-js on every dictionary key", () => {
    expect(keys.length).toBeGreaterThan(3000);
    const differing = keys.filter((k) => mine(k) !== opencc(k) && opencc(k).length === k.length);
    expect(differing).toEqual([]);
  });

  it("lets a longer key that keeps its characters hide a shorter one that changes them", () => {
    expect(mine("乾隆年間乾淨")).toBe(opencc("乾隆年間乾淨"));
    expect(mine("乾隆")).toBe("乾隆");
    expect(mine("乾淨")).toBe("干净");
  });

  it("agrees with opencc-js on runs of keys and plain text, and keeps the length", () => {
    const piece = fc.oneof(fc.constantFrom(...keys), fc.constantFrom("的", "。", "2025年", "a", " "));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const got = mine(text);
        expect(got.length).toBe(text.length);
        const want = opencc(text);
        if (want.length === text.length) expect(got).toBe(want);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("keeps normalise's offset map exact on converted text", async () => {
    const original = "鄭州市中原區(qū)地區(qū)生產總值達到1000億元。\n實現規劃目標";
    const n = await normalise(original);
    expect(n.text).toBe("郑州市中原区地区生产总值达到1000亿元。\n实现规划目标");
    expect(original.slice(n.map[n.text.indexOf("亿")], n.map[n.text.indexOf("亿")] + 1)).toBe("億");
    expect(n.map[n.text.length]).toBe(original.length);
  });
});
