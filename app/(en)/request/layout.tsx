import type { ReactNode } from "react";
import { NoScriptNotice } from "@/components/no-script-notice";
import { StepIndicator } from "@/components/steps/step-indicator";

export default function RequestLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <NoScriptNotice />
      <StepIndicator />
      {children}
    </>
  );
}
