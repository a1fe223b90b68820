// The documents in English.
import * as checklist from "@/content/documents/checklist";
import { authorizationNotes, authorizationText } from "@/content/documents/authorization";
import { documentFrameText } from "@/content/documents/frame";
import { grievanceText } from "@/content/documents/grievance";
import { letterText } from "@/content/documents/letter";
import { regulatorFormSources, regulatorFormText } from "@/content/documents/regulator-form";
import { getClock } from "@/content/legal/clocks";
import { getContact } from "@/content/legal/contacts";
import { getReason } from "@/content/legal/reasons";
import { getRegulator } from "@/content/legal/regulators";
import { timelineText } from "@/content/timeline";
import { dateFormatters } from "@/lib/dates/formatters";
import { citationFor } from "@/lib/rules/citations";
import { lengthLabel } from "@/lib/rules/deadlines";
import { whenDue } from "@/lib/rules/when";
import { languageTags } from "@/lib/i18n/locales";
import type { DocumentLanguage } from "./types";

export const english: DocumentLanguage = {
  locale: "en",
  tag: languageTags.en,
  words: {
    frame: documentFrameText,
    letter: letterText,
    grievance: grievanceText,
    authorization: authorizationText,
    authorizationNotes,
    regulatorForm: regulatorFormText,
    regulatorFormSources,
    timeline: timelineText,
    checklist,
  },
  dates: dateFormatters.en,
  legal: {
    getReason,
    getClock,
    getRegulator,
    getContact,
    citationFor,
    whenDue,
    lengthLabel,
  },
};
