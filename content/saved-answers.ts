import type { ResetField } from "@/lib/answers/read";
import { fieldText } from "./fields";
import { stepWords } from "./steps";

const questionName = ({ section, field }: ResetField) => {
  const words = (fieldText[section] as Record<string, { label: string } | undefined>)[field];
  return words?.label ?? field;
};

/** What the member is told about their saved answers: what was reset, and when saving or loading fails. */
export const savedAnswersText = {
  unreadable: "We could not read the answers saved on this device, so we started again with empty answers.",
  newerVersion: "Your answers were saved by a newer version of this tool. We kept the ones we could read.",
  fieldsReset: (fields: ResetField[]) =>
    `Some saved answers could not be read and were cleared: ${fields
      .map((field) => (field.field === "*" ? `all of “${stepWords[field.section].review}”` : `“${questionName(field)}” in ${stepWords[field.section].review}`))
      .join("; ")}. Please check them again.`,
  quota:
    "Your answers could not be saved because this device’s storage is full. They will stay while this page is open: download or print your documents before you close it.",
  unavailable: "Your answers could not be saved on this device (storage may be turned off). They will stay while this page is open.",
  dismiss: "Dismiss this message",
};
