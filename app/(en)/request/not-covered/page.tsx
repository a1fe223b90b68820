import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { LastReviewed } from "@/components/rules/last-reviewed";
import { routes } from "@/lib/routes";
import { NotCoveredView } from "./not-covered-view";

export const metadata: Metadata = { title: "California’s second-opinion law does not apply" };

/** The off-ramp: state law does not reach this coverage; where to go instead; or go on with a general request. */
export default function NotCoveredPage() {
  return (
    <>
      <IntentLink className="back-link" href={routes.coverage}>
        Back
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <span className="caption">Before you start</span>
        <h1 className="heading-l">California’s second-opinion law does not apply to your coverage</h1>
        <NotCoveredView />
        <LastReviewed />
      </main>
    </>
  );
}
