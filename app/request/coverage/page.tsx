import type { Metadata } from "next";
import { StepPage } from "@/components/steps/step-page";
import { CoverageForm } from "@/components/steps/coverage-form";

export const metadata: Metadata = { title: "How you get your health coverage" };

export default function CoveragePage() {
  return (
    <StepPage
      stepId="coverage"
      intro={
        <p>
          California’s second-opinion law covers most health plans, but not all. Your answer tells us which rules apply to
          you.
        </p>
      }
    >
      <CoverageForm />
    </StepPage>
  );
}
