import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { IfAnswer } from "@/components/steps/if-answer";
import { LazyOutOfNetworkRule as OutOfNetworkRule, LazyWhoMayGiveOpinion as WhoMayGiveOpinion } from "@/components/steps/lazy-rules";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitDoctor");

export default function SubmitDoctorPage() {
  return (
    <StepPage pageId="submitDoctor">
      <WhoMayGiveOpinion />
      <QuestionForm
        pageId="submitDoctor"
        words={pageWords("submitDoctor")}
        slots={{
          after: {
            secondDoctorInNetwork: (
              <IfAnswer step="submit" question="secondDoctorInNetwork" is="no">
                <OutOfNetworkRule />
              </IfAnswer>
            ),
          },
        }}
      />
    </StepPage>
  );
}
