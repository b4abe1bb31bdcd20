import { defineConfig } from "vitest/config";

/**
 * The long suite (`npm run test:fault`): the fault tests on a real 3-node nats-server cluster with
 * engine replicas as child processes (issue 16's proof), and the package's test (test/package:
 * npm pack, npm install -g of the tarball, its `cad` run; issue 18's proof). Kept out of
 * `npm test`; `.ci/run` runs both.
 * One file at a time: each starts its own cluster and processes, and two at once would starve each
 * other on a 2-core machine.
 */
export default defineConfig({
  test: {
    include: ["test/fault/**/*.test.ts", "test/package/**/*.test.ts"],
    testTimeout: 15 * 60_000,
    hookTimeout: 2 * 60_000,
    fileParallelism: false,
  },
});
