/** Number reading: Arabic decimals and Chinese numerals (一千五百, 百分之七点五, 两, 二〇三五). */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

const NUMERAL_CHARS = new Set([...Object.keys(DIGITS), ...Object.keys(SMALL_UNITS), "点"]);

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CHARS.has(ch);
}

/**
 * Value of a Chinese numeral without big units (万/亿 stay in the unit): 一千五百 = 1500, 十二 = 12,
 * 七点五 = 7.5, 二〇三五 = 2035 (digit by digit). NaN when it is not a numeral.
 */
export function chineseNumeralValue(s: string): number {
  if (!s) return NaN;
  const point = s.indexOf("点");
  if (point >= 0) {
    const whole = chineseNumeralValue(s.slice(0, point));
    let frac = "";
    for (const ch of s.slice(point + 1)) {
      if (!(ch in DIGITS)) return NaN;
      frac += String(DIGITS[ch]);
    }
    return frac ? Number(`${whole}.${frac}`) : NaN;
  }
  const hasUnit = [...s].some((ch) => ch in SMALL_UNITS);
  if (!hasUnit) {
    if (s.length === 1) return DIGITS[s] ?? NaN;
    let out = "";
    for (const ch of s) {
      if (!(ch in DIGITS)) return NaN;
      out += String(DIGITS[ch]);
    }
    return Number(out);
  }
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      total += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch];
      digit = -1;
    } else if (ch in BIG_UNITS) {
      return NaN;
    } else {
      return NaN;
    }
  }
  if (digit > 0) total += digit;
  return total;
}

export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** True for 百分之X: the unit is % whatever follows. */
  percent: boolean;
  chinese: boolean;
}

/** Reads an Arabic number at i (digits, optional decimal part; spaces not allowed inside). */
function readArabic(text: string, i: number): NumberToken | undefined {
  let j = i;
  while (isAsciiDigit(text[j])) j++;
  if (j === i) return undefined;
  // thousands separators: 1,234 or 12,345,678 (groups of exactly three digits)
  if (j - i <= 3) {
    let k = j;
    while (text[k] === "," && /^\d{3}(?!\d)/.test(text.slice(k + 1, k + 5))) k += 4;
    if (k > j) {
      let end = k;
      if (text[end] === "." && isAsciiDigit(text[end + 1])) {
        end++;
        while (isAsciiDigit(text[end])) end++;
      }
      const value = Number(text.slice(i, end).replace(/,/g, ""));
      return { value, start: i, end, percent: false, chinese: false };
    }
  }
  if (text[j] === "." && isAsciiDigit(text[j + 1])) {
    j++;
    while (isAsciiDigit(text[j])) j++;
  }
  const value = Number(text.slice(i, j));
  // 309 digits or more overflow a double: such a "number" is no figure, and never becomes Infinity
  if (!Number.isFinite(value)) return undefined;
  return { value, start: i, end: j, percent: false, chinese: false };
}

/** Digits from which an Arabic number overflows a double (10^309 > Number.MAX_VALUE). */
export const OVERFLOW_DIGITS = 309;

/** Whether the digit run at i is too long to be a number (see OVERFLOW_DIGITS); reads at most that far. */
export function isOverlongNumber(text: string, i: number): boolean {
  let j = i;
  while (j - i < OVERFLOW_DIGITS && isAsciiDigit(text[j])) j++;
  return j - i >= OVERFLOW_DIGITS;
}

/** Reads a Chinese numeral at i (百分之 prefix allowed). */
function readChinese(text: string, i: number): NumberToken | undefined {
  let j = i;
  let percent = false;
  if (text.startsWith("百分之", i)) {
    percent = true;
    j += 3;
  }
  const begin = j;
  while (j < text.length && j - begin < 12 && isChineseNumeralChar(text[j])) j++;
  while (j > begin && text[j - 1] === "点") j--;
  if (j === begin) return undefined;
  let value = chineseNumeralValue(text.slice(begin, j));
  if (!Number.isFinite(value)) return undefined;
  // 四万五千: a big unit followed by more numerals is part of the number, not of the unit
  const big = text[j] === "万" ? 1e4 : text[j] === "亿" ? 1e8 : 0;
  if (big && isChineseNumeralChar(text[j + 1]) && text[j + 1] !== "点") {
    let k = j + 1;
    while (k < text.length && k - j < 8 && isChineseNumeralChar(text[k])) k++;
    const rest = chineseNumeralValue(text.slice(j + 1, k));
    if (Number.isFinite(rest)) {
      value = value * big + rest;
      j = k;
    }
  }
  return { value, start: i, end: j, percent, chinese: true };
}

/** Reads a number (Arabic or Chinese) starting exactly at i. */
export function readNumber(text: string, i: number): NumberToken | undefined {
  return isAsciiDigit(text[i]) ? readArabic(text, i) : readChinese(text, i);
}
