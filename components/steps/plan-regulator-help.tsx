"use client";

import { IntentLink } from "@/components/intent-link";
import { useRequestState } from "@/components/request-state/request-provider";
import { routes } from "@/lib/routes";

type Words = { notSure: { hmo: string; other: string; link: string }; hmoWithCdi: string };

/** Under "Who regulates your plan?": what "not sure" leads to, and a word when an HMO is said to be a CDI policy. */
export function PlanRegulatorHelp({ words }: { words: Words }) {
  const { planType, regulator } = useRequestState().request.plan;
  if (regulator === "not-sure") {
    return (
      <p>
        {planType === "hmo" ? words.notSure.hmo : words.notSure.other} <IntentLink href={routes.regulatorFinder}>{words.notSure.link}</IntentLink>
      </p>
    );
  }
  if (planType === "hmo" && regulator === "cdi") {
    return (
      <p className="notice" role="status">
        {words.hmoWithCdi}
      </p>
    );
  }
  return null;
}
