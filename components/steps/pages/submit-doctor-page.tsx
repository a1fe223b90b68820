import type { Locale } from "@/lib/i18n/locales";
import { IfAnswer } from "../if-answer";
import { LazyOutOfNetworkRule as OutOfNetworkRule, LazyWhoMayGiveOpinion as WhoMayGiveOpinion } from "../lazy-rules";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function SubmitDoctorPage({ locale }: { locale: Locale }) {
  return (
    <StepPage pageId="submitDoctor" locale={locale}>
      <WhoMayGiveOpinion />
      <QuestionForm
        pageId="submitDoctor"
        words={pageWords("submitDoctor", locale)}
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
