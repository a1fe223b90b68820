import type { ReactNode } from "react";
import { flowWords, pageTitles } from "@/content/steps";
import { NUMBERED_STEP_COUNT } from "@/lib/flow";
import { getStep, pages } from "@/lib/steps";
import { BackLink } from "./back-link";
import { StepGuard } from "./step-guard";

/**
 * The frame of every wizard page: back link, caption ("Step 2 of 4"),
 * heading, the page's introduction, and its guarded form. Everything but the
 * form is known on the server and shows at once; the form fills in below it
 * once the saved answers are read, so nothing above it moves.
 */
export function StepPage({ pageId, intro, children }: { pageId: string; intro?: ReactNode; children: ReactNode }) {
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId}`);
  const { number } = getStep(page.step);
  return (
    <>
      <BackLink pageId={pageId} label={flowWords.back} />
      <main id="main-content" className="main" tabIndex={-1}>
        <span className="caption">{number ? flowWords.numbered(number, NUMBERED_STEP_COUNT) : flowWords.beforeYouStart}</span>
        <h1 className="heading-l">{pageTitles[page.route]}</h1>
        {intro}
        <StepGuard pageId={pageId} words={{ loading: flowWords.loading, redirecting: flowWords.redirecting }}>
          {children}
        </StepGuard>
      </main>
    </>
  );
}
