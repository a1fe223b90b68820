import * as z from "zod/mini";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { contactedAnswers } from "../options";
import { dateField, optionalText, requiredChoice } from "../fields";

/** One call to member services, as entered in the call log. */
export const callEntrySchema = z.object({
  id: z.string(),
  date: dateField({
    name: "the date of the call",
    example: "11 20 2026",
    required: true,
    notInFuture: { today: () => todayInCalifornia(), message: "The date of the call must be today or in the past" },
  }),
  time: z.optional(
    z.string().check(
      z.refine((value) => value === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), "Enter the time of the call, for example 2:30 PM"),
    ),
  ),
  spokeTo: optionalText("Who you spoke to"),
  referenceNumber: optionalText("Reference number"),
  notes: optionalText("What they said"),
});

export const memberServicesStepSchema = z
  .object({
    contacted: requiredChoice(contactedAnswers, "Select whether you have called member services yet"),
    // Absent when no call was ever logged: the rule below, not "Invalid input", speaks to that.
    calls: z.optional(z.array(callEntrySchema)),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.contacted === "yes" && !value.calls?.length) {
        ctx.addIssue({
          code: "custom",
          path: ["calls"],
          message: "Add the call you made, or choose “Not yet”",
        });
      }
    }),
  );
