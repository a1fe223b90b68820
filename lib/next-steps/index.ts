import * as legal from "@/content/legal";
import { citationFor, contactFor, sourced } from "@/lib/rules/citations";
import { deriveRules } from "@/lib/rules";
import { nextStepsFrom } from "./steps-from";

export type * from "./steps-from";
export { AFTER_VISIT_POINTS } from "./steps-from";

/**
 * What to show below Step 4 for the outcome the member recorded, in English
 * (for English pages and documents). A page in another language builds its
 * own with `nextStepsFrom` (lib/next-steps/language-*.ts).
 */
export const deriveNextSteps = nextStepsFrom(legal, { citationFor, contactFor, sourced }, deriveRules);
