import { SaveAnswersButton } from "@/components/answers-file/save-answers-button";
import { IntentLink } from "@/components/intent-link";
import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { reviewSectionTitles, reviewWords } from "@/lib/review/review-words";
import { routes } from "@/lib/routes";
import { CheckAnswers } from "../check-answers";
import { StepGuard } from "../step-guard";

export function ReviewPage({ locale }: { locale: Locale }) {
  const words = wordsIn(locale);
  const { flowWords, pageTitles } = words.titles;
  const text = words.stepText.review;
  const answersFileText = words.answersFile;
  return (
    <>
      <IntentLink className="back-link" href={routes.nextSteps}>
        {flowWords.back}
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <h1 className="heading-l">{pageTitles.review}</h1>
        <p>{text.intro}</p>
        <StepGuard pageId="review" words={{ loading: flowWords.loading, redirecting: flowWords.redirecting }}>
          <CheckAnswers words={reviewWords(locale)} text={{ notAnswered: text.notAnswered, change: text.change, sections: reviewSectionTitles(locale) }} />
          <h2 className="heading-m">{text.documentsHeading}</h2>
          <p>
            <IntentLink href={routes.documents}>{text.documentsLink}</IntentLink>
          </p>
          <h2 className="heading-m">{answersFileText.heading}</h2>
          <p>{answersFileText.intro}</p>
          <SaveAnswersButton words={{ ...answersFileText.save, warning: answersFileText.warning }} />
        </StepGuard>
      </main>
    </>
  );
}
