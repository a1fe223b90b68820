import type { OffRampContent } from "@/content/legal/coverage";
import { notCoveredText } from "@/content/steps";
import { ContactsList } from "@/components/rules/contacts-list";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList } from "@/components/rules/sourced-list";
import { citationFor, contactFor, sourced } from "@/lib/rules/citations";

/** Why state law does not reach one kind of coverage, and where that member can go instead. */
export function OffRampDetails({ offRamp }: { offRamp: OffRampContent }) {
  return (
    <section aria-label={offRamp.title}>
      <h2 className="heading-m">{offRamp.title}</h2>
      <p>
        {offRamp.summary.text} <SourceNote source={citationFor(offRamp.summary.sourceId)} />
      </p>
      <h3 className="heading-s">{notCoveredText.whereToGo}</h3>
      <SourcedList items={offRamp.whereToGo.map((statement) => sourced(statement))} />
      <ContactsList contacts={offRamp.contactIds.map(contactFor)} headingLevel={4} />
    </section>
  );
}
