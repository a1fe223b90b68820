import type * as checklistWords from "@/content/documents/checklist";
import type { authorizationNotes, authorizationText } from "@/content/documents/authorization";
import type { documentFrameText } from "@/content/documents/frame";
import type { grievanceText } from "@/content/documents/grievance";
import type { letterText } from "@/content/documents/letter";
import type { regulatorFormSources, regulatorFormText } from "@/content/documents/regulator-form";
import type { getClock } from "@/content/legal/clocks";
import type { getContact } from "@/content/legal/contacts";
import type { getReason } from "@/content/legal/reasons";
import type { getRegulator } from "@/content/legal/regulators";
import type { timelineText } from "@/content/timeline";
import type { DateFormatter } from "@/lib/dates/formatters";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { languageTags, Locale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";
import type { Citation, ClockUnit } from "@/lib/rules/types";

/**
 * One language of the documents: their words, how they write dates, and the
 * legal wording they cite (citations, clock lengths, "on or about" dates), all
 * in that language. Built in ./en.ts and ./es.ts; loaded with
 * `loadDocumentLanguage` (./index.ts) so a page or the worker carries only the
 * languages it makes documents in.
 */
export type DocumentLanguage = {
  locale: Locale;
  /** The PDFs' language property and the print views' `lang`. */
  tag: (typeof languageTags)[Locale];
  words: {
    frame: Translated<typeof documentFrameText>;
    letter: Translated<typeof letterText>;
    grievance: Translated<typeof grievanceText>;
    authorization: Translated<typeof authorizationText>;
    /** The notes beside the authorization on its page (not printed). */
    authorizationNotes: Translated<typeof authorizationNotes>;
    regulatorForm: Translated<typeof regulatorFormText>;
    regulatorFormSources: typeof regulatorFormSources;
    timeline: Translated<typeof timelineText>;
    checklist: Translated<typeof checklistWords>;
  };
  dates: DateFormatter;
  legal: {
    getReason: Translated<typeof getReason>;
    getClock: Translated<typeof getClock>;
    getRegulator: Translated<typeof getRegulator>;
    getContact: typeof getContact;
    citationFor: (sourceId: string) => Citation;
    /** "on or about Monday, December 28, 2026" in this language. */
    whenDue: (due: { date: IsoDate; time?: string }) => string;
    /** "30 calendar days" in this language. */
    lengthLabel: (amount: number, unit: ClockUnit) => string;
  };
};
