"use client";

import { useState } from "react";
import type { Reminder } from "@/lib/calendar/reminders";
import type { NextStepsLanguage } from "@/lib/next-steps/language";

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A download button per date. The .ics file is made in the browser when the
 * member asks for it: the `ics` package (and its validation library) loads on
 * that click, never with the page, and nothing leaves the device. Words,
 * titles and file names are in the page's language (the reminders are made
 * with its words: lib/calendar/reminders.ts `remindersFrom`).
 */
export function CalendarReminders({
  reminders,
  language,
}: {
  reminders: readonly Reminder[];
  language: Pick<NextStepsLanguage, "words" | "dates">;
}) {
  const text = language.words.reminders;
  const { formatDateTime, formatLongDate } = language.dates;
  const [failed, setFailed] = useState(false);
  const onDownload = async (reminder: Reminder) => {
    try {
      const { reminderToIcs } = await import("@/lib/calendar/ics");
      const file = reminderToIcs(reminder, new Date());
      download(file.fileName, file.text);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section aria-labelledby="reminders-heading">
      <h2 className="heading-m" id="reminders-heading">
        {text.heading}
      </h2>
      {reminders.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <>
          <p>{text.intro}</p>
          <ul className="list">
            {reminders.map((reminder) => (
              <li key={reminder.id} data-reminder={reminder.id} data-date={reminder.date}>
                <strong>{reminder.time ? formatDateTime(reminder.date, reminder.time) : formatLongDate(reminder.date)}</strong>:{" "}
                {reminder.title}.{" "}
                <button className="link-button" type="button" onClick={() => void onDownload(reminder)}>
                  {text.download(reminder.label)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {failed && (
        <p className="notice notice--warning" role="alert">
          {text.failed}
        </p>
      )}
    </section>
  );
}
