import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** adapters/nats is used through its index.ts; tests and benchmarks may also use its testing.ts. */
const NATS_SURFACE = {
  group: ["**/nats/*", "!**/nats/index.ts", "!**/nats/testing.ts"],
  message: "Import adapters/nats through adapters/nats/index.ts (test support: adapters/nats/testing.ts).",
};
/** Production code does not import the test support (it pulls in devDependencies). */
const NATS_PRODUCTION_SURFACE = {
  group: ["**/nats/*", "!**/nats/index.ts"],
  message: "Import adapters/nats through adapters/nats/index.ts (testing.ts is for tests only).",
};
/** Adapters see the engine through its public surface only. */
const ENGINE_SURFACE = {
  regex: "(^|/)engine/(?!index\\.ts$)",
  message: "Import the engine through engine/index.ts; export what adapters need there.",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".tmp/",
      "data/",
      "bench/results/",
      "proto/gen/",
      "coverage/",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      complexity: ["warn", 12],
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "Use a seeded generator.",
        },
      ],
    },
  },
  {
    // Test builders cast literals to input types on purpose; the rule misreads contextual typing.
    files: ["test/**/*.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-unnecessary-type-assertion": "off" },
  },
  // Public surfaces. ESLint keeps one no-restricted-imports per file (a later block replaces an
  // earlier one), so each block below lists every pattern its files are held to.
  {
    files: ["**/*.ts"],
    ignores: ["adapters/**", "engine/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NATS_SURFACE] }] },
  },
  {
    // Production adapters: the engine and adapters/nats through their index.ts, never nats/testing.ts.
    files: ["adapters/**/*.ts"],
    ignores: ["adapters/nats/**", "**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NATS_PRODUCTION_SURFACE, ENGINE_SURFACE] }] },
  },
  {
    files: ["adapters/**/*.test.ts"],
    ignores: ["adapters/nats/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NATS_SURFACE, ENGINE_SURFACE] }] },
  },
  {
    files: ["adapters/nats/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [ENGINE_SURFACE] }] },
  },
  {
    files: ["engine/**/*.ts"],
    ignores: ["engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "net", "http", "@nats-io/*", "better-sqlite3", "**/adapters/**"] },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "engine/ takes time from its inputs." },
      ],
      "no-restricted-globals": ["error", "setTimeout", "setInterval", "setImmediate"],
    },
  },
);
