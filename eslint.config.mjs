// Flat config: typescript-eslint recommended rules plus the project's layering rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeOnly = [
  "node:*",
  "fs",
  "path",
  "os",
  "child_process",
  "crypto",
  "url",
  "util",
  "stream",
  "zlib",
  "http",
  "https",
];

/** What each folder of src/ may not import, and whether it must run in the browser. */
const LAYERS = [
  {
    folder: "record",
    forbidden: ["extract", "model", "excel", "functions", "taskpane", "cli"],
    browser: true,
  },
  { folder: "extract", forbidden: ["model", "excel", "functions", "taskpane", "cli"], browser: true },
  { folder: "model", forbidden: ["excel", "functions", "taskpane", "cli"], browser: true },
  { folder: "excel", forbidden: ["functions", "taskpane", "cli"], browser: true },
  { folder: "functions", forbidden: ["taskpane", "cli"], browser: true },
  { folder: "taskpane", forbidden: ["cli"], browser: true },
  { folder: "cli", forbidden: ["taskpane"], browser: false },
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "data/", "test-results/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Layers (README "Project layout"): record ← extract ← model ← excel/functions ← taskpane. One rule entry
  // per folder, because a later no-restricted-imports entry replaces an earlier one for the same file.
  ...LAYERS.map(({ folder, forbidden, browser }) => ({
    files: [`src/${folder}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...forbidden.map((layer) => ({
              group: [`**/${layer}`, `**/${layer}/**`],
              message: `src/${folder} must not import src/${layer} (layering: see eslint.config.mjs).`,
            })),
            ...(browser ? nodeOnly : []).map((group) => ({
              group: [group],
              message: "src/ outside cli/ must stay browser-safe.",
            })),
          ],
        },
      ],
    },
  })),
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
