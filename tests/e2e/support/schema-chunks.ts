import type { Page } from "@playwright/test";

/**
 * Watches the chunks a page asks for and tells which
 * are zod's, by zod's own class names (as tests/bench/lib/first-load.mjs does).
 */
export function watchSchemaChunks(page: Page) {
  const requested = new Set<string>();
  page.on("request", (request) => {
    if (/\/_next\/static\/chunks\/.+\.js$/.test(request.url())) requested.add(new URL(request.url()).pathname);
  });
  return {
    /** The paths of the zod chunks asked for so far. */
    async found(): Promise<string[]> {
      const schemaChunks: string[] = [];
      for (const chunk of requested) if ((await (await page.request.get(chunk)).text()).includes("$ZodObject")) schemaChunks.push(chunk);
      return schemaChunks;
    },
  };
}
