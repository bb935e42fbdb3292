/**
 * In a plain browser tab (the pane opened outside Excel, the e2e test) Office.js provides no
 * CustomFunctions namespace, and the registration calls that custom-functions-metadata-plugin appends to
 * functions.ts would stop the page with a ReferenceError. Define a no-op registry there; inside Excel the
 * real one (loaded by office.js before our scripts) is left untouched.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = { associate: () => undefined };
}
export {};
