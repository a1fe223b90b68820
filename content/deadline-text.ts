import type { ClockUnit } from "@/lib/rules/types";

/**
 * The words around each deadline that lib/rules/deadlines.ts works out. The
 * clocks themselves, with their sources, are in content/legal/clocks.ts;
 * `when` is the date as worded there ("on or about Monday, December 21, 2026"
 * or "by about 10:00 a.m. on …").
 */
export const deadlineText = {
  unitWords: {
    "business-days": ["business day", "business days"],
    "calendar-days": ["calendar day", "calendar days"],
    hours: ["hour", "hours"],
    months: ["month", "months"],
  } satisfies Record<ClockUnit, [one: string, many: string]>,
  when: {
    atHour: (dateTime: string) => `by about ${dateTime}`,
    onDay: (date: string) => `on or about ${date}`,
  },
  explanation: {
    countedFrom: (from: string) => `Counted from ${from}`,
    lengthFrom: (length: string, from: string) => `${length} from ${from}`,
  },
  beyondHolidayList: "Our holiday list does not cover this year yet, so this date may be a day or two early.",
  countedFrom: {
    moreInfoReceived: "the date the plan received the information it asked for",
    received: "the date the plan received your request",
    sent: "the date you sent your request (the clock really starts when the plan receives it, so it may be a little later)",
    decisionDue: "the date the plan should decide",
    grievanceFiledClockStart: "the date you filed your grievance (the clock starts when the plan receives it)",
    grievanceFiled: "the date you filed your grievance",
    today: "today",
    writtenDecision: "the date of the plan’s written decision",
  },
  decision: {
    federal: {
      summary: (when: string) => `Under federal rules, the plan should generally decide ${when}.`,
      caveat: "This is the federal rule for a request for care before you get it (a “pre-service claim”). Ask your plan for its timeline.",
    },
    urgent: {
      summary: (when: string) => `Because your request is urgent, the plan should decide ${when}.`,
      caveatWithHour: "72 clock hours, weekends and holidays included.",
      caveatWithoutHour: "72 clock hours, weekends and holidays included. Enter the time the plan received your request to see the hour.",
    },
    routine: {
      summary: (when: string) => `The plan should decide ${when}.`,
      caveat:
        "This is generally the deadline: whether it covers a request you make yourself (not through your doctor) is not settled, and plans may count business days with their own calendar. If the plan gives you a date, write it down.",
    },
  },
  denialNotice: {
    summary: (when: string) => `If the plan says no, it should send you a written notice with its reasons ${when}.`,
    caveat: "If the plan decides earlier, the notice is due 2 business days after that.",
  },
  grievanceAnswer: {
    urgent: (when: string) => `The plan should send a written answer or an update on your urgent grievance ${when}.`,
    routine: (when: string) => `The plan should resolve your grievance ${when}.`,
  },
  regulator: {
    unknownRegulatorCaveat: "This is the rule for DMHC plans. For a CDI policy, you can call the CDI consumer hotline.",
    urgent: "Because your case is urgent, you can contact DMHC right away. You do not have to wait 30 days.",
    afterWaiting: (when: string) => `If the plan has not fixed the problem, you can contact DMHC ${when.replace("on or about", "on or after about")}.`,
  },
  imr: {
    summary: (when: string) => `Apply for an Independent Medical Review ${when.replace("on or about", "by about")}.`,
    caveat: "Later filing may be allowed for a good reason, but do not wait.",
  },
  appointment: {
    urgent: (when: string) => `Once approved, you should generally get the appointment ${when}.`,
    specialist: (when: string) => `Once approved, you should generally get a specialist appointment ${when}.`,
  },
};
