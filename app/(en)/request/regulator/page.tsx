import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { regulatorFinder } from "@/content/legal";
import { ContactsList } from "@/components/rules/contacts-list";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList } from "@/components/rules/sourced-list";
import { citationFor, contactFor, sourced } from "@/lib/rules/citations";
import { fieldId, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Who regulates my plan?" };

const PLAN_REGULATOR_QUESTION = `${routes.plan}#${fieldId("plan", "regulator")}`;

// The checks are papers first, then "call either office" (the one with no document to read).
const papers = regulatorFinder.checks.filter((check) => check.sourceId !== "practice");
const calls = regulatorFinder.checks.filter((check) => check.sourceId === "practice");

/** The short "who regulates my plan?" finder, linked from the plan step's "I’m not sure". */
export default function RegulatorFinderPage() {
  return (
    <>
      <IntentLink className="back-link" href={PLAN_REGULATOR_QUESTION}>
        Back
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <span className="caption">Before you start</span>
        <h1 className="heading-l">Who regulates my plan?</h1>
        <p className="lead">
          Your rights depend on which state office oversees your plan: the Department of Managed Health Care (DMHC) or the
          California Department of Insurance (CDI).
        </p>
        <div className="notice">
          <p>
            {regulatorFinder.labelWarning.text} <SourceNote source={citationFor(regulatorFinder.labelWarning.sourceId)} />
          </p>
        </div>

        <h2 className="heading-m">Is your plan an HMO?</h2>
        <p>
          {regulatorFinder.assumption.text} <SourceNote source={citationFor(regulatorFinder.assumption.sourceId)} />
        </p>

        <h2 className="heading-m">Check your papers</h2>
        <SourcedList items={papers.map((statement) => sourced(statement))} />

        <h2 className="heading-m">Or call and ask</h2>
        <SourcedList items={calls.map((statement) => sourced(statement))} />
        <ContactsList contacts={regulatorFinder.contactIds.map(contactFor)} />

        <h2 className="heading-m">Still not sure?</h2>
        <p>
          You can choose “I’m not sure” and go on. We will show you the rules for both, and your letter will still ask for
          a second opinion.
        </p>
        <div className="button-group">
          <IntentLink className="button" href={PLAN_REGULATOR_QUESTION} role="button" draggable={false}>
            Back to your plan answers
          </IntentLink>
        </div>
        <LastReviewed />
      </main>
    </>
  );
}
