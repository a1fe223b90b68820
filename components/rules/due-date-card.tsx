import type { Deadline } from "@/lib/rules/types";
import { formatLongDate } from "@/lib/dates/format";
import { SourceNote } from "./source-note";

/** The later date a plan counting every state holiday may take, and the holidays that make it later. */
export function LatestDate({ latest }: { latest: NonNullable<Deadline["latest"]> }) {
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
 * 2026." with what it is counted from, holidays skipped, the caution and the
 * source. Presentational only (no hooks): use it in server or client components.
 */
export function DueDateCard({ deadline, headingLevel, title }: { deadline: Deadline; headingLevel?: 2 | 3; title?: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="panel" data-deadline={deadline.id} data-date={deadline.date}>
      {title && <Heading className={headingLevel === 2 ? "heading-m" : "heading-s"}>{title}</Heading>}
      <p>
        <strong>{deadline.summary}</strong>
      </p>
      {deadline.latest && <LatestDate latest={deadline.latest} />}
      <p>
        That is {deadline.explanation}.{" "}
        {deadline.skippedHolidays.length > 0 && (
          <>
            Skipped as a state holiday:{" "}
            {deadline.skippedHolidays.map((holiday) => `${holiday.name} (${formatLongDate(holiday.date)})`).join("; ")}.{" "}
          </>
        )}
        <SourceNote source={deadline.source} />
        {deadline.otherSources.map((source) => (
          <span key={source.sourceId}>
            {" "}
            <SourceNote source={source} />
          </span>
        ))}
      </p>
      {deadline.caveat && <p className="secondary">{deadline.caveat}</p>}
    </div>
  );
}
