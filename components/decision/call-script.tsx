import type { NextStepsLanguage } from "@/lib/next-steps/language";
import type { Deadline } from "@/lib/rules/types";
import type { SecondOpinionRequest } from "@/lib/steps/request";

/** The follow-up call script, filled in with the member's own details and dates, in the page's language. */
export function CallScript({
  request,
  due,
  urgent,
  language,
}: {
  request: SecondOpinionRequest;
  due: Deadline;
  urgent: boolean;
  language: Pick<NextStepsLanguage, "words" | "whenDue" | "dates">;
}) {
  const text = language.words.callScript;
  const received = due.countedFrom.event === "received" ? language.dates.formatLongDate(due.countedFrom.date) : undefined;
  const lines = text.lines({
    name: request.aboutYou.fullName,
    memberId: request.plan.memberId,
    due: language.whenDue(due),
    urgent,
    ...(received ? { received } : {}),
  });
  return (
    <section className="inset" id="call-script" aria-labelledby="call-script-heading">
      <h2 className="heading-m" id="call-script-heading">
        {text.heading}
      </h2>
      <p className="secondary">{text.intro}</p>
      {lines.map((line) => (
        <p key={line}>“{line}”</p>
      ))}
      <p>{text.after}</p>
    </section>
  );
}
