"use client";

import dynamic from "next/dynamic";

// The letter's print view reads the saved answers, the rules and the legal
// wording of the reasons: loaded with import() once the page shows (it needs
// the saved answers anyway), keeping the page within its first-load budget.
export const LazyLetterPrintView = dynamic(() => import("./letter-print-view").then((module) => module.LetterPrintView), {
  ssr: false,
  loading: () => (
    <p className="body needs-script" role="status">
      Loading your letter…
    </p>
  ),
});

// The grievance letter's print view: the same letter layout, loaded the same way.
export const LazyGrievancePrintView = dynamic(
  () => import("./grievance-print-view").then((module) => module.GrievancePrintView),
  {
    ssr: false,
    loading: () => (
      <p className="body needs-script" role="status">
        Loading your grievance letter…
      </p>
    ),
  },
);

// "My case so far": the rules and the saved answers, loaded the same way.
export const LazyTimelinePrintView = dynamic(() => import("./timeline-print-view").then((module) => module.TimelinePrintView), {
  ssr: false,
  loading: () => (
    <p className="body" role="status">
      Loading your dates…
    </p>
  ),
});
// The regulator-form answers' print view, loaded the same way.
export const LazyRegulatorFormPrintView = dynamic(
  () => import("./regulator-form-print-view").then((module) => module.RegulatorFormPrintView),
  {
    ssr: false,
    loading: () => (
      <p className="body" role="status">
        Loading your answers…
      </p>
    ),
  },
);
// The helper's authorization: the letter layout, loaded the same way.
export const LazyAuthorizationPrintView = dynamic(
  () => import("./authorization-print-view").then((module) => module.AuthorizationPrintView),
  {
    ssr: false,
    loading: () => (
      <p className="body" role="status">
        Loading your letter…
      </p>
    ),
  },
);
