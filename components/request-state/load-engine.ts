import { nextTask } from "@/lib/next-task";

/**
 * Loads lib/request-engine in parts. Evaluating zod and building all the
 * schemas at once is one long task on a slow phone, during which a tap waits.
 * Doing it a task at a time keeps each task short: zod itself, then the stored
 * request's schemas (built on first use, so here), then the steps' schemas;
 * the engine's own import then finds its modules already evaluated. The
 * imports stay three, so the chunks still arrive in as many round trips.
 *
 * zod is not imported on its own: `import("zod/mini")` asks for the whole
 * namespace, which stops the bundler from leaving out what the schemas never
 * use (281 KB of zod with every locale, instead of about 60 KB).
 */
export async function loadEngineInParts() {
  const { requestSchemas } = await import("@/lib/schema/request");
  await nextTask();
  requestSchemas();
  await nextTask();
  await import("@/lib/schema/steps");
  await nextTask();
  return import("@/lib/request-engine");
}
