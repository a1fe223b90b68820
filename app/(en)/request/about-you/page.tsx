import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { aboutYouStepText } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("aboutYou");

export default function AboutYouPage() {
  return (
    <StepPage pageId="about-you" intro={<p>{aboutYouStepText.intro}</p>}>
      <QuestionForm pageId="about-you" words={pageWords("about-you")} />
    </StepPage>
  );
}
