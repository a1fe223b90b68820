import type { SecondOpinionRequest } from "@/lib/schema/request";
import { undrawableCharacters } from "./pdf-text";

/** Everything the member typed that the documents print. */
function typedAnswers(request: SecondOpinionRequest): string[] {
  const { aboutYou, plan, doctor, submit } = request;
  return [
    aboutYou.fullName,
    aboutYou.address,
    aboutYou.phone,
    aboutYou.email,
    aboutYou.helperName,
    aboutYou.helperRelationship,
    plan.planName,
    plan.memberId,
    plan.groupNumber,
    plan.planAddress,
    doctor.name,
    doctor.specialty,
    doctor.medicalGroup,
    doctor.condition,
    doctor.recommendedTreatment,
    submit.otherReason,
    submit.secondDoctorName,
    submit.secondDoctorSpecialty,
    submit.outOfNetworkReason,
  ].filter((text): text is string => text !== undefined);
}

/** What else the grievance letter prints: the call log and the reason the plan gave. */
function grievanceAnswers(request: SecondOpinionRequest): (string | undefined)[] {
  const calls = request.memberServices.calls.flatMap((call) => [call.spokeTo, call.referenceNumber, call.notes]);
  return [...typedAnswers(request), ...calls, request.decision.denialReason];
}

/** Characters in the answers that the PDFs cannot show (the print views can): the request letter and checklist, or the grievance letter. */
export function charactersThePdfCannotShow(request: SecondOpinionRequest, documents: "request" | "grievance" = "request"): string[] {
  return undrawableCharacters(documents === "grievance" ? grievanceAnswers(request) : typedAnswers(request));
}
