/**
 * Traditional → simplified conversion of names users type (地區生產總值, 漯河經開區). The opencc-js t2cn
 * dictionary is loaded on first need only, so users who type simplified or English names never pay for
 * it; until it is loaded, resolution reports that it must wait (see PlanError.retry).
 */
type Convert = (s: string) => string;

let convert: Convert | undefined;
let loading: Promise<void> | undefined;

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The simplified form, or undefined while the converter is not loaded. */
export function toSimplified(text: string): string | undefined {
  return convert?.(text);
}

export function loadSimplifier(): Promise<void> {
  loading ??= import("opencc-js/t2cn").then((m) => {
    const mod = m as unknown as {
      Converter?: (o: object) => Convert;
      default?: { Converter: (o: object) => Convert };
    };
    const factory = mod.Converter ?? mod.default?.Converter;
    if (!factory) throw new Error("opencc-js/t2cn has no Converter");
    convert = factory({ from: "t", to: "cn" });
  });
  return loading;
}
