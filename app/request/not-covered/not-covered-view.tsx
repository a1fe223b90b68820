"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { coverageRules, generalRequest, type OffRampContent } from "@/content/legal/coverage";
import { ContactsList } from "@/components/rules/contacts-list";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList } from "@/components/rules/sourced-list";
import { useRequestState } from "@/components/request-state/request-provider";
import { citationFor, contactFor, sourced } from "@/lib/rules/citations";

const offRamps = coverageRules.flatMap((rule) => (rule.scope === "not-covered" ? [{ id: rule.id, offRamp: rule.offRamp }] : []));

function OffRampDetails({ offRamp, headingLevel }: { offRamp: OffRampContent; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  const whereToGo = offRamp.whereToGo.filter((item) => item.text !== generalRequest.text);
  return (
    <section aria-label={offRamp.title}>
      <Heading className={headingLevel === 2 ? "heading-m" : "heading-s"}>{offRamp.title}</Heading>
      <p>
        {offRamp.summary.text} <SourceNote source={citationFor(offRamp.summary.sourceId)} />
      </p>
      <SubHeading className="heading-s">Where to go instead</SubHeading>
      <SourcedList items={whereToGo.map(sourced)} />
      <ContactsList contacts={offRamp.contactIds.map(contactFor)} headingLevel={4} />
    </section>
  );
}

export function NotCoveredView() {
  const { request, hydrated, updateSection } = useRequestState();
  const router = useRouter();
  const chosen = offRamps.find((candidate) => candidate.id === request.coverage.source);

  const continueAnyway = () => {
    updateSection("coverage", { continueWithoutStateLaw: true });
    router.push("/request/plan");
  };

  return (
    <>
      {hydrated && chosen ? (
        <OffRampDetails offRamp={chosen.offRamp} headingLevel={2} />
      ) : (
        <>
          <p>California’s second-opinion law does not cover these kinds of coverage:</p>
          {offRamps.map((candidate) => (
            <OffRampDetails key={candidate.id} offRamp={candidate.offRamp} headingLevel={3} />
          ))}
        </>
      )}
      <h2 className="heading-m">You can still ask your plan</h2>
      <p>{generalRequest.text}</p>
      {hydrated && !chosen && (
        <p>
          <Link href="/request/coverage">Tell us how you get your coverage</Link> first.
        </p>
      )}
      <div className="button-group">
        <button className="button" type="button" onClick={continueAnyway} disabled={!hydrated || !chosen}>
          Continue with a general request
        </button>
        <Link href="/request/coverage">Change how you get your coverage</Link>
      </div>
    </>
  );
}
