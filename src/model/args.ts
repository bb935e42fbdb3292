/**
 * Argument coercion shared by every entry point (Excel, CLI, HyperFormula). Excel hands over numbers,
 * strings, booleans or null (an omitted optional argument or, for some hosts, an empty cell); the CLI hands
 * over strings. Each helper returns the value or a PlanError that tells the user what to type.
 */
import { invalidValue, notAvailable, PlanError } from "./errors";
import { YEAR_MAX, YEAR_MIN } from "../record";

const YEAR = /^(\d{4})\s*年?$/u;
/**
 * A number as text: digits with an optional decimal part and exponent, and commas only as thousands
 * separators in groups of three ("1,234.5"); "1,5" is not 15 (nor 1.5: the comma is ambiguous). An
 * optional trailing % makes it an Excel percentage ("90%" → 0.9).
 */
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?(%)?$/iu;

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === "";

export function textArg(value: unknown, what: string, example: string): string | PlanError {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (isBlank(value) || (typeof value === "string" && value.trim() === "")) {
    return invalidValue(`The ${what} is empty: give a ${what} such as ${example}.`);
  }
  return invalidValue(`The ${what} must be text such as ${example}, not ${describe(value)}.`);
}

/** A year as a number (2025) or text ("2025", "2025年"); undefined when optional and omitted. */
export function yearArg(value: unknown, optional = false): number | undefined | PlanError {
  if (isBlank(value))
    return optional ? undefined : invalidValue("The year is empty: give a year such as 2025.");
  if (typeof value === "number" && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX)
    return value;
  if (typeof value !== "string") return notAYear(value);
  let year = yearTexts.get(value);
  if (year === undefined) {
    const match = YEAR.exec(value.normalize("NFKC").trim());
    year = match ? Number(match[1]) : NaN;
    if (yearTexts.size > 1_000) yearTexts.clear();
    yearTexts.set(value, year);
  }
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : notAYear(value);
}

/** "2025年" → 2025, memoised: a sheet passes the same few year texts over and over. */
const yearTexts = new Map<string, number>();

function notAYear(value: unknown): PlanError {
  return invalidValue(`'${String(value)}' is not a year: give a year such as 2025 or "2025年".`);
}

/** An actual value: a number or numeric text ("1,234.5"). A blank actual is #N/A: nothing to compare yet. */
export function numberArg(value: unknown, what: string): number | PlanError {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : invalidValue(`The ${what} is not a finite number.`);
  }
  if (isBlank(value)) return notAvailable(`Enter the ${what} to compare it with the plan.`);
  if (typeof value === "string") {
    const text = value.normalize("NFKC").trim();
    const match = NUMBER.exec(text);
    if (match && /\d/u.test(text.replace(/e.*$/iu, ""))) {
      const number = Number(text.replace(/[,%]/gu, "")) / (match[5] ? 100 : 1);
      return Number.isFinite(number)
        ? number
        : invalidValue(`The ${what} '${value}' is too large: Excel numbers stop at about 1e308.`);
    }
  }
  return invalidValue(`The ${what} must be a number, not ${describe(value)}.`);
}

/** An optional number (a user's base value): undefined when omitted. */
export function optionalNumberArg(value: unknown, what: string): number | undefined | PlanError {
  return isBlank(value) ? undefined : numberArg(value, what);
}

/** An optional text argument (method): undefined when omitted. */
export function optionalTextArg(value: unknown): string | undefined {
  return isBlank(value) ? undefined : String(value);
}

function describe(value: unknown): string {
  if (typeof value === "string") return `'${value}'`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  if (Array.isArray(value)) return "a range";
  return typeof value === "object" ? "an object" : String(value);
}
