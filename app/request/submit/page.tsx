import type { Metadata } from "next";
import { StepPage } from "@/components/steps/step-page";
import { SubmitForm } from "@/components/steps/submit-form";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { reasons } from "@/content/legal/reasons";
import { recordItems } from "@/content/documents/checklist";
import { enclosureIds } from "@/lib/schema/options";

const reasonOptions = reasons.map((reason) => ({ value: reason.id, label: reason.plain }));
const enclosureOptions = enclosureIds.map((id) => ({ value: id, label: recordItems[id].label, hint: recordItems[id].detail }));

export const metadata: Metadata = { title: "Step 3: Submit your request" };

export default function SubmitPage() {
  return (
    <StepPage
      stepId="submit"
      intro={
        <p>
          Tell us why you want a second opinion and what you will send. We use your answers to fill in your request
          letter and records checklist. You can download them on the next pages, and come back here to add the date you
          sent your request.
        </p>
      }
    >
      <SubmitForm reasonOptions={reasonOptions} enclosureOptions={enclosureOptions} documents={<DocumentDownloads headingLevel={3} />} />
    </StepPage>
  );
}
