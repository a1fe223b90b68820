import * as z from "zod/mini";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { doctorWillRequestAnswers } from "../options";
import { dateField, optionalText, requiredChoice, requiredText } from "../fields";

export const doctorStepSchema = z.object({
  name: requiredText("Enter your treating doctor’s name", "Treating doctor’s name"),
  specialty: optionalText("Their specialty"),
  medicalGroup: optionalText("Medical group or IPA"),
  condition: requiredText("Enter your diagnosis or condition, in your own words", "Diagnosis or condition"),
  recommendedTreatment: optionalText("Recommended treatment or surgery"),
  willRequest: requiredChoice(
    doctorWillRequestAnswers,
    "Select whether your doctor will ask the plan for the second opinion",
  ),
  dateDiscussed: dateField({
    name: "the date you talked to your doctor",
    example: "11 3 2026",
    required: false,
    notInFuture: { today: () => todayInCalifornia(), message: "The date you talked to your doctor must be today or in the past" },
  }),
});
