// The documents in Spanish: the Spanish twins of every word module, dates
// written the Spanish way, and citations from the Spanish legal content.
import * as checklist from "@/content/es/documents/checklist";
import { authorizationNotes, authorizationText } from "@/content/es/documents/authorization";
import { documentFrameText } from "@/content/es/documents/frame";
import { grievanceText } from "@/content/es/documents/grievance";
import { letterText } from "@/content/es/documents/letter";
import { regulatorFormSources, regulatorFormText } from "@/content/es/documents/regulator-form";
import { getClock } from "@/content/es/legal/clocks";
import { getContact } from "@/content/es/legal/contacts";
import { getReason } from "@/content/es/legal/reasons";
import { getRegulator } from "@/content/es/legal/regulators";
import { getSource } from "@/content/es/legal/sources";
import { deadlineText } from "@/content/es/deadline-text";
import { timelineText } from "@/content/es/timeline";
import { dateFormatters } from "@/lib/dates/formatters";
import { citationsFrom } from "@/lib/rules/citations-from";
import { lengthLabelFrom } from "@/lib/rules/deadlines-from";
import { whenFrom } from "@/lib/rules/when-from";
import type { ClockUnit } from "@/lib/rules/types";
import { languageTags } from "@/lib/i18n/locales";
import type { DocumentLanguage } from "./types";

export const spanish: DocumentLanguage = {
  locale: "es",
  tag: languageTags.es,
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
  dates: dateFormatters.es,
  legal: {
    getReason,
    getClock,
    getRegulator,
    getContact,
    citationFor: citationsFrom({ getSource, getContact }).citationFor,
    whenDue: whenFrom(deadlineText.when, dateFormatters.es),
    lengthLabel: lengthLabelFrom(deadlineText.unitWords as Record<ClockUnit, readonly [string, string]>),
  },
};
