export { coverageStepSchema } from "./coverage";
export { planStepSchema } from "./plan";
export { aboutYouStepSchema } from "./about-you";
export { doctorStepSchema } from "./doctor";
export { memberServicesStepSchema, callEntrySchema } from "./member-services";
export { submitStepSchema } from "./submit";
export { decisionStepSchema } from "./decision";
