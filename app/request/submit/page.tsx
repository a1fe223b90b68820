import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { IfAnswer } from "@/components/steps/if-answer";
import { LazyOutOfNetworkRule as OutOfNetworkRule, LazySubmitDueDate as SubmitDueDate, LazyWhoMayGiveOpinion as WhoMayGiveOpinion } from "@/components/steps/lazy-rules";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { submitStepText as text } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submit");

export default function SubmitPage() {
  return (
    <StepPage pageId="submit" intro={<p>{text.intro}</p>}>
      <QuestionForm
        pageId="submit"
        words={pageWords("submit")}
        slots={{
          before: {
            secondDoctorName: (
              <>
                <h2 className="heading-m">{text.doctorHeading}</h2>
                <WhoMayGiveOpinion />
              </>
            ),
            enclosures: <h2 className="heading-m">{text.recordsHeading}</h2>,
            sentMethod: <h2 className="heading-m">{text.sendingHeading}</h2>,
          },
          after: {
            urgent: (
              <IfAnswer step="submit" question="urgent" is="yes">
                <p>{text.urgentYes}</p>
                <p className="notice notice--warning">{text.emergency}</p>
              </IfAnswer>
            ),
            secondDoctorInNetwork: (
              <IfAnswer step="submit" question="secondDoctorInNetwork" is="no">
                <OutOfNetworkRule />
              </IfAnswer>
            ),
            enclosures: (
              <>
                <h2 className="heading-m">{text.documentsHeading}</h2>
                <p>{text.documentsIntro}</p>
                <DocumentDownloads headingLevel={3} />
              </>
            ),
            timeReceived: <SubmitDueDate title={text.dueHeading} />,
          },
        }}
      />
    </StepPage>
  );
}
