import type { ReactNode } from "react";
import { NoScriptNotice } from "@/components/no-script-notice";
import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { StepIndicator } from "./step-indicator";
import { stepIndicatorWords } from "./step-indicator-words";

/** What every page under /request shares, in its language: the no-JavaScript notice and the step indicator. */
export function RequestFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <>
      <NoScriptNotice text={wordsIn(locale).noScript} />
      <StepIndicator words={stepIndicatorWords(locale)} />
      {children}
    </>
  );
}
