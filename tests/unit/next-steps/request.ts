import { datePartsFromIso } from "@/lib/dates/date-parts";
import type { CoverageSource, Outcome, PlanType, RegulatorAnswer } from "@/lib/steps/options";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";

export type Entry = {
  coverage?: CoverageSource;
  planType?: PlanType;
  regulator?: RegulatorAnswer;
  urgent?: boolean;
  received?: string;
  time?: string;
  outcome?: Outcome;
  planGiven?: string;
  /** The plan's later date came in writing (a delay notice). */
  planGivenInWriting?: boolean;
  appointment?: string;
  denial?: string;
  denialReason?: string;
  moreInfoWhat?: string;
  moreInfoReceived?: string;
  grievanceFiled?: string;
  grievanceDecided?: string;
};

/** A request as a member would have entered it, from the answers a test cares about. */
export function requestFor(entry: Entry): SecondOpinionRequest {
  const request = emptyRequest();
  request.coverage.source = entry.coverage ?? "job-insured";
  request.plan.planType = entry.planType ?? "hmo";
  request.plan.regulator = entry.regulator ?? "dmhc";
  request.plan.planName = "Golden State Care";
  request.plan.memberId = "XKH-123";
  request.aboutYou.fullName = "Maria Elena Ruiz";
  request.submit.urgent = entry.urgent ? "yes" : "no";
  request.submit.sentMethod = "fax";
  if (entry.received) {
    request.submit.dateReceived = datePartsFromIso(entry.received);
    request.submit.dateSent = datePartsFromIso(entry.received);
  }
  if (entry.time) request.submit.timeReceived = entry.time;
  request.decision.outcome = entry.outcome;
  if (entry.planGiven) request.decision.planGivenDueDate = datePartsFromIso(entry.planGiven);
  if (entry.planGivenInWriting !== undefined) request.decision.planGivenDueDateInWriting = entry.planGivenInWriting ? "yes" : "no";
  if (entry.appointment) request.decision.appointmentDate = datePartsFromIso(entry.appointment);
  if (entry.denial) request.decision.denialDate = datePartsFromIso(entry.denial);
  if (entry.denialReason) request.decision.denialReason = entry.denialReason;
  if (entry.moreInfoWhat) request.decision.moreInfoWhat = entry.moreInfoWhat;
  if (entry.moreInfoReceived) request.decision.moreInfoReceivedDate = datePartsFromIso(entry.moreInfoReceived);
  if (entry.grievanceFiled) request.decision.grievanceFiledDate = datePartsFromIso(entry.grievanceFiled);
  if (entry.grievanceDecided) request.decision.grievanceDecisionDate = datePartsFromIso(entry.grievanceDecided);
  return request;
}

/** California wall-clock time → the instant (winter: UTC−8). */
export const californiaWinter = (date: string, time = "10:00") => new Date(`${date}T${time}:00-08:00`);
