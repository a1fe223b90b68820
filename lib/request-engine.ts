/**
 * Everything the client needs that depends on zod: reading and saving the
 * answers, step completeness and validation. (The rules, with the legal
 * content, load separately: components/request-state/use-rules.ts.) The
 * request provider loads this module with import() when the member first
 * reaches for the page, which keeps it out of every page's first-load
 * JavaScript; answers already saved are checked in a worker before that
 * (lib/storage/check-saved-answers.worker.ts).
 *
 * Its exports are used through the imported module object (`engine.saveRequest`),
 * which knip cannot follow: hence the @public tags.
 */
import * as z from "zod/mini";
import { requestSchemas, type RequestSection, type SecondOpinionRequest } from "@/lib/schema/request";
import { callEntrySchema, stepSchemas } from "@/lib/schema/steps";

/** @public */
export { loadRequest, saveRequest } from "@/lib/storage/request-storage";
/** @public */
export { completedSteps, isOffRamped } from "@/lib/step-completion";

/** @public */
export function parseRequest(value: unknown): SecondOpinionRequest {
  return requestSchemas().requestSchema.parse(value);
}

/** The member's answers checked against a schema: the parsed values, or one message per field. */
type Validation<T> = { ok: true; values: T } | { ok: false; errors: Record<string, string> };

function validate<T>(schema: z.ZodMiniType, values: unknown): Validation<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, values: result.data as T };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "root");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** @public */
export function validateStep<S extends RequestSection>(section: S, values: unknown): Validation<SecondOpinionRequest[S]> {
  return validate(stepSchemas[section], values);
}

export function validateCall(values: unknown): Validation<z.infer<typeof callEntrySchema>> {
  return validate(callEntrySchema, values);
}
