import { describe, expect, it } from "vitest";
import { dueDatesText } from "@/content/due-dates";
import { dueDatesText as spanish } from "@/content/es/due-dates";
import { deadlineText } from "@/content/deadline-text";
import { deadlineText as spanishDeadlines } from "@/content/es/deadline-text";
import { formatLongDate } from "@/lib/dates/format";
import { formatLongDate as formatLongDateEs } from "@/lib/dates/format-es";
import { expectTranslated, numbersIn } from "./expect-translated";

describe("Step 4's due-date panel, in Spanish", () => {
  it("translates every word", () => {
    expectTranslated(dueDatesText, spanish);
  });

  it("tells how a date was counted in Spanish, with the same numbers", () => {
    const englishText = dueDatesText.countedAs(
      deadlineText.explanation.lengthFrom("5 business days", `${deadlineText.countedFrom.received}, ${formatLongDate("2026-12-14")}`),
    );
    const text = spanish.countedAs(
      spanishDeadlines.explanation.lengthFrom("5 días hábiles", `${spanishDeadlines.countedFrom.received}, ${formatLongDateEs("2026-12-14")}`),
    );
    expect(text).toBe("Es decir, 5 días hábiles a partir de la fecha en que el plan recibió su solicitud, lunes, 14 de diciembre de 2026.");
    expect(text).not.toBe(englishText);
    expect(numbersIn(text)).toEqual(numbersIn(englishText));
  });
});
