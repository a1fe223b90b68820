"use client";

import dynamic from "next/dynamic";

// What a step shows from the rules (who may give the opinion, the
// out-of-network rule, the due date) can only show once the rules have
// loaded: its code loads with them, not with the page. So does its words'
// English default, which a Spanish page never shows (nor loads up front).

export const LazyWhoMayGiveOpinion = dynamic(() => import("./submit-rules").then((module) => module.WhoMayGiveOpinion), { ssr: false });
export const LazyOutOfNetworkRule = dynamic(() => import("./submit-rules").then((module) => module.OutOfNetworkRule), { ssr: false });
export const LazySubmitDueDate = dynamic(() => import("./submit-rules").then((module) => module.SubmitDueDate), { ssr: false });
export const LazyDecisionDeadlines = dynamic(() => import("./decision-deadlines").then((module) => module.DecisionDeadlines), { ssr: false });
