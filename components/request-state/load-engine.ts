/** A macrotask boundary: lets the browser handle input and paint in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Loads lib/request-engine in parts. Evaluating zod and all the schemas at
 * once is one long task on a slow phone, during which a tap waits. Importing
 * them one after another, a task apart, keeps each task short; the engine's
 * own import then finds its modules already evaluated.
 *
 * zod is not imported on its own: `import("zod/mini")` asks for the whole
 * namespace, which stops the bundler from leaving out what the schemas never
 * use (281 KB of zod with every locale, instead of 65 KB).
 */
export async function loadEngineInParts() {
  await import("@/lib/schema/request");
  await nextTask();
  await import("@/lib/schema/steps");
  await nextTask();
  return import("@/lib/request-engine");
}
