"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";

// The print views read the saved answers, the rules and the legal wording:
// loaded with import() once the page shows (they need the saved answers
// anyway), keeping each page within its first-load budget. Without JavaScript
// the loading line is hidden (globals.css) and the no-script notice says why.
function printView(load: () => Promise<ComponentType>, loadingText: string) {
  return dynamic(load, {
    ssr: false,
    loading: () => (
      <p className="body needs-script" role="status">
        {loadingText}
      </p>
    ),
  });
}

export const LazyLetterPrintView = printView(() => import("./letter-print-view").then((module) => module.LetterPrintView), "Loading your letter…");
export const LazyGrievancePrintView = printView(() => import("./grievance-print-view").then((module) => module.GrievancePrintView), "Loading your grievance letter…");
export const LazyTimelinePrintView = printView(() => import("./timeline-print-view").then((module) => module.TimelinePrintView), "Loading your dates…");
export const LazyRegulatorFormPrintView = printView(() => import("./regulator-form-print-view").then((module) => module.RegulatorFormPrintView), "Loading your answers…");
export const LazyAuthorizationPrintView = printView(() => import("./authorization-print-view").then((module) => module.AuthorizationPrintView), "Loading your letter…");
