import * as z from "zod/mini";
import { planTypes, regulatorAnswers } from "../options";
import { CARD_IDENTIFIER_MAX, cardIdentifier, isCardIdentifier, optionalText, phoneNumber, requiredChoice, requiredText } from "../fields";

export const planStepSchema = z.object({
  planType: requiredChoice(planTypes, "Select your plan type, or choose “I’m not sure”"),
  regulator: requiredChoice(regulatorAnswers, "Select who regulates your plan, or choose “I’m not sure”"),
  planName: requiredText("Enter the name of your health plan, as it appears on your card", "Plan name"),
  memberId: cardIdentifier(
    "Enter your member ID, as it appears on your insurance card",
    "Member ID must only include letters, numbers, spaces, dashes, dots and slashes",
    "Member ID",
  ),
  groupNumber: z.optional(
    z.string().check(
      z.trim(),
      z.refine(
        (value) => value.length <= CARD_IDENTIFIER_MAX,
        `Group number must be ${CARD_IDENTIFIER_MAX} characters or fewer`,
      ),
      z.refine(
        (value) => value.length === 0 || value.length > CARD_IDENTIFIER_MAX || isCardIdentifier(value),
        "Group number must only include letters, numbers, spaces, dashes, dots and slashes",
      ),
    ),
  ),
  memberServicesPhone: phoneNumber(
    "Enter the member services phone number from your insurance card",
    "Enter a phone number with its area code, for example 1-800-555-0100",
  ),
  planAddress: optionalText("The plan’s address or fax"),
});
