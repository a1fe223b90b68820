
import { IntentLink } from "@/components/intent-link";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { legalIn } from "@/lib/rules/legal-in";
import { routes } from "@/lib/routes";
import { NotCoveredView } from "./not-covered-view";

/** The off-ramp: state law does not reach this coverage; where to go instead; or go on with a general request. In a language. */
export function NotCoveredPage({ locale }: { locale: Locale }) {
  const { flowWords } = wordsIn(locale).titles;
  return (
    <>
      <IntentLink className="back-link" href={routes.coverage}>
        {flowWords.back}
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <span className="caption">{flowWords.beforeYouStart}</span>
        <h1 className="heading-l">{wordsIn(locale).asidePages.notCovered.heading}</h1>
        <NotCoveredView locale={locale} />
        <LastReviewed text={legalIn(locale).rulesText} />
      </main>
    </>
  );
}
