import { deadlineText } from "@/content/deadline-text";
import { lengthLabelFrom } from "./deadlines-from";

// The deadlines are worked out in lib/rules/deadlines-from.ts, for any language.

export { grievanceClockId } from "./deadlines-from";

/** "5 business days", "72 hours": a clock's length in English. */
export const lengthLabel = lengthLabelFrom(deadlineText.unitWords);
