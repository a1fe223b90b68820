import { IntentLink } from "@/components/intent-link";
import { ContactsList } from "@/components/rules/contacts-list";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList, StatementList } from "@/components/rules/sourced-list";
import type { Clock } from "@/content/legal";
import { wordsIn } from "@/content/words";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { legalIn } from "@/lib/rules/legal-in";
import { routes } from "@/lib/routes";
import styles from "./rights.module.css";

type Legal = ReturnType<typeof legalIn>;
type Text = ReturnType<typeof wordsIn>["rightsPage"];

function ClockItem({ clock, regulator, legal }: { clock: Clock; regulator: "dmhc" | "cdi"; legal: Legal }) {
  const sourceId = regulator === "dmhc" ? clock.dmhcSourceId : clock.cdiSourceId;
  return (
    <li>
      <strong>{clock.name}:</strong> {clock.text} {sourceId && <SourceNote source={legal.citationFor(sourceId)} notes={legal.notes} />}
    </li>
  );
}

function RegulatorColumn({ id, legal, text }: { id: "dmhc" | "cdi"; legal: Legal; text: Text }) {
  const regulator = legal.getRegulator(id);
  const notes = legal.notes;
  // Every clock with a source in this regulator's law.
  const clocks = legal.clocks.filter((clock) => (id === "dmhc" ? clock.dmhcSourceId : clock.cdiSourceId));
  return (
    <section className={styles.column} aria-labelledby={`rights-${id}`}>
      <h2 className="heading-m" id={`rights-${id}`}>
        {text.columns[id].heading}
      </h2>
      <p className="secondary">{text.columns[id].note}</p>
      <h3 className="heading-s">{text.lawAppliesHeading}</h3>
      <p>
        {regulator.lawApplies.text} <SourceNote source={legal.citationFor(regulator.lawApplies.sourceId)} notes={notes} />
      </p>
      <h3 className="heading-s">{text.lawHeading}</h3>
      <p>{legal.citationFor(regulator.statuteSourceId).citation}</p>
      <h3 className="heading-s">{text.whoHeading}</h3>
      <SourcedList items={regulator.whoMayGiveOpinion.map(legal.sourcedFor(id))} notes={notes} />
      <h3 className="heading-s">{text.deadlinesHeading}</h3>
      <ul className="list">
        {clocks.map((clock) => (
          <ClockItem key={clock.id} clock={clock} regulator={id} legal={legal} />
        ))}
      </ul>
      <h3 className="heading-s">{text.howToTellHeading}</h3>
      <p>
        {regulator.howToTell.text} <SourceNote source={legal.citationFor(regulator.howToTell.sourceId)} notes={notes} />
      </p>
      <h3 className="heading-s">{text.whoToCallHeading}</h3>
      <ContactsList contacts={regulator.contactIds.map(legal.contactFor)} headingLevel={4} text={legal.rulesText} />
    </section>
  );
}

function NotCoveredColumn({ legal, text }: { legal: Legal; text: Text }) {
  const offRamps = legal.coverageRules.flatMap((rule) => (rule.scope === "not-covered" ? [rule.offRamp] : []));
  return (
    <section className={`${styles.column} ${styles.columnNotCovered}`} aria-labelledby="rights-not-covered">
      <h2 className="heading-m" id="rights-not-covered">
        {text.columns.notCovered.heading}
      </h2>
      <p className="secondary">{text.columns.notCovered.note}</p>
      {offRamps.map((offRamp) => (
        <div key={offRamp.title}>
          <h3 className="heading-s">{offRamp.title}</h3>
          <p>
            {offRamp.summary.text} <SourceNote source={legal.citationFor(offRamp.summary.sourceId)} notes={legal.notes} />
          </p>
          <SourcedList items={offRamp.whereToGo.map((statement) => legal.sourced(statement))} notes={legal.notes} />
          {offRamp.generalRequest && <p>{legal.generalRequest.text}</p>}
          <ContactsList contacts={offRamp.contactIds.map(legal.contactFor)} headingLevel={4} text={legal.rulesText} />
        </div>
      ))}
    </section>
  );
}

/** "Your rights": every rule side by side, each with its source, in the page's language. */
export function RightsPage({ locale }: { locale: Locale }) {
  const legal = legalIn(locale);
  const text = wordsIn(locale).rightsPage;
  const notes = legal.notes;
  const calendar = legal.californiaHolidayCalendar;
  const cite = (sourceId: string) => <SourceNote source={legal.citationFor(sourceId)} notes={notes} />;
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-xl">{text.heading}</h1>
      <p className="lead">{text.lead}</p>
      <div className="notice">
        <p>
          {legal.regulatorFinder.labelWarning.text} {cite(legal.regulatorFinder.labelWarning.sourceId)}
        </p>
        <p>
          <IntentLink href={localePath(locale, routes.regulatorFinder)}>{text.regulatorFinderLink}</IntentLink>
        </p>
      </div>
      <LastReviewed text={legal.rulesText} />

      <h2 className="heading-l">{text.anyPlanHeading}</h2>
      <StatementList items={legal.rightPoints} text={legal.rulesText} />

      <h2 className="heading-m">{text.whoHeading}</h2>
      <StatementList items={legal.sharedWhoMayGiveOpinion} text={legal.rulesText} />
      <p>{text.whoAlsoDepends}</p>

      <h2 className="heading-m">{text.outOfNetworkHeading}</h2>
      <StatementList items={legal.outOfNetworkRule} text={legal.rulesText} />

      <h2 className="heading-m">{text.reasonsHeading}</h2>
      <p>{text.reasonsIntro}</p>
      <ol className="list">
        {legal.reasons
          .filter((reason) => reason.id !== "other")
          .map((reason) => (
            <li key={reason.id}>{reason.plain}</li>
          ))}
      </ol>
      <p>
        {cite("hsc-1383.15")} {cite("ins-10123.68")}
      </p>

      <h2 className="heading-l">{text.sideBySideHeading}</h2>
      <div className={styles.columns}>
        <RegulatorColumn id="dmhc" legal={legal} text={text} />
        <RegulatorColumn id="cdi" legal={legal} text={text} />
        <NotCoveredColumn legal={legal} text={text} />
      </div>

      <h2 className="heading-m">{text.freeHelpHeading}</h2>
      <ContactsList contacts={[legal.contactFor("health-consumer-alliance")]} text={legal.rulesText} />

      <h2 className="heading-m" id="counting">
        {text.countingHeading}
      </h2>
      <ul className="list">
        <li>{text.countingIntro}</li>
        <li>
          <strong>{text.likelyDate}</strong> {calendar.tiers.likely} {cite("gov-19853")}
        </li>
        <li>
          <strong>{text.latestDate}</strong> {calendar.tiers.latest} {cite("gov-6700")}
        </li>
        <li>{text.clockHours}</li>
        <li>{calendar.caveat}</li>
        <li>
          {calendar.observedDayRule.text} {cite(calendar.observedDayRule.sourceId)}
        </li>
      </ul>
      <h3 className="heading-s">{text.holidaysHeading}</h3>
      <ul className="list">
        {calendar.holidays.map((holiday) => {
          const when = text.holidayRule(holiday.rule);
          return (
            <li key={holiday.id}>
              {holiday.name === when ? holiday.name : `${holiday.name}: ${when}`}
              {holiday.stateOfficesClose && <strong> {text.stateOfficesClose}</strong>}
              {holiday.note && <span className="secondary"> ({holiday.note})</span>}
            </li>
          );
        })}
      </ul>
      <p>{cite("gov-6700")}</p>
      <LastReviewed text={legal.rulesText} />
    </main>
  );
}
