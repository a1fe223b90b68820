"use client";

import { IntentLink } from "@/components/intent-link";
import { printViewText } from "@/content/documents/page";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { buildGrievanceLetter } from "@/lib/documents/grievance/model";
import { routes } from "@/lib/routes";
import { deriveNextSteps } from "@/lib/next-steps";
import { LetterView } from "./letter-view";
import { PrintToolbar } from "./print-toolbar";
import { useDocumentInput } from "./use-document-input";

/** /request/documents/grievance: the grievance letter from the saved answers, ready to print. */
export function GrievancePrintView() {
  const input = useDocumentInput();
  const { request } = useRequestState();
  const rules = useRules();
  const text = printViewText.grievance;
  // Step 4 offers this letter exactly when its next steps are the grievance steps.
  const escalated = rules ? ["denied", "no-answer"].includes(deriveNextSteps(request, rules, new Date()).steps.kind) : true;
  return (
    <>
      <PrintToolbar
        title={text.title}
        intro={text.intro}
        printLabel={text.print}
        ready={input !== null}
        back={{ href: routes.nextSteps, label: text.back }}
      />
      {!escalated && (
        <div className="notice notice--warning">
          <p>{text.notRecorded}</p>
          <p>
            <IntentLink href={routes.decision}>{text.recordOutcome}</IntentLink>
          </p>
        </div>
      )}
      {input ? <LetterView letter={buildGrievanceLetter(input)} /> : <p className="needs-script" role="status">{printViewText.loading}</p>}
    </>
  );
}
