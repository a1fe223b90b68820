import type { Deadline } from "@/lib/rules/types";
import { formatLongDate } from "@/lib/dates/format";
import { dueDatesText } from "@/content/due-dates";
import { rulesNotes } from "@/content/rules-notes";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { Translated } from "@/lib/i18n/translated";
import type { RulesText } from "@/lib/rules/rules-text";
import { SourceNote } from "./source-note";

/** The card's words in a language (a rules module's `rulesWords` has them); English unless given. */
type DueDateWords = {
  dueDates: Translated<typeof dueDatesText>;
  dates: { formatLongDate: (iso: IsoDate) => string };
  text: { notes: RulesText["notes"] };
};

const englishWords: DueDateWords = { dueDates: dueDatesText, dates: { formatLongDate }, text: { notes: rulesNotes } };

/** The later date a plan counting every state holiday may take, and the holidays that make it later. */
function LatestDate({ latest, formatLongDate }: { latest: NonNullable<Deadline["latest"]>; formatLongDate: (iso: IsoDate) => string }) {
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
export function DueDateCard({
  deadline,
  headingLevel,
  title,
  words = englishWords,
}: {
  deadline: Deadline;
  headingLevel?: 2 | 3;
  title?: string;
  words?: DueDateWords;
}) {
  const { dueDates, dates, text } = words;
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
        <strong>{deadline.summary}</strong> <SourceNote source={deadline.source} notes={text.notes} />
        {deadline.otherSources.map((source) => (
          <span key={source.sourceId}>
            {" "}
            <SourceNote source={source} notes={text.notes} />
          </span>
        ))}
      </p>
      {deadline.latest && <LatestDate latest={deadline.latest} formatLongDate={dates.formatLongDate} />}
      <details className="details details--in-panel">
        <summary>{dueDates.howWorkedOut}</summary>
        <div>
          <p>
            {dueDates.countedAs(deadline.explanation)}
            {deadline.skippedHolidays.length > 0 && (
              <>
                {" "}
                {dueDates.skipped} {deadline.skippedHolidays.map((holiday) => `${holiday.name} (${dates.formatLongDate(holiday.date)})`).join("; ")}.
              </>
            )}
          </p>
          {deadline.caveat && <p className="secondary">{deadline.caveat}</p>}
        </div>
      </details>
    </section>
  );
}
