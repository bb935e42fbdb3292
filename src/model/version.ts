/** The add-in's version. Kept equal to package.json's by test/model/version.test.ts. */
export const ADDIN_VERSION = "0.1.0";
