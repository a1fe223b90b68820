import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { legalIn } from "@/lib/rules/legal-in";
import { ChosenOffRamp, ContinueWithGeneralRequest } from "./chosen-off-ramp";
import { OffRampDetails } from "./off-ramp-details";

/** Every off-ramp, or the member's own once their answers are read, and the way on with a general request, in a language. */
export function NotCoveredView({ locale = "en" }: { locale?: Locale }) {
  const legal = legalIn(locale);
  const text = wordsIn(locale).stepText.notCovered;
  const offRamps = legal.coverageRules.flatMap((rule) => (rule.scope === "not-covered" ? [{ id: rule.id, offRamp: rule.offRamp }] : []));
  const details = offRamps.map(({ id, offRamp }) => <OffRampDetails key={id} offRamp={offRamp} legal={legal} whereToGo={text.whereToGo} />);
  const single = Object.fromEntries(offRamps.map(({ id }, index) => [id, details[index]]));
  const all = (
    <>
      <p>{text.allIntro}</p>
      {details}
    </>
  );
  return (
    <>
      <ChosenOffRamp single={single} all={all} />
      <ContinueWithGeneralRequest
        offRampIds={offRamps.map(({ id }) => id)}
        withRequest={offRamps.filter(({ offRamp }) => offRamp.generalRequest).map(({ id }) => id)}
        text={{ ...text.continue, generalRequest: legal.generalRequest.text }}
      />
    </>
  );
}
