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
  {
    // Code that must run in the browser and in Node alike: no Node-only modules.
    files: ["src/extract/**", "src/model/**", "src/functions/**", "src/taskpane/**", "src/excel/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: nodeOnly.map((group) => ({
            group: [group],
            message: "src/ outside cli/ must stay browser-safe.",
          })),
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
