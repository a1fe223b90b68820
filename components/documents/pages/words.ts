import { wordsIn } from "@/content/words";
import { templated } from "@/lib/i18n/templated";
import type { Locale } from "@/lib/i18n/locales";
import type { PrintViewWords } from "../print-view-words";

// The documents pages' words in a language, chosen on the server: only the
// server components under components/documents/pages import this module, and
// they hand their client parts plain strings.

export function documentPagesWords(locale: Locale) {
  const { documentPages, fields } = wordsIn(locale);
  const { page, authorization, regulatorForm } = documentPages;
  const print = page.printViewText;
  const frame = { loading: print.loading, back: print.back, printWithoutScript: print.printWithoutScript };
  const printView = {
    letter: { ...print.letter, ...frame },
    checklist: { ...print.checklist, ...frame },
    blankChecklist: { ...print.blankChecklist, ...frame },
    timeline: { ...print.timeline, ...frame },
    grievance: { title: print.grievance.title, intro: print.grievance.intro, print: print.grievance.print, ...frame, back: print.grievance.back },
    regulatorForm: {
      title: regulatorForm.title,
      intro: regulatorForm.printView.intro,
      print: regulatorForm.printView.print,
      ...frame,
      back: regulatorForm.printView.back,
    },
    authorization: {
      title: page.downloadText.authorization.heading,
      intro: authorization.authorizationPageText.intro,
      print: authorization.authorizationPageText.print,
      ...frame,
      loading: authorization.authorizationPageText.loading,
    },
  } satisfies Record<string, PrintViewWords>;
  return {
    documentsPage: page.documentsPageText,
    /** The download cards' words, handed to them with the page so they show with the answers. */
    downloads: templated(page.downloadText),
    printView,
    grievanceNotice: { notice: print.grievance.notRecorded, recordOutcome: print.grievance.recordOutcome },
    regulatorFormNotice: { notice: regulatorForm.printView.notYet, recordOutcome: regulatorForm.printView.recordOutcome },
    authorizationPage: {
      noHelper: authorization.authorizationPageText.noHelper,
      noHelperAction: authorization.authorizationPageText.noHelperAction,
      notesHeading: authorization.authorizationPageText.notesHeading,
      notLegalAdvice: authorization.authorizationPageText.notLegalAdvice,
    },
    missingLabels: {
      fullName: fields.aboutYou.fullName.label,
      planName: fields.plan.planName.label,
      memberId: fields.plan.memberId.label,
      doctorName: fields.doctor.name.label,
      condition: fields.doctor.condition.label,
      reasons: fields.submit.reasons.label,
    },
  };
}
