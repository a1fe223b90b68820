import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { callWords, pageWords } from "@/components/steps/page-words";
import { CallScriptOpening } from "@/components/steps/call-script-opening";
import { MemberServicesNumber } from "@/components/steps/member-services-number";
import { memberServicesStepText } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("memberServices");

export default function MemberServicesPage() {
  const text = memberServicesStepText;
  return (
    <StepPage
      pageId="member-services"
      intro={
        <>
          <p>{text.why}</p>
          <h2 className="heading-m">{text.scriptHeading}</h2>
          <ol className="list">
            <li>
              <CallScriptOpening {...text.scriptOpening} />
            </li>
            {text.script.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <p className="inset">{text.tip}</p>
        </>
      }
    >
      <QuestionForm
        pageId="member-services"
        words={pageWords("member-services")}
        callWords={callWords}
        slots={{ before: { contacted: <MemberServicesNumber label={text.yourNumber} /> } }}
      />
    </StepPage>
  );
}
