import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["engine/**/*.test.ts", "adapters/**/*.test.ts", "test/**/*.test.ts", "proto/**/*.test.ts"],
    // The long fault suite runs on its own: npm run test:fault (vitest.fault.config.ts).
    exclude: [...configDefaults.exclude, "test/fault/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
