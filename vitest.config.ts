import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["engine/**/*.test.ts", "adapters/**/*.test.ts", "test/**/*.test.ts", "proto/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
