"use client";

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { ContactsList } from "@/components/rules/contacts-list";
import { DueDateCard } from "@/components/rules/due-date-card";
import { SourceNote } from "@/components/rules/source-note";
import { SourcedList } from "@/components/rules/sourced-list";
import { OneDocumentDownload } from "@/components/documents/document-downloads";
import { LanguageHelpNote } from "@/components/language-help/language-help";
import { lastOnTimeDay } from "@/lib/rules/when-from";
import type { ApprovedSteps, EscalationSteps } from "@/lib/next-steps/steps-from";
import { loadNextStepsLanguage, nextStepsIn, type NextStepsLanguage } from "@/lib/next-steps/language";
import { usePageLocale } from "@/lib/i18n/use-locale";
import type { Citation, Contact, Deadline, EscalationStep, MediCalTrack, SourcedText } from "@/lib/rules/types";
import { isDatePartsEmpty, type IsoDate } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { CalendarReminders } from "./calendar-reminders";
import { CallScript } from "./call-script";
import { IntentLink } from "@/components/intent-link";
import { questionHref } from "@/lib/routes";
import { getStep, isShown, pageOf } from "@/lib/steps";

// The page's language: its words, dates and citations' notes, for every part below.
const LanguageContext = createContext<NextStepsLanguage | undefined>(undefined);

function useLanguage(): NextStepsLanguage {
  const language = useContext(LanguageContext);
  if (!language) throw new Error("The next steps' language is not loaded");
  return language;
}

/** A statement's source, a list of sourced points, and contacts, with the notes in the page's language. */
function Note({ source }: { source: Citation }) {
  return <SourceNote source={source} notes={useLanguage().rulesText.notes} />;
}

function Sourced({ items }: { items: readonly SourcedText[] }) {
  return <SourcedList items={items} notes={useLanguage().rulesText.notes} />;
}

function Contacts({ contacts, headingLevel }: { contacts: readonly Contact[]; headingLevel: 3 | 4 }) {
  return <ContactsList contacts={contacts} headingLevel={headingLevel} text={useLanguage().rulesText} />;
}

function Due({ deadline }: { deadline: Deadline }) {
  return <DueDateCard deadline={deadline} words={useLanguage().rulesWords} />;
}

function Step({ step, children }: { step: EscalationStep; children?: ReactNode }) {
  return (
    <li data-step={step.id}>
      <h3 className="heading-s">{step.title}</h3>
      <p>
        {step.text} <Note source={step.source} />
      </p>
      {children}
    </li>
  );
}

function Approved({ steps }: { steps: ApprovedSteps }) {
  const { words, dates } = useLanguage();
  const text = words.approved;
  return (
    <>
      <h2 className="heading-m">{text.heading}</h2>
      <ol className="list">
        <li>{text.book}</li>
        <li>{text.records}</li>
      </ol>
      <h3 className="heading-s">{text.accessHeading}</h3>
      {steps.appointmentBy && <Due deadline={steps.appointmentBy} />}
      {steps.appointmentDate && (
        <p>
          {text.yourAppointment} <strong>{dates.formatLongDate(steps.appointmentDate)}</strong>.{steps.appointmentLater && <> {text.appointmentLater}</>}
        </p>
      )}
      <Sourced items={steps.accessWindows} />
      <h3 className="heading-s">{text.afterHeading}</h3>
      <Sourced items={steps.afterVisit} />
    </>
  );
}

/** "No answer" chosen while the plan still has time: call member services, and when it becomes late. */
function NotLateYet({ due, until }: { due: Deadline; until: IsoDate }) {
  const { words, dates, whenDue } = useLanguage();
  const text = words.notLateYet;
  const planGiven = until !== lastOnTimeDay(due);
  return (
    <div className="notice" data-testid="not-late-yet">
      <h2 className="heading-m">{text.heading}</h2>
      <p>{text.likely(whenDue(due))}</p>
      {due.latest && <p>{text.latest(dates.formatLongDate(due.latest.date))}</p>}
      {planGiven && <p>{text.planGiven(dates.formatLongDate(until))}</p>}
      <p>{text.call}</p>
      <p>{text.comeBack}</p>
    </div>
  );
}

/** A worked-out date; "right away" (nothing counted) as one plain sentence. */
function DeadlineCard({ deadline }: { deadline: Deadline }) {
  if (deadline.length.amount > 0) return <Due deadline={deadline} />;
  return (
    <div className="panel" data-deadline={deadline.id} data-date={deadline.date}>
      <p>
        <strong>{deadline.summary}</strong> <Note source={deadline.source} />
      </p>
      {deadline.caveat && <p className="secondary">{deadline.caveat}</p>}
    </div>
  );
}

function Dated({ intro, deadline }: { intro?: string; deadline: Deadline }) {
  return (
    <>
      {intro && <p>{intro}</p>}
      <Due deadline={deadline} />
    </>
  );
}

function MediCal({ track }: { track: MediCalTrack }) {
  const text = useLanguage().words.escalation;
  return (
    <li data-step="medi-cal-state-hearing">
      <h3 className="heading-s">{text.mediCalHeading}</h3>
      <p>{text.mediCalIntro}</p>
      <p>
        {track.stateHearing.text} <Note source={track.stateHearing.source} />
      </p>
      <div className="notice notice--warning" data-testid="hearing-before-imr">
        <p>
          <strong>{text.mediCalWarningHeading}</strong>
        </p>
        <p>
          {track.hearingBeforeImr.text} <Note source={track.hearingBeforeImr.source} />
        </p>
      </div>
      <p>
        {track.freeSecondOpinion.text} <Note source={track.freeSecondOpinion.source} />
      </p>
      <Contacts contacts={track.contacts} headingLevel={4} />
    </li>
  );
}

function Escalation({
  steps,
  request,
  callScriptDue,
  rules,
}: {
  steps: EscalationSteps;
  request: SecondOpinionRequest;
  callScriptDue?: Deadline;
  rules: Parameters<typeof LanguageHelpNote>[0]["rules"];
}) {
  const language = useLanguage();
  const text = language.words.escalation;
  const { grievance, regulatorComplaint, imr, freeHelp } = steps;
  const grievanceDecided = request.decision.grievanceDecisionDate && !isDatePartsEmpty(request.decision.grievanceDecisionDate);
  // The grievance's dates are asked below these steps once the member says the plan denied or did not answer.
  const datesBelow = isShown(getStep("decision"), "grievanceFiledDate", request);
  return (
    <>
      <h2 className="heading-m">{steps.kind === "denied" ? text.deniedHeading : text.noAnswerHeading}</h2>
      {callScriptDue && <CallScript request={request} due={callScriptDue} urgent={steps.urgent} language={language} />}
      <p>{steps.kind === "denied" ? text.deniedIntro : text.noAnswerIntro}</p>
      {steps.denialReason && (
        <p>
          {text.reason} <q>{steps.denialReason}</q>
        </p>
      )}
      <ol className="list">
        <Step step={grievance.step}>
          {grievance.answerDue && <Dated intro={text.filedOn} deadline={grievance.answerDue} />}
          {grievance.ifFiledToday && <Dated intro={text.ifFiledToday} deadline={grievance.ifFiledToday} />}
          {datesBelow ? (
            <>
              {!grievance.answerDue && <p className="secondary">{text.addGrievanceDate}</p>}
              {grievance.answerDue && !grievanceDecided && <p className="secondary">{text.addGrievanceDecision}</p>}
              {!steps.grievanceUrgent && (
                <p className="secondary">{steps.regulator === "dmhc" ? text.urgentGrievance.dmhc : text.urgentGrievance.other}</p>
              )}
            </>
          ) : (
            // Late, but the member has not said so yet: the grievance's dates are asked once they do.
            <p className="secondary">
              {text.recordNoAnswer}{" "}
              <IntentLink href={questionHref(pageOf("decision", "outcome").route, "decision", "outcome")}>{text.recordNoAnswerLink}</IntentLink>
            </p>
          )}
          <OneDocumentDownload kind="grievance" headingLevel={4} />
        </Step>
        {regulatorComplaint && (
          <Step step={regulatorComplaint.step}>
            {regulatorComplaint.mayGoToRegulator && <DeadlineCard deadline={regulatorComplaint.mayGoToRegulator} />}
            {steps.regulator === "cdi" && <p>{text.cdiAnyTime}</p>}
            <OneDocumentDownload kind="regulatorForm" headingLevel={4} />
            <OneDocumentDownload kind="authorization" headingLevel={4} />
          </Step>
        )}
        {imr && (
          <Step step={imr.step}>
            {imr.applyBy ? <Due deadline={imr.applyBy} /> : datesBelow && <p className="secondary">{text.imrNeedsWrittenDecision}</p>}
          </Step>
        )}
        {steps.mediCal && <MediCal track={steps.mediCal} />}
        {freeHelp && <Step step={freeHelp} />}
      </ol>
      <h2 className="heading-m">{text.contactsHeading}</h2>
      {steps.howToTell.length > 0 && (
        <>
          <h3 className="heading-s">{text.howToTellHeading}</h3>
          <p>{text.howToTellIntro}</p>
          <Sourced items={steps.howToTell} />
        </>
      )}
      <Contacts contacts={steps.contacts} headingLevel={3} />
      <LanguageHelpNote view={language.languageHelp} rules={rules} headingLevel={3} />
    </>
  );
}

/** Step 4's second page: what to do next for the outcome recorded, for the member's own plan. */
export function NextSteps() {
  const locale = usePageLocale();
  const { reportLoadFailure } = useRequestState();
  // The page's language only: its words, legal content and rules, loaded with import().
  const [language, setLanguage] = useState<NextStepsLanguage>();
  useEffect(() => {
    let cancelled = false;
    loadNextStepsLanguage(locale).then(
      (loaded) => {
        if (!cancelled) setLanguage(loaded);
      },
      () => {
        if (!cancelled) reportLoadFailure();
      },
    );
    return () => {
      cancelled = true;
    };
  }, [locale, reportLoadFailure]);
  if (!language || language.locale !== locale) return null;
  return (
    <LanguageContext.Provider value={language}>
      <NextStepsIn language={language} />
    </LanguageContext.Provider>
  );
}

function NextStepsIn({ language }: { language: NextStepsLanguage }) {
  const { request } = useRequestState();
  const rules = useRules();
  const { deriveNextSteps, calendarReminders } = useMemo(() => nextStepsIn(language), [language]);
  if (!rules) return null;
  const now = new Date();
  const { steps, overdue } = deriveNextSteps(request, rules, now);
  const reminders = calendarReminders(request, rules, now);
  const text = language.words;
  const decisionDue = rules.deadlines.decisionDue;
  // The call script: the plan is late, or the member says it has not answered (and it is late).
  const callScriptDue = overdue?.due ?? (steps.kind === "no-answer" ? decisionDue : undefined);

  let body: ReactNode;
  switch (steps.kind) {
    case "none":
      body = <p>{text.chooseOutcome}</p>;
      break;
    case "off-ramp":
      body = (
        <>
          <h2 className="heading-m">{text.offRamp.heading}</h2>
          <Sourced items={steps.offRamp.whereToGo} />
          <Contacts contacts={steps.offRamp.contacts} headingLevel={3} />
        </>
      );
      break;
    case "not-late-yet":
      body = <NotLateYet due={steps.decisionDue} until={steps.onTimeUntil} />;
      break;
    case "waiting":
      body = (
        <>
          <h2 className="heading-m">{text.waiting.heading}</h2>
          <ul className="list">
            {text.waiting.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      );
      break;
    case "more-info":
      body = (
        <>
          <h2 className="heading-m">{text.moreInfo.heading}</h2>
          {steps.what && (
            <p>
              {text.moreInfo.asked} <q>{steps.what}</q>
            </p>
          )}
          <p>{text.moreInfo.send}</p>
          <p>{text.moreInfo.clockRestarts}</p>
          {steps.decisionDue ? (
            <Due deadline={steps.decisionDue} />
          ) : (
            <p className="secondary">
              {text.moreInfo.addDate}{" "}
              <IntentLink href={questionHref(pageOf("decision", "moreInfoReceivedDate").route, "decision", "moreInfoReceivedDate")}>
                {text.moreInfo.addDateLink}
              </IntentLink>
            </p>
          )}
        </>
      );
      break;
    case "approved":
      body = <Approved steps={steps} />;
      break;
    case "denied":
    case "no-answer":
      body = (
        <Escalation steps={steps} request={request} rules={rules} {...(callScriptDue ? { callScriptDue } : {})} />
      );
      break;
  }

  return (
    // The page's heading names it: the section is a landmark a screen reader can jump to.
    <section aria-label={text.heading} data-outcome={steps.kind}>
      {body}
      {steps.kind !== "none" && <OneDocumentDownload kind="timeline" headingLevel={2} />}
      <CalendarReminders reminders={reminders} language={language} />
    </section>
  );
}
