import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
  {
    // adapters/nats is used through its index.ts (tests and benchmarks may also use its testing.ts);
    // the engine's own restrictions below replace these for engine/ (it may not import adapters at all).
    files: ["**/*.ts"],
    ignores: ["adapters/nats/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/nats/*", "!**/nats/index.ts", "!**/nats/testing.ts"],
              message:
                "Import adapters/nats through adapters/nats/index.ts (test support: adapters/nats/testing.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // Production code does not import the test support (it pulls in devDependencies).
    files: ["adapters/**/*.ts"],
    ignores: ["adapters/nats/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/nats/*", "!**/nats/index.ts"],
              message: "Import adapters/nats through adapters/nats/index.ts (testing.ts is for tests only).",
            },
          ],
        },
      ],
    },
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
