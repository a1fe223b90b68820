"use client";

import dynamic from "next/dynamic";
import { createContext, useContext, type ComponentType } from "react";
import type { PrintViewWords } from "./print-view-words";

// The print views read the saved answers, the rules and the legal wording:
// loaded with import() once the page shows (they need the saved answers
// anyway), keeping each page within its first-load budget. Without JavaScript
// the loading line is hidden (globals.css) and the no-script notice says why.
// The loading line is in the page's language: the page's words reach it
// through this context (next/dynamic's loading component takes no props).
const LoadingText = createContext("");

function Loading() {
  const text = useContext(LoadingText);
  return (
    <p className="body needs-script" role="status">
      {text}
    </p>
  );
}

function printView<P extends { words: PrintViewWords }>(load: () => Promise<ComponentType<P>>) {
  const View = dynamic(load, { ssr: false, loading: Loading });
  function LazyView(props: P) {
    return (
      <LoadingText.Provider value={props.words.loading}>
        <View {...props} />
      </LoadingText.Provider>
    );
  }
  return LazyView;
}

export const LazyLetterPrintView = printView(() => import("./letter-print-view").then((module) => module.LetterPrintView));
export const LazyGrievancePrintView = printView(() => import("./grievance-print-view").then((module) => module.GrievancePrintView));
export const LazyTimelinePrintView = printView(() => import("./timeline-print-view").then((module) => module.TimelinePrintView));
export const LazyRegulatorFormPrintView = printView(() => import("./regulator-form-print-view").then((module) => module.RegulatorFormPrintView));
export const LazyAuthorizationPrintView = printView(() => import("./authorization-print-view").then((module) => module.AuthorizationPrintView));
