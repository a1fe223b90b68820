// Every response the app sends carries the security headers from
// next.config.ts, and the PDF renderer still works under that policy.
import type { APIResponse, ConsoleMessage, Page } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expectAccessible } from "./support/accessibility";
import { saveBeforeFirstPage } from "./support/saved-answers";
import { savedText } from "@/tests/support/requests.mjs";
import { expect, test } from "./support/test";

/** Every page route of the app, found from the app/ folder (route groups flattened, dynamic routes left out). */
function appRoutes(dir = path.resolve("app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("[") || name.startsWith("_") || name.startsWith("@")) continue;
      const segment = name.startsWith("(") ? "" : `/${name}`;
      routes.push(...appRoutes(full, `${prefix}${segment}`));
    } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) {
      routes.push(prefix || "/");
    }
  }
  return routes;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** What every response must carry; returns the problems, so one run names them all. */
function headerProblems(label: string, response: APIResponse): string[] {
  const headers = response.headers();
  const problems: string[] = [];
  const csp = headers["content-security-policy"];
  if (!csp) return [`${label}: no Content-Security-Policy`];
  const policy = directives(csp);
  const expectExactly = (name: string, values: string[]) => {
    if (JSON.stringify(policy.get(name)) !== JSON.stringify(values)) {
      problems.push(`${label}: CSP ${name} is ${JSON.stringify(policy.get(name))}, expected ${values.join(" ")}`);
    }
  };
  expectExactly("default-src", ["'self'"]);
  expectExactly("object-src", ["'none'"]);
  expectExactly("base-uri", ["'self'"]);
  expectExactly("frame-ancestors", ["'none'"]);
  expectExactly("form-action", ["'self'"]);
  for (const [name, values] of policy) {
    if (values.includes("'unsafe-eval'")) problems.push(`${label}: CSP ${name} allows 'unsafe-eval'`);
    // No other origin may be named anywhere: answers can only ever go to this app.
    const remote = values.filter((value) => !/^('[^']+'|data:|blob:)$/.test(value));
    if (remote.length) problems.push(`${label}: CSP ${name} allows other sources: ${remote.join(" ")}`);
  }
  if (headers["x-content-type-options"] !== "nosniff") problems.push(`${label}: X-Content-Type-Options is ${headers["x-content-type-options"]}`);
  if (headers["referrer-policy"] !== "no-referrer") problems.push(`${label}: Referrer-Policy is ${headers["referrer-policy"]}`);
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera", "microphone", "geolocation"]) {
    if (!new RegExp(`(^|[,\\s])${feature}=\\(\\)`).test(permissions)) {
      problems.push(`${label}: Permissions-Policy does not turn off ${feature} (${permissions || "missing"})`);
    }
  }
  if (headers["x-powered-by"]) problems.push(`${label}: X-Powered-By reveals ${headers["x-powered-by"]}`);
  return problems;
}

test.describe("security headers", () => {
  test.skip(({ isMobile }) => isMobile, "Headers do not depend on the device; checked once.");

  test("every page, asset, data request, the service worker and error response carries them", async ({ request }) => {
    const routes = appRoutes();
    expect(routes).toContain("/");
    const problems: string[] = [];
    const scripts = new Set<string>();
    for (const route of routes) {
      const response = await request.get(route, { maxRedirects: 0 });
      expect(response.status(), `${route} status`).toBeLessThan(400);
      problems.push(...headerProblems(route, response));
      if ((response.headers()["content-type"] ?? "").includes("text/html")) {
        for (const match of (await response.text()).matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+)"/g)) scripts.add(match[1]!);
      }
      // The data request the router makes when following a link.
      const rsc = await request.get(route, { headers: { RSC: "1" }, maxRedirects: 0 });
      problems.push(...headerProblems(`${route} (RSC)`, rsc));
    }
    expect(scripts.size, "pages load scripts from /_next/static").toBeGreaterThan(0);
    for (const script of [...scripts].slice(0, 5)) {
      const response = await request.get(script);
      expect(response.status(), script).toBe(200);
      problems.push(...headerProblems(script, response));
    }
    // The offline service worker, its registration script and the web app manifests.
    for (const file of ["/sw.js", "/register-sw.js", "/manifest.webmanifest", "/manifest.es.webmanifest"]) {
      const response = await request.get(file);
      expect(response.status(), file).toBe(200);
      problems.push(...headerProblems(file, response));
    }
    // No HTTP cache may keep an old service worker from its update check.
    expect((await request.get("/sw.js")).headers()["cache-control"]).toBe("no-cache");
    const missing = await request.get("/this-page-does-not-exist");
    expect(missing.status()).toBe(404);
    problems.push(...headerProblems("404 page", missing));
    expect(problems).toEqual([]);
  });
});

test.describe("the PDF renderer under the Content-Security-Policy", () => {
  test.skip(({ isMobile }) => isMobile, "The policy does not depend on the device; the phone-sized journey is in privacy.spec.ts.");

  test("both PDFs download, with no policy violation and no console error", async ({ page }) => {
    const problems = watchForProblems(page);
    await problems.ready;
    await saveBeforeFirstPage(page, completeRequest);
    await page.goto("/request/documents");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);

    for (const label of ["Download letter (PDF)", "Download checklist (PDF)"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
      const file = readFileSync((await download.path())!);
      expect(file.subarray(0, 5).toString("latin1"), `${label}: a PDF`).toBe("%PDF-");
      expect(file.subarray(-8).toString("latin1"), `${label}: a complete PDF`).toContain("%%EOF");
      expect(file.length, `${label}: has content`).toBeGreaterThan(2000);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    }
    // No "Sorry, the PDF could not be made" (Next's own route announcer is an alert too, outside main).
    await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
    expect(await problems.collect()).toEqual([]);
  });
});

// ---- helpers -------------------------------------------------------------------

const completeRequest = savedText();

/** Console errors, uncaught errors and Content-Security-Policy violations, in the page and its workers. */
function watchForProblems(page: Page) {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location().url})`);
  };
  page.on("console", onConsole);
  page.on("worker", (worker) => worker.on("console", onConsole));
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  const ready = page.exposeBinding("__reportPolicyViolation", (_source, text: string) => void problems.push(text)).then(() =>
    page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { __reportPolicyViolation: (text: string) => void }).__reportPolicyViolation;
        report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
      });
    }),
  );
  return {
    ready,
    async collect() {
      await ready;
      return problems;
    },
  };
}
