"use client";

import { IntentLink } from "@/components/intent-link";
import { printViewText } from "@/content/documents/page";
import { regulatorFormText } from "@/content/documents/regulator-form";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { buildRegulatorForm } from "@/lib/documents/regulator-form/model";
import { offersRegulatorForm } from "@/lib/documents/regulator-form/offered";
import { routes } from "@/lib/routes";
import { deriveNextSteps } from "@/lib/next-steps";
import { PrintToolbar } from "./print-toolbar";
import { RegulatorFormView } from "./regulator-form-view";
import { useDocumentInput } from "./use-document-input";

/** /request/documents/regulator-form: the answers for the regulator's form, ready to print. */
export function RegulatorFormPrintView() {
  const input = useDocumentInput();
  const { request } = useRequestState();
  const rules = useRules();
  const text = regulatorFormText.printView;
  const steps = rules ? deriveNextSteps(request, rules, new Date()).steps : undefined;
  // Off-ramped coverage: the page itself says it does not apply (the model's words), with no notice about Step 4.
  const notYet = steps !== undefined && steps.kind !== "off-ramp" && !offersRegulatorForm(steps);
  return (
    <>
      <PrintToolbar
        title={regulatorFormText.title}
        intro={text.intro}
        printLabel={text.print}
        ready={input !== null}
        back={{ href: routes.nextSteps, label: text.back }}
      />
      {notYet && (
        <div className="notice notice--warning">
          <p>{text.notYet}</p>
          <p>
            <IntentLink href={routes.decision}>{text.recordOutcome}</IntentLink>
          </p>
        </div>
      )}
      {input ? <RegulatorFormView form={buildRegulatorForm(input)} /> : <p role="status">{printViewText.loading}</p>}
    </>
  );
}
