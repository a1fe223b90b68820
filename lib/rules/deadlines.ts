import { deadlineText } from "@/content/deadline-text";
import { getClock } from "@/content/legal";
import { californiaHolidayCalendar } from "@/content/legal/holidays";
import { dateFormatters } from "@/lib/dates/formatters";
import { citationFor } from "./citations";
import { deadlinesFrom } from "./deadlines-from";

export { deadlinesFrom, grievanceClockId, lengthLabelFrom, type DeadlineContent } from "./deadlines-from";

/** The deadlines in English. */
export const { deriveDeadlines, lengthLabel } = deadlinesFrom({
  deadlineText,
  getClock,
  citationFor,
  dates: dateFormatters.en,
  calendar: californiaHolidayCalendar,
});
