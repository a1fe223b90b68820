import * as z from "zod/mini";
import { coverageSources } from "../options";
import { requiredChoice } from "../fields";

export const coverageStepSchema = z.object({
  source: requiredChoice(coverageSources, "Select how you get your health coverage"),
  continueWithoutStateLaw: z.optional(z.boolean()),
});
