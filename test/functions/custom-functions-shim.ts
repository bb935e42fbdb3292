/**
 * Stands in for Excel's runtime in jest (and the bench): inside Excel, the CustomFunctions global with its
 * Error class and ErrorCode enum is provided by the custom-functions runtime. Import this file before the
 * functions so that the wrappers can build their errors outside Excel.
 */
class ShimError {
  constructor(
    readonly code: CustomFunctions.ErrorCode,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

Object.assign(globalThis, { CustomFunctions: { Error: ShimError, ErrorCode } });

export const ExcelError = ShimError;
