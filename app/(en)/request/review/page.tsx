import { SaveAnswersButton } from "@/components/answers-file/save-answers-button";
import { IntentLink } from "@/components/intent-link";
import { answersFileText } from "@/content/answers-file";
import { CheckAnswers } from "@/components/steps/check-answers";
import { StepGuard } from "@/components/steps/step-guard";
import { flowWords, pageTitles, reviewText } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";
import { reviewSectionTitles, reviewWords } from "@/lib/review/review-words";
import { routes } from "@/lib/routes";

export const metadata = metadataFor("review");

export default function ReviewPage() {
  return (
    <>
      <IntentLink className="back-link" href={routes.nextSteps}>
        {flowWords.back}
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <h1 className="heading-l">{pageTitles.review}</h1>
        <p>{reviewText.intro}</p>
        <StepGuard pageId="review" words={{ loading: flowWords.loading, redirecting: flowWords.redirecting }}>
          <CheckAnswers words={reviewWords()} text={{ notAnswered: reviewText.notAnswered, change: reviewText.change, sections: reviewSectionTitles }} />
          <h2 className="heading-m">{reviewText.documentsHeading}</h2>
          <p>
            <IntentLink href={routes.documents}>{reviewText.documentsLink}</IntentLink>
          </p>
          <h2 className="heading-m">{answersFileText.heading}</h2>
          <p>{answersFileText.intro}</p>
          <SaveAnswersButton words={{ ...answersFileText.save, warning: answersFileText.warning }} />
        </StepGuard>
      </main>
    </>
  );
}
