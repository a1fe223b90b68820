import type { ReactNode } from "react";
import { FormWordsProvider } from "@/components/form/form-words";
import { wordsIn } from "@/content/words";
import { NUMBERED_STEP_COUNT } from "@/lib/flow";
import type { Locale } from "@/lib/i18n/locales";
import { getStep, pages } from "@/lib/steps";
import { BackLink } from "./back-link";
import { StepGuard } from "./step-guard";

/**
 * The frame of every wizard page, in the page's language: back link, caption
 * ("Step 2 of 4"), heading, the page's introduction, and its guarded form.
 * Everything but the form is known on the server and shows at once; the form
 * fills in below it once the saved answers are read, so nothing above it moves.
 */
export function StepPage({ pageId, locale, intro, children }: { pageId: string; locale: Locale; intro?: ReactNode; children: ReactNode }) {
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId}`);
  const { number } = getStep(page.step);
  const words = wordsIn(locale);
  const { flowWords, pageTitles } = words.titles;
  return (
    <>
      <BackLink pageId={pageId} label={flowWords.back} />
      <main id="main-content" className="main" tabIndex={-1}>
        <span className="caption">{number ? flowWords.numbered(number, NUMBERED_STEP_COUNT) : flowWords.beforeYouStart}</span>
        <h1 className="heading-l">{pageTitles[page.route]}</h1>
        {intro}
        <StepGuard pageId={pageId} words={{ loading: flowWords.loading, redirecting: flowWords.redirecting }}>
          <FormWordsProvider words={{ ...words.form, continue: flowWords.continue }}>{children}</FormWordsProvider>
        </StepGuard>
      </main>
    </>
  );
}
