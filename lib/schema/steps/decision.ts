import * as z from "zod/mini";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { outcomes, yesNo } from "../options";
import { dateField, dateProblem, optionalChoice, optionalText, requiredChoice } from "../fields";

const pastDate = (name: string, example: string, required: boolean) => ({
  name,
  example,
  required,
  notInFuture: { today: () => todayInCalifornia(), message: `${name.charAt(0).toUpperCase()}${name.slice(1)} must be today or in the past` },
});

export const decisionStepSchema = z
  .object({
    outcome: requiredChoice(outcomes, "Select what has happened with your request"),
    planGivenDueDate: dateField({ name: "the date the plan gave you", example: "12 28 2026", required: false }),
    planGivenDueDateInWriting: optionalChoice(yesNo),
    appointmentDate: dateField({ name: "the appointment date", example: "1 12 2027", required: false }),
    denialDate: z.optional(z.object({ month: z.string(), day: z.string(), year: z.string() })),
    denialReason: optionalText("The reason the plan gave"),
    moreInfoWhat: optionalText("What the plan asked for"),
    moreInfoReceivedDate: dateField(pastDate("the date the plan received the information", "1 4 2027", false)),
    grievanceFiledDate: dateField(pastDate("the date you filed your grievance", "1 15 2027", false)),
    grievanceUrgent: optionalChoice(yesNo),
    grievanceDecisionDate: dateField(pastDate("the date the plan answered your grievance", "2 10 2027", false)),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.outcome === "denied") {
        const problem = dateProblem(value.denialDate, pastDate("the date of the written denial", "1 4 2027", true));
        if (problem) ctx.addIssue({ code: "custom", path: ["denialDate"], message: problem });
      }
      if (value.outcome === "more-info" && !value.moreInfoWhat?.trim()) {
        ctx.addIssue({ code: "custom", path: ["moreInfoWhat"], message: "Enter what the plan asked you for" });
      }
    }),
  );
