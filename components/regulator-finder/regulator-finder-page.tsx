
import { IntentLink } from "@/components/intent-link";
import { ContactsList } from "@/components/rules/contacts-list";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList } from "@/components/rules/sourced-list";
import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { legalIn } from "@/lib/rules/legal-in";
import { fieldId, routes } from "@/lib/routes";

const PLAN_REGULATOR_QUESTION = `${routes.plan}#${fieldId("plan", "regulator")}`;

/** The short "who regulates my plan?" finder, linked from the plan step's "I’m not sure", in a language. */
export function RegulatorFinderPage({ locale }: { locale: Locale }) {
  const words = wordsIn(locale).titles;
  const text = wordsIn(locale).asidePages.regulatorFinder;
  const legal = legalIn(locale);
  const { regulatorFinder, rulesText } = legal;
  const { notes } = rulesText;
  // The checks are papers first, then "call either office" (the one with no document to read).
  const papers = regulatorFinder.checks.filter((check) => check.sourceId !== "practice");
  const calls = regulatorFinder.checks.filter((check) => check.sourceId === "practice");
  return (
    <>
      <IntentLink className="back-link" href={PLAN_REGULATOR_QUESTION}>
        {words.flowWords.back}
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <span className="caption">{words.flowWords.beforeYouStart}</span>
        <h1 className="heading-l">{words.pageTitles.regulatorFinder}</h1>
        <p className="lead">{text.lead}</p>
        <div className="notice">
          <p>
            {regulatorFinder.labelWarning.text} <SourceNote source={legal.citationFor(regulatorFinder.labelWarning.sourceId)} notes={notes} />
          </p>
        </div>

        <h2 className="heading-m">{text.hmoHeading}</h2>
        <p>
          {regulatorFinder.assumption.text} <SourceNote source={legal.citationFor(regulatorFinder.assumption.sourceId)} notes={notes} />
        </p>

        <h2 className="heading-m">{text.papersHeading}</h2>
        <SourcedList items={papers.map((statement) => legal.sourced(statement))} notes={notes} />

        <h2 className="heading-m">{text.callHeading}</h2>
        <SourcedList items={calls.map((statement) => legal.sourced(statement))} notes={notes} />
        <ContactsList contacts={regulatorFinder.contactIds.map(legal.contactFor)} text={rulesText} />

        <h2 className="heading-m">{text.stillNotSureHeading}</h2>
        <p>{text.stillNotSure}</p>
        <div className="button-group">
          <IntentLink className="button" href={PLAN_REGULATOR_QUESTION} role="button" draggable={false}>
            {text.backToPlan}
          </IntentLink>
        </div>
        <LastReviewed text={rulesText} />
      </main>
    </>
  );
}
