"use client";

import dynamic from "next/dynamic";

// Step 4's next steps and overdue banner read the rules, the legal content and
// the contacts: loaded with import() once the page shows (they need the saved
// answers anyway), so none of it is in the page's first-load JavaScript.

export const LazyNextSteps = dynamic(() => import("./next-steps").then((module) => module.NextSteps), { ssr: false });

export const LazyOverdueBanner = dynamic(() => import("./overdue-banner").then((module) => module.OverdueBanner), { ssr: false });

export const LazyDenialNoticeContents = dynamic(
  () => import("./denial-notice-contents").then((module) => module.DenialNoticeContents),
  { ssr: false },
);
