import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { doctorStepText } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("doctor");

export default function DoctorPage() {
  return (
    <StepPage
      pageId="doctor"
      intro={
        <>
          {doctorStepText.why.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <section>
            <h2 className="heading-m">{doctorStepText.questionsHeading}</h2>
            <ul className="list">
              {doctorStepText.questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </section>
        </>
      }
    >
      <QuestionForm pageId="doctor" words={pageWords("doctor")} />
    </StepPage>
  );
}
