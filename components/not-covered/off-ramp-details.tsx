import type { OffRampContent } from "@/content/legal/coverage";
import type { Translated } from "@/lib/i18n/translated";
import { ContactsList } from "@/components/rules/contacts-list";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList } from "@/components/rules/sourced-list";
import type { legalIn } from "@/lib/rules/legal-in";

type Legal = ReturnType<typeof legalIn>;

/** Why state law does not reach one kind of coverage, and where that member can go instead, in the page's language. */
export function OffRampDetails({ offRamp, legal, whereToGo }: { offRamp: Translated<OffRampContent>; legal: Legal; whereToGo: string }) {
  const { notes } = legal.rulesText;
  return (
    <section aria-label={offRamp.title}>
      <h2 className="heading-m">{offRamp.title}</h2>
      <p>
        {offRamp.summary.text} <SourceNote source={legal.citationFor(offRamp.summary.sourceId)} notes={notes} />
      </p>
      <h3 className="heading-s">{whereToGo}</h3>
      <SourcedList items={offRamp.whereToGo.map((statement) => legal.sourced(statement))} notes={notes} />
      <ContactsList contacts={offRamp.contactIds.map(legal.contactFor)} headingLevel={4} text={legal.rulesText} />
    </section>
  );
}
