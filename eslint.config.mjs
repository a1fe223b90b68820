import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next*/**", "node_modules/**", "test-results/**", "playwright-report/**", "tests/bench/results/**", "next-env.d.ts", "public/sw.js"],
  },
];

export default config;
