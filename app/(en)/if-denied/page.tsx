import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { denialNoticeContents, getClock, regulatorFinder, rightPoints } from "@/content/legal";
import { mediCalAppealStep } from "@/content/legal/escalation";
import { mediCalTrack } from "@/content/legal/medi-cal";
import { ifDeniedText } from "@/content/next-steps";
import { ContactsList } from "@/components/rules/contacts-list";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList, StatementList } from "@/components/rules/sourced-list";
import { citationFor, contactFor, sourced } from "@/lib/rules/citations";
import { escalationFor } from "@/lib/rules/plan-rules";
import type { EscalationStep } from "@/lib/rules/types";
import { routes } from "@/lib/routes";
import { StartFromDenial } from "./start-from-denial";
import styles from "./if-denied.module.css";

export const metadata: Metadata = { title: ifDeniedText.title };

/** The rules' own escalation steps for a plan of each regulator (the member has not told us theirs). */
function stepsFor(regulator: "dmhc" | "cdi"): EscalationStep[] {
  return escalationFor(regulator).filter((step) => step.id !== "free-help");
}

/** What the denial must be and say: true for DMHC plans and CDI policies alike, each with both sources. */
function denialNotice() {
  const point = rightPoints.find((candidate) => candidate.text.startsWith("A denial must be in writing"));
  const clock = getClock("denial-notice");
  return [
    ...(point ? [point] : []),
    { text: clock.text, sourceId: clock.dmhcSourceId ?? "hsc-1367.01", ...(clock.cdiSourceId ? { parallelSourceId: clock.cdiSourceId } : {}) },
    ...denialNoticeContents,
  ];
}

function RegulatorSteps({ regulator }: { regulator: "dmhc" | "cdi" }) {
  const text = ifDeniedText;
  const steps = stepsFor(regulator);
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
            <strong>{step.title}.</strong> {step.text} <SourceNote source={step.source} />
          </li>
        ))}
      </ol>
      <ContactsList contacts={contactIds.map(contactFor)} headingLevel={4} />
    </section>
  );
}

/** "If your request was denied": complete on its own for a member who arrives here first. */
export default function IfDeniedPage() {
  const text = ifDeniedText;
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-xl">{text.title}</h1>
      <p className="lead">{text.lead}</p>
      <LastReviewed />

      <section className="notice" aria-labelledby="if-denied-start">
        <h2 className="heading-m" id="if-denied-start">
          {text.startHeading}
        </h2>
        <StartFromDenial
          text={{ startIntro: text.startIntro, startButton: text.startButton, continueIntro: text.continueIntro, continueButton: text.continueButton }}
        />
      </section>

      <h2 className="heading-l">{text.letterHeading}</h2>
      <StatementList items={denialNotice()} />

      <h2 className="heading-l">{text.stepsHeading}</h2>
      <p>{text.grievance}</p>
      <div className={styles.columns}>
        <RegulatorSteps regulator="dmhc" />
        <RegulatorSteps regulator="cdi" />
      </div>

      <h2 className="heading-m">{text.howToTellHeading}</h2>
      <p>
        {regulatorFinder.labelWarning.text} <SourceNote source={citationFor(regulatorFinder.labelWarning.sourceId)} />
      </p>
      <SourcedList items={regulatorFinder.checks.map((check) => sourced(check))} />
      <p>
        <IntentLink href={routes.regulatorFinder}>How to find out who regulates your plan</IntentLink>
      </p>

      <h2 className="heading-m">{text.mediCalHeading}</h2>
      <SourcedList
        items={[mediCalAppealStep, mediCalTrack.stateHearing, mediCalTrack.hearingBeforeImr, mediCalTrack.freeSecondOpinion].map((statement) =>
          sourced(statement),
        )}
      />
      <ContactsList contacts={mediCalTrack.contactIds.map(contactFor)} headingLevel={3} />

      <h2 className="heading-m">{text.freeHelpHeading}</h2>
      <ContactsList contacts={[contactFor("health-consumer-alliance")]} />

      <p>
        <IntentLink href={routes.rights}>{text.rightsLink}</IntentLink>
      </p>
      <LastReviewed />
    </main>
  );
}
