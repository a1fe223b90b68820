import type * as z from "zod/mini";
import type { RequestSection } from "../request";
import { coverageStepSchema } from "./coverage";
import { planStepSchema } from "./plan";
import { aboutYouStepSchema } from "./about-you";
import { doctorStepSchema } from "./doctor";
import { memberServicesStepSchema, callEntrySchema } from "./member-services";
import { submitStepSchema } from "./submit";
import { decisionStepSchema } from "./decision";

export {
  coverageStepSchema,
  planStepSchema,
  aboutYouStepSchema,
  doctorStepSchema,
  memberServicesStepSchema,
  callEntrySchema,
  submitStepSchema,
  decisionStepSchema,
};

/** Each step's schema, keyed by the step ids of lib/flow.ts. */
export const stepSchemas: Record<RequestSection, z.ZodMiniType> = {
  coverage: coverageStepSchema,
  plan: planStepSchema,
  aboutYou: aboutYouStepSchema,
  doctor: doctorStepSchema,
  memberServices: memberServicesStepSchema,
  submit: submitStepSchema,
  decision: decisionStepSchema,
};
