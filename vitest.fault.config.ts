import { defineConfig } from "vitest/config";

/**
 * The fault suite (`npm run test:fault`): long tests on a real 3-node nats-server cluster with
 * engine replicas as child processes (issue 16's proof). Kept out of `npm test`; `.ci/run` runs both.
 * One file at a time: each starts its own cluster and processes, and two at once would starve each
 * other on a 2-core machine.
 */
export default defineConfig({
  test: {
    include: ["test/fault/**/*.test.ts"],
    testTimeout: 15 * 60_000,
    hookTimeout: 2 * 60_000,
    fileParallelism: false,
  },
});
