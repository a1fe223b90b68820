"use client";

import { IntentLink } from "@/components/intent-link";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { buildGrievanceLetter } from "@/lib/documents/grievance/model";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { deriveNextSteps } from "@/lib/next-steps";
import { LetterView } from "./letter-view";
import { PrintToolbar } from "./print-toolbar";
import type { NoticeWords, PrintViewWords } from "./print-view-words";
import { useDocumentInput } from "./use-document-input";
import { useDocumentLanguage } from "./use-document-language";

/** /request/documents/grievance: the grievance letter from the saved answers, in the page's language, ready to print. */
export function GrievancePrintView({ locale, words, notice }: { locale: Locale; words: PrintViewWords; notice: NoticeWords }) {
  const input = useDocumentInput();
  const language = useDocumentLanguage(locale);
  const { request } = useRequestState();
  const rules = useRules();
  // Step 4 offers this letter exactly when its next steps are the grievance steps.
  const escalated = rules ? ["denied", "no-answer"].includes(deriveNextSteps(request, rules, new Date()).steps.kind) : true;
  const ready = input !== null && language !== null;
  return (
    <>
      <PrintToolbar words={words} ready={ready} backHref={routes.nextSteps} />
      {!escalated && (
        <div className="notice notice--warning">
          <p>{notice.notice}</p>
          <p>
            <IntentLink href={routes.decision}>{notice.recordOutcome}</IntentLink>
          </p>
        </div>
      )}
      {ready ? <LetterView letter={buildGrievanceLetter(input, language)} /> : <p className="needs-script" role="status">{words.loading}</p>}
    </>
  );
}
