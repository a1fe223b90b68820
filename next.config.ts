import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV !== "production";

// Next inlines small bootstrap scripts and styles in prerendered pages, so a
// static site needs 'unsafe-inline' for both (nonces would force dynamic
// rendering). The PDF renderer's layout engine (yoga) is WebAssembly that it
// fetches from a data: URL: that needs 'wasm-unsafe-eval' and connect-src
// data:, but never 'unsafe-eval' in production. Nothing else is allowed: no
// other origin anywhere, no data:/blob: images, fonts or workers (the PDFs use
// the built-in Helvetica; downloads are blob: links, which CSP does not
// govern). tests/e2e/security-headers.spec.ts makes both PDFs under this
// policy and fails on any violation.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self' data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // Lets parallel builds (tests, benchmarks) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Each language has its own root layout (app/(en), app/(es)), so an address
  // that matches nothing needs a not-found page of its own.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The browser checks the offline service worker for a new version on every
      // visit; no HTTP cache may hand it an old one (lib/offline/service-worker.ts).
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default nextConfig;
