import type { Metadata } from "next";
import { StepPage } from "@/components/steps/step-page";
import { PlanForm } from "@/components/steps/plan-form";

export const metadata: Metadata = { title: "Your plan" };

export default function PlanPage() {
  return (
    <StepPage stepId="plan" intro={<p>Have your insurance card with you. We use these details in your request letter.</p>}>
      <PlanForm />
    </StepPage>
  );
}
