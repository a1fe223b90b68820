import { nextStepsText } from "@/content/next-steps";
import { formatLongDate } from "@/lib/dates/format";
import { whenDue } from "@/lib/rules/when";
import type { Deadline } from "@/lib/rules/types";
import type { SecondOpinionRequest } from "@/lib/steps/request";

/** The follow-up call script, filled in with the member's own details and dates. */
export function CallScript({ request, due, urgent }: { request: SecondOpinionRequest; due: Deadline; urgent: boolean }) {
  const text = nextStepsText.callScript;
  const received = due.countedFrom.event === "received" ? formatLongDate(due.countedFrom.date) : undefined;
  const lines = text.lines({
    name: request.aboutYou.fullName,
    memberId: request.plan.memberId,
    due: whenDue(due),
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
