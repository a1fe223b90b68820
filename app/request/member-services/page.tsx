import type { Metadata } from "next";
import { StepPage } from "@/components/steps/step-page";
import { MemberServicesForm } from "@/components/steps/member-services-form";
import { memberServicesStepText } from "@/content/steps";
import { CallScriptOpening } from "@/components/steps/call-script-opening";

export const metadata: Metadata = { title: "Step 2: Contact member services" };

export default function MemberServicesPage() {
  const text = memberServicesStepText;
  return (
    <StepPage
      stepId="memberServices"
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
        </>
      }
    >
      <MemberServicesForm />
    </StepPage>
  );
}
