import type { ReactNode } from "react";
import { NoScriptNotice } from "@/components/no-script-notice";
import { noScriptText } from "@/content/no-script";
import { noScriptText as spanishNoScriptText } from "@/content/es/no-script";
import type { Locale } from "@/lib/i18n/locales";
import { StepIndicator } from "./step-indicator";
import { stepIndicatorWords } from "./step-indicator-words";

const noScriptIn = { en: noScriptText, es: spanishNoScriptText } satisfies Record<Locale, unknown>;

/** What every page under /request shares, in its language: the no-JavaScript notice and the step indicator. */
export function RequestFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <>
      <NoScriptNotice text={noScriptIn[locale]} />
      <StepIndicator words={stepIndicatorWords(locale)} />
      {children}
    </>
  );
}
