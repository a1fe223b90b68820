import type { ReactNode } from "react";
import { StepIndicator } from "@/components/steps/step-indicator";

export default function RequestLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <StepIndicator />
      {children}
    </>
  );
}
