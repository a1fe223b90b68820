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

/** Characters in the answers that the PDFs cannot show (the print views can). */
export function charactersThePdfCannotShow(request: SecondOpinionRequest): string[] {
  return undrawableCharacters(typedAnswers(request));
}
