import * as z from "zod/mini";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { isoFromDateParts } from "../date-parts";
import { enclosureIds, inNetworkAnswers, reasonIds, sentMethods, yesNo } from "../options";
import { dateField, dateProblem, optionalChoice, optionalText, requiredChoice } from "../fields";

const notInFuture = (name: string) => ({
  today: () => todayInCalifornia(),
  message: `${name} must be today or in the past`,
});

export const submitStepSchema = z
  .object({
    // Nothing stored yet reads as "none selected", never as "Invalid input".
    reasons: z
      .array(z.enum(reasonIds), "Select at least one reason you want a second opinion")
      .check(z.minLength(1, "Select at least one reason you want a second opinion")),
    otherReason: optionalText("Your other reason"),
    urgent: requiredChoice(yesNo, "Select yes if your health is in serious and immediate danger"),
    secondDoctorName: optionalText("Doctor’s name"),
    secondDoctorSpecialty: optionalText("Doctor’s specialty"),
    secondDoctorInNetwork: optionalChoice(inNetworkAnswers),
    outOfNetworkRequested: optionalChoice(yesNo),
    outOfNetworkReason: optionalText("Why no doctor in your network can give the opinion"),
    enclosures: z.optional(z.array(z.enum(enclosureIds))),
    sentMethod: requiredChoice(sentMethods, "Select how you sent your request, or “Not sent yet”"),
    dateSent: z.optional(z.object({ month: z.string(), day: z.string(), year: z.string() })),
    dateReceived: dateField({
      name: "the date the plan received your request",
      example: "12 18 2026",
      required: false,
      notInFuture: notInFuture("The date the plan received your request"),
    }),
    timeReceived: z.optional(
      z.string().check(
        z.refine((value) => value === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), "Enter the time, for example 3:00 PM"),
      ),
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.reasons.includes("other") && !value.otherReason?.trim()) {
        ctx.addIssue({ code: "custom", path: ["otherReason"], message: "Describe your other reason" });
      }
      if (value.secondDoctorInNetwork === "no" && !value.outOfNetworkRequested) {
        ctx.addIssue({
          code: "custom",
          path: ["outOfNetworkRequested"],
          message: "Select yes if you want to ask for a doctor outside your plan’s network",
        });
      }
      if (value.secondDoctorInNetwork === "no" && value.outOfNetworkRequested === "yes" && !value.outOfNetworkReason?.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["outOfNetworkReason"],
          message: "Explain why no doctor in your plan’s network can give this opinion",
        });
      }
      if (value.sentMethod && value.sentMethod !== "not-yet") {
        const problem = dateProblem(value.dateSent, {
          name: "the date you sent your request",
          example: "12 17 2026",
          required: true,
          notInFuture: notInFuture("The date you sent your request"),
        });
        if (problem) ctx.addIssue({ code: "custom", path: ["dateSent"], message: problem });
      }
      const sent = isoFromDateParts(value.dateSent);
      const received = isoFromDateParts(value.dateReceived);
      if (sent && received && received < sent) {
        ctx.addIssue({
          code: "custom",
          path: ["dateReceived"],
          message: "The date the plan received your request must be the same as or after the date you sent it",
        });
      }
    }),
  );
