import { deadlineText } from "@/content/deadline-text";
import { dateFormatters } from "@/lib/dates/formatters";
import { whenFrom } from "./when-from";

export { lastOnTimeDay } from "./when-from";

/** "on or about Monday, December 28, 2026", or "by about Monday, December 21, 2026, 3:00 pm (California time)" for an hour clock. */
export const whenDue = whenFrom(deadlineText.when, dateFormatters.en);
