import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import {
  californiaHolidayCalendar,
  clocks,
  coverageRules,
  generalRequest,
  getRegulator,
  outOfNetworkRule,
  reasons,
  regulatorFinder,
  rightPoints,
  sharedWhoMayGiveOpinion,
  type Clock,
  type HolidayCalendar,
} from "@/content/legal";
import { ContactsList } from "@/components/rules/contacts-list";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList, StatementList } from "@/components/rules/sourced-list";
import { citationFor, contactFor, sourced, sourcedFor } from "@/lib/rules/citations";
import { routes } from "@/lib/routes";
import styles from "./rights.module.css";

export const metadata: Metadata = { title: "Your rights" };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORDINALS = ["", "First", "Second", "Third", "Fourth"];

function ruleInWords(rule: HolidayCalendar["holidays"][number]["rule"]): string {
  switch (rule.kind) {
    case "fixed":
      return `${MONTHS[rule.month - 1]} ${rule.day}`;
    case "nth-weekday":
      return rule.daysAfter
        ? `The day after the ${ORDINALS[rule.n]?.toLowerCase()} ${WEEKDAYS[rule.weekday]} in ${MONTHS[rule.month - 1]}`
        : `${ORDINALS[rule.n]} ${WEEKDAYS[rule.weekday]} in ${MONTHS[rule.month - 1]}`;
    case "last-weekday":
      return `Last ${WEEKDAYS[rule.weekday]} in ${MONTHS[rule.month - 1]}`;
    case "listed":
      return "Changes each year";
  }
}

function ClockItem({ clock, regulator }: { clock: Clock; regulator: "dmhc" | "cdi" }) {
  const sourceId = regulator === "dmhc" ? clock.dmhcSourceId : clock.cdiSourceId;
  return (
    <li>
      <strong>{clock.name}:</strong> {clock.text} {sourceId && <SourceNote source={citationFor(sourceId)} />}

    </li>
  );
}

/** Every clock with a source in this regulator's law. */
const clocksFor = (regulator: "dmhc" | "cdi") => clocks.filter((clock) => (regulator === "dmhc" ? clock.dmhcSourceId : clock.cdiSourceId));

function RegulatorColumn({ id }: { id: "dmhc" | "cdi" }) {
  const regulator = getRegulator(id);
  return (
    <section className={styles.column} aria-labelledby={`rights-${id}`}>
      <h2 className="heading-m" id={`rights-${id}`}>
        {id === "dmhc" ? "Plan licensed by DMHC" : "Insurance policy regulated by CDI"}
      </h2>
      <p className="secondary">
        {id === "dmhc" ? "All HMOs, and many PPO, EPO and POS plans." : "Many traditional PPO insurance policies."}
      </p>
      <h3 className="heading-s">Does the law apply?</h3>
      <p>
        {regulator.lawApplies.text} <SourceNote source={citationFor(regulator.lawApplies.sourceId)} />
      </p>
      <h3 className="heading-s">The law</h3>
      <p>{citationFor(regulator.statuteSourceId).citation}</p>
      <h3 className="heading-s">Who can give the opinion</h3>
      <SourcedList items={regulator.whoMayGiveOpinion.map(sourcedFor(id))} />
      <h3 className="heading-s">Deadlines</h3>
      <ul className="list">
        {clocksFor(id).map((clock) => (
          <ClockItem key={clock.id} clock={clock} regulator={id} />
        ))}
      </ul>
      <h3 className="heading-s">How to tell</h3>
      <p>
        {regulator.howToTell.text} <SourceNote source={citationFor(regulator.howToTell.sourceId)} />
      </p>
      <h3 className="heading-s">Who to call</h3>
      <ContactsList contacts={regulator.contactIds.map(contactFor)} headingLevel={4} />
    </section>
  );
}

function NotCoveredColumn() {
  const offRamps = coverageRules.flatMap((rule) => (rule.scope === "not-covered" ? [rule.offRamp] : []));
  return (
    <section className={`${styles.column} ${styles.columnNotCovered}`} aria-labelledby="rights-not-covered">
      <h2 className="heading-m" id="rights-not-covered">
        Not covered by this law
      </h2>
      <p className="secondary">Original Medicare, Medicare Advantage, self-funded job plans, fee-for-service Medi-Cal, TRICARE and VA.</p>
      {offRamps.map((offRamp) => (
        <div key={offRamp.title}>
          <h3 className="heading-s">{offRamp.title}</h3>
          <p>
            {offRamp.summary.text} <SourceNote source={citationFor(offRamp.summary.sourceId)} />
          </p>
          <SourcedList items={offRamp.whereToGo.map((statement) => sourced(statement))} />
          {offRamp.generalRequest && <p>{generalRequest.text}</p>}
          <ContactsList contacts={offRamp.contactIds.map(contactFor)} headingLevel={4} />
        </div>
      ))}
    </section>
  );
}

export default function RightsPage() {
  const calendar = californiaHolidayCalendar;
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-xl">Your rights to a second opinion in California</h1>
      <p className="lead">
        Most California health plans must cover a second opinion from another qualified doctor. The rules depend on who
        licenses your plan, not on whether it is called an HMO or a PPO.
      </p>
      <div className="notice">
        <p>
          {regulatorFinder.labelWarning.text} <SourceNote source={citationFor(regulatorFinder.labelWarning.sourceId)} />
        </p>
        <p>
          <IntentLink href={routes.regulatorFinder}>How to find out who regulates your plan</IntentLink>
        </p>
      </div>
      <LastReviewed />

      <h2 className="heading-l">Your rights, for any covered plan</h2>
      <StatementList items={rightPoints} />

      <h2 className="heading-m">Who can give the opinion</h2>
      <StatementList items={sharedWhoMayGiveOpinion} />
      <p>Who you can choose also depends on who licenses your plan: see the side-by-side below.</p>

      <h2 className="heading-m">Outside the network</h2>
      <StatementList items={outOfNetworkRule} />

      <h2 className="heading-m">Reasons the law lists</h2>
      <p>The law names these reasons. The list is not complete: other reasons can count too.</p>
      <ol className="list">
        {reasons
          .filter((reason) => reason.id !== "other")
          .map((reason) => (
            <li key={reason.id}>{reason.plain}</li>
          ))}
      </ol>
      <p>
        <SourceNote source={citationFor("hsc-1383.15")} /> <SourceNote source={citationFor("ins-10123.68")} />
      </p>

      <h2 className="heading-l">Side by side</h2>
      <div className={styles.columns}>
        <RegulatorColumn id="dmhc" />
        <RegulatorColumn id="cdi" />
        <NotCoveredColumn />
      </div>

      <h2 className="heading-m">Free help</h2>
      <ContactsList contacts={[contactFor("health-consumer-alliance")]} />

      <h2 className="heading-m" id="counting">
        How we count the days
      </h2>
      <ul className="list">
        <li>Business days skip Saturdays, Sundays and California state holidays. We show two dates for each business-day deadline:</li>
        <li>
          <strong>The likely date.</strong> {calendar.tiers.likely} <SourceNote source={citationFor("gov-19853")} />
        </li>
        <li>
          <strong>The latest date.</strong> {calendar.tiers.latest} <SourceNote source={citationFor("gov-6700")} />
        </li>
        <li>Hours are clock hours: 72 hours from Friday at 3 pm is Monday at 3 pm.</li>
        <li>{calendar.caveat}</li>
        <li>
          {calendar.observedDayRule.text} <SourceNote source={citationFor(calendar.observedDayRule.sourceId)} />
        </li>
      </ul>
      <h3 className="heading-s">California state holidays</h3>
      <ul className="list">
        {calendar.holidays.map((holiday) => (
          <li key={holiday.id}>
            {holiday.name === ruleInWords(holiday.rule) ? holiday.name : `${holiday.name}: ${ruleInWords(holiday.rule)}`}
            {holiday.stateOfficesClose && <strong> (state offices close)</strong>}
            {holiday.note && <span className="secondary"> ({holiday.note})</span>}
          </li>
        ))}
      </ul>
      <p>
        <SourceNote source={citationFor("gov-6700")} />
      </p>
      <LastReviewed />
    </main>
  );
}
