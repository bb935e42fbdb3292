/**
 * PLAN custom functions. custom-functions-metadata reads the JSDoc below to generate
 * functions.json; its webpack plugin registers each function with CustomFunctions.associate.
 * Keep these wrappers thin: the logic lives in src/model.
 */
import { ADDIN_VERSION } from "../model/version";

/**
 * Returns the version of the Plan Indicators add-in.
 * @customfunction VERSION
 * @returns The add-in version, e.g. 0.1.0.
 */
export function version(): string {
  return ADDIN_VERSION;
}
