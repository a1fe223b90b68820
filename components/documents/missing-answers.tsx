"use client";

import { IntentLink } from "@/components/intent-link";
import { routes } from "@/lib/routes";
import { useRequestState } from "@/components/request-state/request-provider";

const blank = (value: string | undefined) => !value?.trim();

/** The answers the letter needs: their names, and this notice's words (from the server page). */
type Words = {
  heading: string;
  intro: string;
  action: string;
  labels: { fullName: string; planName: string; memberId: string; doctorName: string; condition: string; reasons: string };
};

/** Names the answers the letter needs but does not have yet. */
export function MissingAnswers({ words }: { words: Words }) {
  const { labels } = words;
  const { request, hydrated } = useRequestState();
  if (!hydrated) return null;
  const missing = [
    blank(request.aboutYou.fullName) && labels.fullName,
    blank(request.plan.planName) && labels.planName,
    blank(request.plan.memberId) && labels.memberId,
    blank(request.doctor.name) && labels.doctorName,
    blank(request.doctor.condition) && labels.condition,
    request.submit.reasons.length === 0 && labels.reasons,
  ].filter((label): label is string => typeof label === "string");
  if (missing.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <h2 className="heading-s">{words.heading}</h2>
      <p>{words.intro}</p>
      <ul className="list">
        {missing.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <p>
        <IntentLink href={routes.review}>{words.action}</IntentLink>
      </p>
    </div>
  );
}
