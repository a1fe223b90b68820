import type { Metadata } from "next";
import { StepPage } from "@/components/steps/step-page";
import { DecisionForm } from "@/components/steps/decision-form";
import { DecisionDeadlines } from "@/components/steps/decision-deadlines";
import { LazyNextSteps } from "@/components/decision/lazy";

export const metadata: Metadata = { title: "Step 4: Await the decision" };

export default function DecisionPage() {
  return (
    // The deadlines depend on the member's answers, so they are shown with the form, once the step is reachable.
    <StepPage stepId="decision">
      <DecisionDeadlines />
      <DecisionForm />
      <LazyNextSteps />
    </StepPage>
  );
}
