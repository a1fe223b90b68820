"use client";

import { IntentLink } from "@/components/intent-link";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { buildRegulatorForm } from "@/lib/documents/regulator-form/model";
import { offersRegulatorForm } from "@/lib/documents/regulator-form/offered";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { deriveNextSteps } from "@/lib/next-steps";
import { PrintToolbar } from "./print-toolbar";
import type { NoticeWords, PrintViewWords } from "./print-view-words";
import { RegulatorFormView } from "./regulator-form-view";
import { useDocumentInput } from "./use-document-input";
import { useDocumentLanguage } from "./use-document-language";

/** /request/documents/regulator-form: the answers for the regulator's form, in the page's language, ready to print. */
export function RegulatorFormPrintView({ locale, words, notice }: { locale: Locale; words: PrintViewWords; notice: NoticeWords }) {
  const input = useDocumentInput();
  const language = useDocumentLanguage(locale);
  const { request } = useRequestState();
  const rules = useRules();
  const steps = rules ? deriveNextSteps(request, rules, new Date()).steps : undefined;
  // Off-ramped coverage: the page itself says it does not apply (the model's words), with no notice about Step 4.
  const notYet = steps !== undefined && steps.kind !== "off-ramp" && !offersRegulatorForm(steps);
  const ready = input !== null && language !== null;
  return (
    <>
      <PrintToolbar words={words} ready={ready} backHref={routes.nextSteps} />
      {notYet && (
        <div className="notice notice--warning">
          <p>{notice.notice}</p>
          <p>
            <IntentLink href={routes.decision}>{notice.recordOutcome}</IntentLink>
          </p>
        </div>
      )}
      {ready ? <RegulatorFormView form={buildRegulatorForm(input, language)} /> : <p role="status">{words.loading}</p>}
    </>
  );
}
