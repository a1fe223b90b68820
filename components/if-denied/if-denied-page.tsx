import { IntentLink } from "@/components/intent-link";
import { ContactsList } from "@/components/rules/contacts-list";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList, StatementList } from "@/components/rules/sourced-list";
import { rightPoints as englishRightPoints } from "@/content/legal/rights";
import type { Statement } from "@/content/legal/statement";
import { wordsIn } from "@/content/words";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { legalIn } from "@/lib/rules/legal-in";
import { routes } from "@/lib/routes";
import { StartFromDenial } from "./start-from-denial";
import styles from "./if-denied.module.css";

type Legal = ReturnType<typeof legalIn>;
type Text = ReturnType<typeof wordsIn>["ifDenied"];

/** What the denial must be and say: true for DMHC plans and CDI policies alike, each with both sources. */
function denialNotice(legal: Legal): Statement[] {
  // The same point in every language: the translations keep the English order.
  const point = legal.rightPoints[englishRightPoints.findIndex((candidate) => candidate.text.startsWith("A denial must be in writing"))];
  const clock = legal.getClock("denial-notice");
  return [
    ...(point ? [point] : []),
    { text: clock.text, sourceId: clock.dmhcSourceId ?? "hsc-1367.01", ...(clock.cdiSourceId ? { parallelSourceId: clock.cdiSourceId } : {}) },
    ...legal.denialNoticeContents,
  ];
}

function RegulatorSteps({ regulator, legal, text }: { regulator: "dmhc" | "cdi"; legal: Legal; text: Text }) {
  // The rules' own escalation steps for a plan of each regulator (the member has not told us theirs).
  const steps = legal.escalationFor(regulator).filter((step) => step.id !== "free-help");
  const contactIds = [...new Set(steps.flatMap((step) => step.contactIds))];
  return (
    <section className={styles.column} aria-labelledby={`if-denied-${regulator}`}>
      <h3 className="heading-m" id={`if-denied-${regulator}`}>
        {regulator === "dmhc" ? text.dmhcHeading : text.cdiHeading}
      </h3>
      <p className="secondary">{regulator === "dmhc" ? text.dmhcNote : text.cdiNote}</p>
      <ol className="list">
        {steps.map((step) => (
          <li key={step.id}>
            <strong>{step.title}.</strong> {step.text} <SourceNote source={step.source} notes={legal.notes} />
          </li>
        ))}
      </ol>
      <ContactsList contacts={contactIds.map(legal.contactFor)} headingLevel={4} text={legal.rulesText} />
    </section>
  );
}

/** "If your request was denied": complete on its own for a member who arrives here first, in the page's language. */
export function IfDeniedPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).ifDenied;
  const legal = legalIn(locale);
  const { regulatorFinder, mediCalTrack, notes } = legal;
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-xl">{text.title}</h1>
      <p className="lead">{text.lead}</p>
      <LastReviewed text={legal.rulesText} />

      <section className="notice" aria-labelledby="if-denied-start">
        <h2 className="heading-m" id="if-denied-start">
          {text.startHeading}
        </h2>
        <StartFromDenial
          text={{ startIntro: text.startIntro, startButton: text.startButton, continueIntro: text.continueIntro, continueButton: text.continueButton }}
        />
      </section>

      <h2 className="heading-l">{text.letterHeading}</h2>
      <StatementList items={denialNotice(legal)} text={legal.rulesText} />

      <h2 className="heading-l">{text.stepsHeading}</h2>
      <p>{text.grievance}</p>
      <div className={styles.columns}>
        <RegulatorSteps regulator="dmhc" legal={legal} text={text} />
        <RegulatorSteps regulator="cdi" legal={legal} text={text} />
      </div>

      <h2 className="heading-m">{text.howToTellHeading}</h2>
      <p>
        {regulatorFinder.labelWarning.text} <SourceNote source={legal.citationFor(regulatorFinder.labelWarning.sourceId)} notes={notes} />
      </p>
      <SourcedList items={regulatorFinder.checks.map((check) => legal.sourced(check))} notes={notes} />
      <p>
        <IntentLink href={localePath(locale, routes.regulatorFinder)}>{text.regulatorFinderLink}</IntentLink>
      </p>

      <h2 className="heading-m">{text.mediCalHeading}</h2>
      <SourcedList
        items={[legal.mediCalAppealStep, mediCalTrack.stateHearing, mediCalTrack.hearingBeforeImr, mediCalTrack.freeSecondOpinion].map((statement) =>
          legal.sourced(statement),
        )}
        notes={notes}
      />
      <ContactsList contacts={mediCalTrack.contactIds.map(legal.contactFor)} headingLevel={3} text={legal.rulesText} />

      <h2 className="heading-m">{text.freeHelpHeading}</h2>
      <ContactsList contacts={[legal.contactFor("health-consumer-alliance")]} text={legal.rulesText} />

      <p>
        <IntentLink href={localePath(locale, routes.rights)}>{text.rightsLink}</IntentLink>
      </p>
      <LastReviewed text={legal.rulesText} />
    </main>
  );
}
