/** Jest runs TypeScript through ts-jest in transpile-only mode; `npm run typecheck` does the type checking once. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(ts|tsx)$": [
      "ts-jest",
      { isolatedModules: true, tsconfig: { jsx: "react-jsx", module: "commonjs", allowJs: true } },
    ],
    "^.+\\.m?js$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", allowJs: true } }],
  },
  // ESM-only packages that must be transpiled for jest's CommonJS runtime.
  transformIgnorePatterns: ["/node_modules/(?!(opencc-js)/)"],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
};
