import * as z from "zod/mini";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { yesNo } from "../options";
import { dateField, isEmail, optionalText, phoneNumber, requiredChoice, requiredText } from "../fields";

export const aboutYouStepSchema = z
  .object({
    fullName: requiredText("Enter your full name", "Your full name"),
    dateOfBirth: dateField({
      name: "your date of birth",
      subject: "Date of birth",
      example: "3 27 1980",
      required: true,
      notInFuture: { today: () => todayInCalifornia(), message: "Date of birth must be in the past" },
      notBefore: { iso: "1900-01-01", message: "Date of birth must be after 1900" },
    }),
    address: requiredText("Enter your mailing address", "Your mailing address"),
    phone: phoneNumber(
      "Enter a phone number the plan can reach you on",
      "Enter a phone number with its area code, for example 415-555-0100",
    ),
    email: z.optional(
      z.string().check(
        z.trim(),
        z.refine((value) => value.length === 0 || isEmail(value), "Enter an email address in the correct format, like name@example.com"),
      ),
    ),
    hasHelper: requiredChoice(yesNo, "Select yes if someone is helping you with this request"),
    helperName: optionalText("Helper’s name"),
    helperRelationship: optionalText("Their relationship to you"),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.hasHelper !== "yes") return;
      if (!value.helperName?.trim()) {
        ctx.addIssue({ code: "custom", path: ["helperName"], message: "Enter the name of the person helping you" });
      }
      if (!value.helperRelationship?.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["helperRelationship"],
          message: "Enter how the person helping you is related to you, for example daughter",
        });
      }
    }),
  );
