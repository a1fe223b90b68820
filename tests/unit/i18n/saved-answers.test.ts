import { describe, expect, it } from "vitest";
import { savedAnswersText } from "@/content/saved-answers";
import { savedAnswersText as spanish } from "@/content/es/saved-answers";
import type { ResetField } from "@/lib/answers/read";
import { expectTranslated, numbersIn } from "./expect-translated";

describe("the messages about saved answers, in Spanish", () => {
  it("translates every message", () => {
    expectTranslated(savedAnswersText, spanish);
  });

  it("names the cleared answers with the Spanish questions and steps", () => {
    const fields: ResetField[] = [
      { section: "plan", field: "memberId" },
      { section: "doctor", field: "*" },
      { section: "submit", field: "dateSent" },
    ];
    const text = spanish.fieldsReset(fields);
    expect(text).toBe(
      "Algunas respuestas guardadas no se pudieron leer y se borraron: “Número de identificación de miembro” en Su plan; todas las respuestas de “Paso 1: Hable con su médico”; “Fecha en que envió su solicitud” en Paso 3: Envíe su solicitud. Por favor, revíselas de nuevo.",
    );
    const englishText = savedAnswersText.fieldsReset(fields);
    expect(text).not.toBe(englishText);
    expect(numbersIn(text)).toEqual(numbersIn(englishText));
    expect(text).not.toMatch(/Member ID|Step|Date you sent/);
  });
});
