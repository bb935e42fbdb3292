/**
 * The model's error value. Functions return it instead of throwing; the custom-function wrappers turn it
 * into `CustomFunctions.Error`, the CLI prints it, the HyperFormula test plugin maps it to a CellError.
 */
export type PlanErrorCode = "#N/A" | "#VALUE!" | "#NUM!";

export class PlanError {
  constructor(
    readonly code: PlanErrorCode,
    readonly message: string,
    /** Set when the answer may change once something loads (the traditional-Chinese converter): wait, then ask again. */
    readonly retry?: () => Promise<void>,
  ) {}

  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

/** No such record / target: the user should look elsewhere (another year, another function). */
export const notAvailable = (message: string): PlanError => new PlanError("#N/A", message);
/** An argument of the wrong type or form. */
export const invalidValue = (message: string): PlanError => new PlanError("#VALUE!", message);
/** Maths that cannot be done (zero base, target year already passed). */
export const invalidNumber = (message: string): PlanError => new PlanError("#NUM!", message);

export function isPlanError(value: unknown): value is PlanError {
  return value instanceof PlanError;
}
