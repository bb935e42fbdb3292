/**
 * Validation of a Dataset read from JSON (the built-in indicators.json, an imported file): checks the shape
 * the model relies on and reports the first problem with its path, e.g. "records[12].year is not a number".
 */
import type { Dataset } from "../record";

export class DatasetError extends Error {
  override name = "DatasetError";
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === "string";
const isNumber: Check = (v) => typeof v === "number" && Number.isFinite(v);
const isNumberOrNull: Check = (v) => v === null || isNumber(v);
const isArray: Check = Array.isArray;

/** Required fields per item (data, so the rules read as a table). */
const RECORD_FIELDS: [string, Check, string][] = [
  ["id", isString, "a string"],
  ["doc", isString, "a string"],
  ["region_id", isString, "a string"],
  ["indicator", isString, "a string"],
  ["indicator_id", isString, "a string"],
  ["kind", (v) => v === "target" || v === "actual" || v === "estimate", "target, actual or estimate"],
  ["measure", (v) => v === "level" || v === "growth" || v === "change", "level, growth or change"],
  ["year", isNumber, "a number"],
  ["value", isNumberOrNull, "a number or null"],
  ["unit", isString, "a string"],
  ["qualifier", (v) => ["=", "~", ">=", ">", "<=", "<"].includes(v as string), "one of = ~ >= > <= <"],
  ["source", (v) => v === "table" || v === "prose", "table or prose"],
];
const REGION_FIELDS: [string, Check, string][] = [
  ["id", isString, "a string"],
  ["name", isString, "a string"],
  ["aliases", isArray, "a list"],
];
const DOCUMENT_FIELDS: [string, Check, string][] = [["doc", isString, "a string"]];

function checkItems(list: unknown[], name: string, fields: [string, Check, string][]): void {
  list.forEach((item, i) => {
    if (typeof item !== "object" || item === null) throw new DatasetError(`${name}[${i}] is not an object.`);
    for (const [field, check, expected] of fields) {
      if (!check((item as Record<string, unknown>)[field])) {
        throw new DatasetError(`${name}[${i}].${field} should be ${expected}.`);
      }
    }
  });
}

export function validateDataset(json: unknown): Dataset {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DatasetError("The dataset must be a JSON object with documents, regions and records.");
  }
  const data = json as Record<string, unknown>;
  for (const key of ["documents", "regions", "records"]) {
    if (!Array.isArray(data[key])) throw new DatasetError(`The dataset has no "${key}" list.`);
  }
  checkItems(data.documents as unknown[], "documents", DOCUMENT_FIELDS);
  checkItems(data.regions as unknown[], "regions", REGION_FIELDS);
  checkItems(data.records as unknown[], "records", RECORD_FIELDS);
  return json as Dataset;
}
