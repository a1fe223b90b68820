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
  /** The later date for a plan that counts every state holiday (Gov. Code §6700 and the day after Thanksgiving). */
  latest: (date: string) => `At the latest, if your plan counts every state holiday: ${date}.`,
  beyondHolidayList: (years: string) =>
    `Our list of state holidays does not have every holiday for ${years} yet, so the latest date may be a day or two later.`,
  countedFrom: {
    moreInfoReceived: "the date the plan received the information it asked for",
    received: "the date the plan received your request",
    sent: "the date you sent your request (the clock really starts when the plan receives it, so it may be a little later)",
    decisionDue: "the date the plan should decide",
    grievanceFiledClockStart: "the date you filed your grievance (the clock starts when the plan receives it)",
    grievanceFiled: "the date you filed your grievance",
    grievanceDecision: "the date of the plan’s written answer to your grievance",
    today: "today",
    firstDenial: "the date of the plan’s first written denial",
  },
  decision: {
    federal: {
      summary: (when: string) => `Under federal rules, the plan should generally decide ${when}.`,
      caveat: "This is the federal rule for a request for care before you get it (a “pre-service claim”). Ask your plan for its timeline.",
    },
    federalUrgent: {
      summary: (when: string) => `Because your request is urgent, under federal rules the plan should decide ${when}.`,
      caveat: "72 clock hours, weekends and holidays included. This is the federal rule for urgent care claims.",
    },
    mayBeFederal:
      "If your job plan is self-funded, federal rules set the time instead: generally 15 days, or 72 hours when urgent. Ask your benefits office which kind you have.",
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
  appealAnswer: {
    urgent: (when: string) => `Your insurer should decide your urgent appeal ${when}.`,
    routine: (when: string) => `Your insurer should generally decide your appeal ${when}.`,
  },
  regulator: {
    unknownRegulatorCaveat: "This is the rule for DMHC plans. For a CDI policy, you can call the CDI consumer hotline at any time.",
    urgent: "Because your case is urgent, you can go to DMHC right away. You do not have to wait 30 days.",
    afterDecision: "The plan has answered your grievance, so you can go to DMHC now if you still disagree.",
    afterWaiting: (when: string) => `If the plan has not fixed the problem, you can go to DMHC ${when.replace("on or about", "on or after about")}.`,
    soonerIfAnswered: "If the plan answers your grievance before then, you can go as soon as the answer arrives.",
  },
  imr: {
    summary: (when: string) => `Send your Independent Medical Review or complaint form ${when.replace("on or about", "by about")}.`,
    fromFirstDenial:
      "We counted from the plan’s first written denial. The 6 months really run from its written answer to your grievance, which comes later, so this date is early and safe. When you get that answer, enter its date and we will work out the date again.",
    caveat: "Late filing may be allowed for a good reason, but do not wait.",
  },
  appointment: {
    urgent: (when: string) => `Once approved, you should generally get the appointment ${when}.`,
    specialist: (when: string) => `Once approved, you should generally get a specialist appointment ${when}.`,
  },
};
