// Runs the node PDF timing (tests/bench/*.timing.test.tsx) for `npm run bench`;
// kept out of the unit suite, which it would slow down.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/bench/**/*.timing.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 300_000,
  },
});
