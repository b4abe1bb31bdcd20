import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["engine/**/*.test.ts", "adapters/**/*.test.ts", "test/**/*.test.ts", "proto/**/*.test.ts"],
    // The long suites run on their own: npm run test:fault (vitest.fault.config.ts).
    exclude: [...configDefaults.exclude, "test/fault/**", "test/package/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
