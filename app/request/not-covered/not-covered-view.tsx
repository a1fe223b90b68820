import { coverageRules, generalRequest } from "@/content/legal/coverage";
import { ChosenOffRamp, ContinueWithGeneralRequest } from "./chosen-off-ramp";
import { OffRampDetails } from "./off-ramp-details";

const offRamps = coverageRules.flatMap((rule) => (rule.scope === "not-covered" ? [{ id: rule.id, offRamp: rule.offRamp }] : []));

export function NotCoveredView() {
  const single = Object.fromEntries(offRamps.map(({ id, offRamp }) => [id, <OffRampDetails key={id} offRamp={offRamp} headingLevel={2} />]));
  const all = (
    <>
      <p>California’s second-opinion law does not cover these kinds of coverage:</p>
      {offRamps.map(({ id, offRamp }) => (
        <OffRampDetails key={id} offRamp={offRamp} headingLevel={3} />
      ))}
    </>
  );
  return (
    <>
      <ChosenOffRamp single={single} all={all} />
      <h2 className="heading-m">You can still ask your plan</h2>
      <p>{generalRequest.text}</p>
      <ContinueWithGeneralRequest offRampIds={offRamps.map(({ id }) => id)} />
    </>
  );
}
