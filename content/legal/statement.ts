import * as z from "zod/mini";
import { isSourceId } from "./sources";

/** A source id that must resolve (checked when the module loads). */
export const sourceIdSchema = z.string().check(z.refine(isSourceId, "Unknown source id"));

/**
 * One plain-language legal statement and where it comes from. `parallelSourceId`
 * names the matching section for the other regulator (the facts sheet's "HSC
 * parallel"): shown with the statement, and used alone for a DMHC plan.
 */
export const statementSchema = z.object({
  text: z.string().check(z.minLength(3)),
  sourceId: sourceIdSchema,
  parallelSourceId: z.optional(sourceIdSchema),
});
export type Statement = z.infer<typeof statementSchema>;
