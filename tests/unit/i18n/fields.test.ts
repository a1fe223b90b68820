import { describe, expect, it } from "vitest";
import { fieldText } from "@/content/fields";
import { fieldText as spanish } from "@/content/es/fields";
import { recordItems } from "@/content/es/documents/checklist";
import { reasons } from "@/content/es/legal/reasons";
import { numbersIn } from "./expect-translated";
import { dateMessagePaths, expectTranslatedApart } from "./words-under-data-keys";

const SAME_IN_BOTH = [
  // Plan types: the acronyms printed on the card and said on the phone.
  "HMO",
  "PPO",
  "EPO",
  "POS",
  // A program's name.
  "Covered California",
  // "No" is the same word in Spanish.
  "No",
];

describe("every question's words, in Spanish", () => {
  it("translates every label, hint, option and message, and keeps their numbers", () => {
    expectTranslatedApart(fieldText, spanish, [["plan", "regulator"], ...dateMessagePaths(fieldText)], { sameInBoth: SAME_IN_BOTH });
  });

  it("words the date messages the GOV.UK way, with the English example's numbers", () => {
    const sent = spanish.submit.dateSent.messages;
    expect(sent?.required).toBe("Escriba la fecha en que envió su solicitud, por ejemplo 12 17 2026");
    expect(sent?.["date-incomplete"]).toEqual({
      month: "La fecha en que envió su solicitud debe incluir un mes",
      day: "La fecha en que envió su solicitud debe incluir un día",
      year: "La fecha en que envió su solicitud debe incluir un año",
      "month,day": "La fecha en que envió su solicitud debe incluir un mes y un día",
      "month,year": "La fecha en que envió su solicitud debe incluir un mes y un año",
      "day,year": "La fecha en que envió su solicitud debe incluir un día y un año",
    });
    expect(sent?.["date-year"]).toBe("El año debe tener 4 números, por ejemplo 2026");
    expect(sent?.["date-not-real"]).toBe("La fecha en que envió su solicitud debe ser una fecha real, por ejemplo 12 17 2026");
    expect(sent?.["date-future"]).toBe("La fecha en que envió su solicitud debe ser hoy o una fecha pasada");
    const birth = spanish.aboutYou.dateOfBirth.messages;
    expect(birth?.["date-incomplete"]?.["month,year"]).toBe("La fecha de nacimiento debe incluir un mes y un año");
    expect(birth?.["date-future"]).toBe("La fecha de nacimiento debe ser una fecha pasada");
  });

  it("says how long a typed answer may be, with the same limits", () => {
    expect(spanish.plan.planName.messages["too-long"]).toBe("El nombre del plan debe tener 5,000 caracteres o menos");
    expect(spanish.plan.memberId.messages["too-long"]).toBe("El número de identificación de miembro debe tener 40 caracteres o menos");
    expect(numbersIn(spanish.plan.groupNumber.messages["too-long"] ?? "")).toEqual(numbersIn(fieldText.plan.groupNumber.messages["too-long"] ?? ""));
  });

  it("takes the reasons and the records from their Spanish twins", () => {
    for (const reason of reasons) expect(spanish.submit.reasons.options[reason.id].label).toBe(reason.plain);
    for (const [id, item] of Object.entries(recordItems)) {
      expect(spanish.submit.enclosures.options[id as keyof typeof recordItems]).toEqual({ label: item.label, hint: item.detail });
    }
  });

  it("keeps each option's id, so an answer saved in one language reads in the other", () => {
    expect(Object.keys(spanish.coverage.source.options)).toEqual(Object.keys(fieldText.coverage.source.options));
    expect(Object.keys(spanish.submit.reasons.options)).toEqual(Object.keys(fieldText.submit.reasons.options));
    expect(Object.keys(spanish.submit.enclosures.options)).toEqual(Object.keys(fieldText.submit.enclosures.options));
  });
});
