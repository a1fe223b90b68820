"use client";

import { IntentLink } from "@/components/intent-link";
import { documentsPageText } from "@/content/documents/page";
import { fieldText } from "@/content/fields";
import { REVIEW_PATH } from "@/lib/flow";
import { useRequestState } from "@/components/request-state/request-provider";

const blank = (value: string | undefined) => !value?.trim();

/** Names the answers the letter needs but does not have yet. */
export function MissingAnswers() {
  const { request, hydrated } = useRequestState();
  if (!hydrated) return null;
  const missing = [
    blank(request.aboutYou.fullName) && fieldText.aboutYou.fullName.label,
    blank(request.plan.planName) && fieldText.plan.planName.label,
    blank(request.plan.memberId) && fieldText.plan.memberId.label,
    blank(request.doctor.name) && fieldText.doctor.name.label,
    blank(request.doctor.condition) && fieldText.doctor.condition.label,
    request.submit.reasons.length === 0 && fieldText.submit.reasons.label,
  ].filter((label): label is string => typeof label === "string");
  if (missing.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <h2 className="heading-s">{documentsPageText.missingHeading}</h2>
      <p>{documentsPageText.missingIntro}</p>
      <ul className="list">
        {missing.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <p>
        <IntentLink href={REVIEW_PATH}>{documentsPageText.missingAction}</IntentLink>
      </p>
    </div>
  );
}
