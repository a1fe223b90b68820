"use client";

import { useRouter } from "next/navigation";
import { useRequestState } from "@/components/request-state/request-provider";
import { canReachPage, firstPageOf, resumeRoute } from "@/lib/flow";
import { routes } from "@/lib/routes";
import { useLocalizedHref } from "@/lib/i18n/use-locale";

type StartFromDenialText = { startIntro: string; startButton: string; continueIntro: string; continueButton: string };

/**
 * Starts the wizard at the right place for a denial: Step 4 when the member's
 * answers already reach it, otherwise the first unfinished step. Either way
 * "Denied" is recorded, so Step 4 opens on it.
 * The words come from the server page (content/next-steps.ts), so they stay
 * out of this client bundle.
 */
export function StartFromDenial({ text }: { text: StartFromDenialText }) {
  const { request, completed, hydrated, updateSection } = useRequestState();
  const router = useRouter();
  const localized = useLocalizedHref();
  const decision = firstPageOf("decision");
  const atDecision = hydrated && canReachPage(decision, request, completed);

  const start = () => {
    updateSection("decision", { outcome: "denied" });
    router.push(localized(routes[atDecision ? decision.route : resumeRoute(request, completed)]));
  };

  return (
    <>
      <p>{atDecision ? text.continueIntro : text.startIntro}</p>
      <div className="button-group">
        <button className="button" type="button" onClick={start} disabled={!hydrated}>
          {atDecision ? text.continueButton : text.startButton}
        </button>
      </div>
    </>
  );
}
