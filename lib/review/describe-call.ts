import { formatLongDate, formatTime } from "@/lib/dates/format";
import { isoFromDateParts } from "@/lib/schema/date-parts";
import type { Call } from "@/lib/schema/request";

/** "Tuesday, December 15, 2026, 2:30 pm": when a call to member services was made. */
export function describeCall(call: Call): string {
  const iso = isoFromDateParts(call.date);
  const when = iso ? formatLongDate(iso) : "Date not given";
  return call.time ? `${when}, ${formatTime(call.time)}` : when;
}
