import { wordsIn } from "@/content/words";
import { LanguageHelp } from "@/components/language-help/language-help";
import { languageHelpIn } from "@/lib/language-help/in";
import type { Locale } from "@/lib/i18n/locales";
import { CallScriptOpening } from "../call-script-opening";
import { MemberServicesNumber } from "../member-services-number";
import { callWords, pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function MemberServicesPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.memberServices;
  return (
    <StepPage
      pageId="member-services"
      locale={locale}
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
          <LanguageHelp view={languageHelpIn(locale)} />
        </>
      }
    >
      <QuestionForm
        pageId="member-services"
        words={pageWords("member-services", locale)}
        callWords={callWords(locale)}
        slots={{ before: { contacted: <MemberServicesNumber label={text.yourNumber} /> } }}
      />
    </StepPage>
  );
}
