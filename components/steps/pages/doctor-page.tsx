import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function DoctorPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.doctor;
  return (
    <StepPage
      pageId="doctor"
      locale={locale}
      intro={
        <>
          {text.why.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <section>
            <h2 className="heading-m">{text.questionsHeading}</h2>
            <ul className="list">
              {text.questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </section>
        </>
      }
    >
      <QuestionForm pageId="doctor" words={pageWords("doctor", locale)} />
    </StepPage>
  );
}
