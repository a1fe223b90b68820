import type { Deadline } from "@/lib/rules/types";
import { formatLongDate } from "@/lib/dates/format";
import { dueDatesText } from "@/content/due-dates";
import { SourceNote } from "./source-note";

/** The later date a plan counting every state holiday may take, and the holidays that make it later. */
function LatestDate({ latest }: { latest: NonNullable<Deadline["latest"]> }) {
  return (
    <p data-latest-date={latest.date}>
      {latest.text}
      {latest.extraHolidays.length > 0 && (
        <> ({latest.extraHolidays.map((holiday) => `${holiday.name}, ${formatLongDate(holiday.date)}`).join("; ")})</>
      )}
    </p>
  );
}

/**
 * One worked-out date: "The plan should decide on or about Monday, December 28,
 * 2026." with its source, and the later date a plan may take. How it was counted
 * (from what, holidays skipped) and its caution sit in a disclosure below it, so
 * a phone shows the date first. Presentational only (no hooks): use it in server
 * or client components.
 */
export function DueDateCard({ deadline, headingLevel, title }: { deadline: Deadline; headingLevel?: 2 | 3; title?: string }) {
  // The level follows the page's outline; a panel's title stays small at either.
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = title ? `due-${deadline.id}-heading` : undefined;
  return (
    <section className="panel" data-deadline={deadline.id} data-date={deadline.date} aria-labelledby={headingId}>
      {title && (
        <Heading className="heading-s" id={headingId}>
          {title}
        </Heading>
      )}
      <p>
        <strong>{deadline.summary}</strong> <SourceNote source={deadline.source} />
        {deadline.otherSources.map((source) => (
          <span key={source.sourceId}>
            {" "}
            <SourceNote source={source} />
          </span>
        ))}
      </p>
      {deadline.latest && <LatestDate latest={deadline.latest} />}
      <details className="details details--in-panel">
        <summary>{dueDatesText.howWorkedOut}</summary>
        <div>
          <p>
            {dueDatesText.countedAs(deadline.explanation)}
            {deadline.skippedHolidays.length > 0 && (
              <>
                {" "}
                {dueDatesText.skipped} {deadline.skippedHolidays.map((holiday) => `${holiday.name} (${formatLongDate(holiday.date)})`).join("; ")}.
              </>
            )}
          </p>
          {deadline.caveat && <p className="secondary">{deadline.caveat}</p>}
        </div>
      </details>
    </section>
  );
}
