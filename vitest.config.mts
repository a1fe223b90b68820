import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx,mjs}"],
    environment: "node",
    testTimeout: 60_000,
  },
});
