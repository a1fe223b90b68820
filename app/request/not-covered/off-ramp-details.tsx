import type { OffRampContent } from "@/content/legal/coverage";
import { notCoveredText } from "@/content/steps";
import { ContactsList } from "@/components/rules/contacts-list";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList } from "@/components/rules/sourced-list";
import { citationFor, contactFor, sourced } from "@/lib/rules/citations";

/** Why state law does not reach one kind of coverage, and where that member can go instead. */
export function OffRampDetails({ offRamp, headingLevel }: { offRamp: OffRampContent; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-label={offRamp.title}>
      <Heading className={headingLevel === 2 ? "heading-m" : "heading-s"}>{offRamp.title}</Heading>
      <p>
        {offRamp.summary.text} <SourceNote source={citationFor(offRamp.summary.sourceId)} />
      </p>
      <SubHeading className="heading-s">{notCoveredText.whereToGo}</SubHeading>
      <SourcedList items={offRamp.whereToGo.map((statement) => sourced(statement))} />
      <ContactsList contacts={offRamp.contactIds.map(contactFor)} headingLevel={4} />
    </section>
  );
}
