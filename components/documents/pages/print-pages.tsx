import { english } from "@/lib/documents/language/en";
import { spanish } from "@/lib/documents/language/es";
import type { DocumentLanguage } from "@/lib/documents/language/types";
import { buildChecklist } from "@/lib/documents/checklist/model";
import type { Locale } from "@/lib/i18n/locales";
import { BlankChecklistPrintView, ChecklistPrintView } from "../checklist-print-view";
import {
  LazyAuthorizationPrintView,
  LazyGrievancePrintView,
  LazyLetterPrintView,
  LazyRegulatorFormPrintView,
  LazyTimelinePrintView,
} from "../lazy-letter-print-view";
import { documentPagesWords } from "./words";

// The print views' pages, in either language: each route file renders one
// of these with its locale. The document is in the page's language.

type PageProps = { locale: Locale };

const Main = ({ children }: { children: React.ReactNode }) => (
  <main id="main-content" className="main" tabIndex={-1}>
    {children}
  </main>
);

export function LetterPage({ locale }: PageProps) {
  return (
    <Main>
      <LazyLetterPrintView locale={locale} words={documentPagesWords(locale).printView.letter} />
    </Main>
  );
}

export function ChecklistPage({ locale }: PageProps) {
  return (
    <Main>
      <ChecklistPrintView locale={locale} words={documentPagesWords(locale).printView.checklist} />
    </Main>
  );
}

/** Made on the server from no answers, so it shows and prints without JavaScript. */
export function BlankChecklistPage({ locale }: PageProps) {
  const language = ({ en: english, es: spanish } satisfies Record<Locale, DocumentLanguage>)[locale];
  return (
    <Main>
      <BlankChecklistPrintView checklist={buildChecklist(null, language)} words={documentPagesWords(locale).printView.blankChecklist} />
    </Main>
  );
}

export function GrievancePage({ locale }: PageProps) {
  const words = documentPagesWords(locale);
  return (
    <Main>
      <LazyGrievancePrintView locale={locale} words={words.printView.grievance} notice={words.grievanceNotice} />
    </Main>
  );
}

export function TimelinePage({ locale }: PageProps) {
  return (
    <Main>
      <LazyTimelinePrintView locale={locale} words={documentPagesWords(locale).printView.timeline} />
    </Main>
  );
}

export function RegulatorFormPage({ locale }: PageProps) {
  const words = documentPagesWords(locale);
  return (
    <Main>
      <LazyRegulatorFormPrintView locale={locale} words={words.printView.regulatorForm} notice={words.regulatorFormNotice} />
    </Main>
  );
}

export function AuthorizationPage({ locale }: PageProps) {
  const words = documentPagesWords(locale);
  return (
    <Main>
      <LazyAuthorizationPrintView locale={locale} words={words.printView.authorization} page={words.authorizationPage} />
    </Main>
  );
}
