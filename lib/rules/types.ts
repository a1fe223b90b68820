import type { IsoDate } from "@/lib/dates/date-parts";

/** Whether California's second-opinion law reaches the member's coverage. */
export type StateLaw =
  /** Yes: a DMHC-licensed plan (any HMO; many PPO/EPO/POS plans). */
  | "applies"
  /** No: Medicare, self-funded job plans, fee-for-service Medi-Cal, TRICARE/VA. */
  | "does-not-apply"
  /**
   * Probably, but it depends: a CDI policy (only if it limits second opinions),
   * a job plan the member is not sure about, "other" coverage, or an unknown regulator.
   */
  | "depends";

export type RegulatorId = "dmhc" | "cdi";
/** "unknown" also when state law does not apply (the member's route is federal or DHCS: see `offRamp`). */
export type Regulator = RegulatorId | "unknown";

/** A legal statement's source, resolved from content/legal/sources.ts. */
export type Citation = {
  sourceId: string;
  /** e.g. "HSC §1383.15" */
  short: string;
  /** e.g. "California Health and Safety Code §1383.15" */
  citation: string;
  /** A public page with the text, when there is a stable one. */
  url?: string;
};

/** A phone number or web address, exactly as printed in the facts sheet. */
export type ContactMethod =
  | { kind: "phone"; label: string; number: string }
  | { kind: "tdd"; label: string; number: string }
  | { kind: "fax"; label: string; number: string }
  | { kind: "web"; label: string; url: string }
  | { kind: "mail"; label: string; address: string };

export type Contact = {
  id: string;
  name: string;
  /** One plain sentence: what they do for the member. */
  description: string;
  methods: ContactMethod[];
  /** True when the facts sheet rates the contact below "high": show "verify". */
  verify: boolean;
  sourceId: string;
};

/** A statement shown to the member, with its source. */
export type SourcedText = { text: string; source: Citation };

export type ClockUnit = "business-days" | "calendar-days" | "hours" | "months";

export type DeadlineId =
  | "decisionDue"
  | "denialNoticeDue"
  | "grievanceAnswerDue"
  | "mayGoToRegulator"
  | "imrApplyBy"
  | "appointmentBy";

/** What a deadline was counted from. */
export type CountedFrom = {
  /** The date the member entered (California calendar date). */
  date: IsoDate;
  /** "HH:MM" (24-hour, California time) when the clock is in hours and the time was entered. */
  time?: string;
  /** e.g. "received" (the date the plan received your request). */
  event:
    | "received"
    | "sent"
    | "more-info-received"
    | "decision-due"
    | "grievance-filed"
    | "grievance-decision"
    | "written-decision"
    | "today";
  /** Plain words, to follow "from": "the date the plan received your request". */
  label: string;
};

export type Deadline = {
  id: DeadlineId;
  /** California calendar date, yyyy-mm-dd. */
  date: IsoDate;
  /** "HH:MM", 24-hour California time, for hour clocks when the start time is known. */
  time?: string;
  length: { amount: number; unit: ClockUnit };
  countedFrom: CountedFrom;
  /** Always show these dates as "on or about": plans may keep their own calendars. */
  approximate: true;
  /** Plain words for the clock: "5 business days", "72 hours", "30 calendar days". */
  lengthLabel: string;
  /** The date in words, ready to follow a verb: "on or about Monday, December 28, 2026" or "by about Monday, March 8, 2027, 3:00 pm (California time)". */
  when: string;
  /** One sentence: "The plan should decide on or about Monday, December 28, 2026." */
  summary: string;
  /** "5 business days from the date the plan received your request, Friday, December 18, 2026" */
  explanation: string;
  /** Extra caution where the facts sheet says "generally" or "verify". */
  caveat?: string;
  /** Holidays skipped while counting business days: the days state offices close (for "Christmas Day skipped" notes). */
  skippedHolidays: { name: string; date: IsoDate }[];
  /**
   * Business-day clocks whose count is the plan's deadline: the same count
   * skipping every state holiday too (Gov. Code §6700 and the day after
   * Thanksgiving). `date` is the likely date, the one to act on; the plan is
   * not late before this one. Present only when it is later than `date`.
   */
  latest?: {
    date: IsoDate;
    /** "At the latest, if your plan counts every state holiday: Tuesday, December 29, 2026." */
    text: string;
    /** The holidays this count skips beyond the likely one's. */
    extraHolidays: { name: string; date: IsoDate }[];
  };
  /** The main source: the member's regulator's, or the DMHC one when the regulator is unknown. */
  source: Citation;
  /** The parallel source(s), e.g. the Insurance Code section when the regulator is unknown. */
  otherSources: Citation[];
  /** Relative to today in California (the `now` given to deriveRules). */
  status: "future" | "today" | "past";
};

export type Deadlines = {
  /** Routine: 5 business days after receipt; urgent: 72 clock hours after receipt. */
  decisionDue?: Deadline;
  /** Written notice of a denial, delay or change: 2 business days after the (due) decision. */
  denialNoticeDue?: Deadline;
  /** From the grievance filed date: DMHC 30 calendar days (3 when urgent); a CDI insurer's appeal 30 days (72 hours when urgent). */
  grievanceAnswerDue?: Deadline;
  /** DMHC plans: the grievance decision, 30 days into the grievance, or at once when urgent. CDI: none (no wait in our sources). */
  mayGoToRegulator?: Deadline;
  /** 6 months after the plan's written decision on the grievance (or, earlier and safe, the first denial). */
  imrApplyBy?: Deadline;
  /** Once approved, generally: 15 business days (non-urgent specialist) or 96 hours (urgent) from the request. */
  appointmentBy?: Deadline;
};

export type EscalationStep = {
  id: "plan-grievance" | "regulator-complaint" | "imr" | "free-help";
  title: string;
  text: string;
  /** Ids into contacts, in the order to show them. */
  contactIds: string[];
  source: Citation;
};

/** Where to go when state second-opinion law does not apply. */
export type OffRamp = {
  coverage: string;
  title: string;
  summary: SourcedText;
  whereToGo: SourcedText[];
  /** A plan decides: the member may still send a general request (no California law named). */
  generalRequest: boolean;
  contacts: Contact[];
};

/** Medi-Cal managed care after the plan's appeal: the State Hearing, and the order that keeps an IMR open. */
export type MediCalTrack = {
  stateHearing: SourcedText;
  /** A State Hearing first closes the way to a DMHC Independent Medical Review on the same issue. */
  hearingBeforeImr: SourcedText;
  freeSecondOpinion: SourcedText;
  contacts: Contact[];
};

export type DerivedRules = {
  stateLaw: StateLaw;
  /** Why stateLaw is what it is, in plain words, with a source. */
  stateLawReason: SourcedText;
  regulator: Regulator;
  /** True when the member said "not sure" and we used "HMOs are always licensed by DMHC". */
  regulatorIsAssumed: boolean;
  /** Shown with an assumed or unknown regulator; undefined when the member told us. */
  regulatorNote?: string;
  /** Null when state law does not apply, or the regulator is unknown and the plan is not an HMO. */
  statute: Citation | null;
  /** Where the member's grievance right is (null exactly when `statute` is). */
  grievanceStatute: Citation | null;
  urgent: boolean;
  /** The grievance is urgent: the request was, or the member says so (severe pain counts too). */
  grievanceUrgent: boolean;
  /** A job plan that may be self-funded: state clocks shown, nothing claims California law. */
  mayBeFederal: boolean;
  deadlines: Deadlines;
  /** The regulator's contacts (or, off-ramped, the federal/DHCS route's), then free help. */
  contacts: Contact[];
  /** Who may give the opinion, for the member's regulator (or the shared rule when unknown). */
  whoMayGiveOpinion: SourcedText[];
  /** Out-of-network rule and cost: the same for DMHC and CDI. */
  outOfNetwork: SourcedText[];
  /** What to do if denied or no answer, in order. */
  escalation: EscalationStep[];
  /** Medi-Cal managed care's own track, after the plan's appeal. */
  mediCal: MediCalTrack | null;
  /** Present when state law does not apply. */
  offRamp: OffRamp | null;
  /** The "last reviewed" date of the legal content, yyyy-mm-dd. */
  lastReviewed: IsoDate;
  disclaimer: string;
};
