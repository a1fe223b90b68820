import * as z from "zod/mini";
import { isDatePartsEmpty, isoFromDateParts, type DateParts } from "./date-parts";

export const MAX_TEXT_LENGTH = 5000;

/** "5,000", written once and without Intl: toLocaleString builds a new number formatter on every call, several milliseconds each, for every field on every page load. */
const MAX_TEXT_LENGTH_TEXT = String(MAX_TEXT_LENGTH).replace(/\B(?=(\d{3})+$)/g, ",");
const tooLong = (label: string) => `${label} must be ${MAX_TEXT_LENGTH_TEXT} characters or fewer`;

/** A required free-text answer. `missing` says what to enter. */
export const requiredText = (missing: string, label: string) =>
  z.string(missing).check(z.trim(), z.minLength(1, missing), z.maxLength(MAX_TEXT_LENGTH, tooLong(label)));

export const optionalText = (label: string) =>
  z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH, tooLong(label))));

export const requiredChoice = <const T extends readonly [string, ...string[]]>(values: T, missing: string) =>
  z.enum(values, missing);

/** An optional radio answer; an unanswered radio group reads as null. */
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.nullable(z.enum(values)));

/**
 * Phone numbers as printed on cards: digits, letters (1-800-FLOWERS), spaces,
 * dashes, dots, brackets, a plus and an extension. Dashes and spaces pasted
 * from web pages and PDFs (non-breaking hyphen, en dash, no-break space) count
 * as ordinary ones.
 */
function isPhoneNumber(value: string): boolean {
  const trimmed = value
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .trim();
  if (!/^[0-9A-Za-z +().\-/#,]+$/.test(trimmed)) return false;
  const withoutExtension = trimmed.replace(/(?:ext\.?|extension|x|#)\s*\d{1,6}\s*$/i, "");
  const dialable = withoutExtension.replace(/[^0-9A-Za-z]/g, "");
  return dialable.length >= 10 && dialable.length <= 15 && /\d{3}/.test(dialable);
}

export const phoneNumber = (missing: string, invalid: string) =>
  z.string(missing).check(
    z.trim(),
    z.minLength(1, missing),
    z.refine((value) => value.length === 0 || isPhoneNumber(value), invalid),
  );

/** Member and group IDs: letters, digits, spaces, dashes, dots and slashes. */
export const CARD_IDENTIFIER_MAX = 40;
const cardIdentifierPattern = /^[0-9A-Za-z][0-9A-Za-z .\-/*]*$/;

/** Member and group IDs; `name` starts the messages, e.g. "Member ID". */
export const isCardIdentifier = (value: string) => cardIdentifierPattern.test(value) && value.length <= CARD_IDENTIFIER_MAX;

export const cardIdentifier = (missing: string, invalid: string, name: string) =>
  z.string(missing).check(
    z.trim(),
    z.minLength(1, missing),
    z.maxLength(CARD_IDENTIFIER_MAX, `${name} must be ${CARD_IDENTIFIER_MAX} characters or fewer`),
    z.refine((value) => value.length === 0 || cardIdentifierPattern.test(value), invalid),
  );

export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

type DateRule = {
  /** How the member refers to it in messages, e.g. "your date of birth". */
  name: string;
  /** The start of "… must be a real date" messages; defaults to `name` capitalised. */
  subject?: string;
  /** The example shown when it is missing, e.g. "3 27 1980". */
  example: string;
  required: boolean;
  notInFuture?: { today: () => string; message: string };
  notBefore?: { iso: string; message: string };
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The message for a date the member typed, or undefined when it is fine. */
export function dateProblem(parts: DateParts | undefined, rule: DateRule): string | undefined {
  if (isDatePartsEmpty(parts)) {
    return rule.required ? `Enter ${rule.name}, for example ${rule.example}` : undefined;
  }
  const { month, day, year } = parts as DateParts;
  const subject = rule.subject ?? capitalise(rule.name);
  const missing = [!month.trim() && "a month", !day.trim() && "a day", !year.trim() && "a year"].filter(Boolean);
  if (missing.length > 0) return `${subject} must include ${missing.join(" and ")}`;
  if (!/^\d{4}$/.test(year.trim())) return `Year must be 4 numbers, for example ${rule.example.split(" ")[2]}`;
  const iso = isoFromDateParts(parts);
  if (!iso) return `${subject} must be a real date, for example ${rule.example}`;
  if (rule.notInFuture && iso > rule.notInFuture.today()) return rule.notInFuture.message;
  if (rule.notBefore && iso < rule.notBefore.iso) return rule.notBefore.message;
  return undefined;
}

const datePartsInput = z.optional(
  z.object({ month: z.string(), day: z.string(), year: z.string() }),
);

/** A month/day/year answer validated as a whole; errors land on the field. */
export const dateField = (rule: DateRule) => {
  const field = datePartsInput.check(
    z.superRefine((parts, ctx) => {
      const problem = dateProblem(parts, rule);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  );
  // zod drops the problems of an optional field whose key is absent, so a
  // required date missing from the answers (never typed, or reset on load)
  // would pass. Piping through a transform makes its problems count.
  return rule.required ? z.pipe(field, z.transform((parts: DateParts | undefined) => parts)) : field;
};
