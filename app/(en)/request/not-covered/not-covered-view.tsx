import { coverageRules, generalRequest } from "@/content/legal/coverage";
import { notCoveredText } from "@/content/steps";
import { ChosenOffRamp, ContinueWithGeneralRequest } from "./chosen-off-ramp";
import { OffRampDetails } from "./off-ramp-details";

const offRamps = coverageRules.flatMap((rule) => (rule.scope === "not-covered" ? [{ id: rule.id, offRamp: rule.offRamp }] : []));

export function NotCoveredView() {
  const details = offRamps.map(({ id, offRamp }) => <OffRampDetails key={id} offRamp={offRamp} />);
  const single = Object.fromEntries(offRamps.map(({ id }, index) => [id, details[index]]));
  const all = (
    <>
      <p>{notCoveredText.allIntro}</p>
      {details}
    </>
  );
  return (
    <>
      <ChosenOffRamp single={single} all={all} />
      <ContinueWithGeneralRequest
        offRampIds={offRamps.map(({ id }) => id)}
        withRequest={offRamps.filter(({ offRamp }) => offRamp.generalRequest).map(({ id }) => id)}
        text={{ ...notCoveredText.continue, generalRequest: generalRequest.text }}
      />
    </>
  );
}
