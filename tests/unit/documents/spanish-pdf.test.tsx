// The documents in Spanish: every Spanish character drawn (Helvetica's
// Windows-1252 set has them all), the member's answers exactly as typed, the
// law cited in Spanish, and the print view drawing the same words.
import { describe, expect, it } from "vitest";
import { recordItems as spanishRecordItems } from "@/content/es/documents/checklist";
import { grievanceText as spanishGrievance } from "@/content/es/documents/grievance";
import { letterText as spanishLetter } from "@/content/es/documents/letter";
import { checklistDocument } from "@/lib/documents/checklist";
import { buildChecklist } from "@/lib/documents/checklist/model";
import { grievanceDocument } from "@/lib/documents/grievance";
import { buildGrievanceLetter } from "@/lib/documents/grievance/model";
import { english } from "@/lib/documents/language/en";
import { spanish } from "@/lib/documents/language/es";
import { letterDocument } from "@/lib/documents/letter";
import { buildLetter, type LetterModel } from "@/lib/documents/letter/model";
import { pdfFileName } from "@/lib/documents/render-in-browser";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { hmoUrgentRequest, input } from "./fixtures";
import { canonical, renderAndParse, squash } from "./pdf-helpers";

/** Every Spanish letter and sign the issue names, lower and upper case. */
const SPANISH_CHARACTERS = ["á", "é", "í", "ó", "ú", "ñ", "ü", "¿", "¡", "Á", "É", "Í", "Ó", "Ú", "Ñ", "Ü"];

/** A Spanish-speaking member: the HMO urgent request, typed in Spanish with every accent and sign. */
function spanishMember(): SecondOpinionRequest {
  const request = hmoUrgentRequest();
  request.plan.regulator = "dmhc";
  request.aboutYou = { ...request.aboutYou, fullName: "María Ñúñez Güemes", address: "Calle Peñasco 12, Depto. Ú\nFresno, CA 93721", helperRelationship: "hija" };
  request.doctor = {
    ...request.doctor,
    condition: "Estenosis espinal grave en L4–L5 con debilidad en la pierna: ¿es la única opción?",
    recommendedTreatment: "Cirugía de fusión espinal lumbar (L4–L5)",
    specialty: "Cirugía ortopédica",
  };
  request.submit = {
    ...request.submit,
    otherReason: "¡La debilidad empeoró en dos semanas! Necesito una decisión antes de perder más función; mi cigüeña ÁÉÍÓÚÜ.",
    outOfNetworkReason: "Ningún cirujano de columna en mi grupo médico trata esta condición sin fusión.",
  };
  request.decision = { ...request.decision, outcome: "denied", denialDate: { month: "11", day: "25", year: "2026" }, denialReason: "No es médicamente necesario según ellos" };
  return request;
}

/** What the member typed that a letter prints. */
const typedAnswers = (request: SecondOpinionRequest) => [
  request.aboutYou.fullName,
  "Calle Peñasco 12, Depto. Ú",
  request.doctor.condition,
  request.doctor.recommendedTreatment,
  request.submit.otherReason,
  request.submit.outOfNetworkReason,
];

/** The words of a letter's body, as the print view (LetterView) shows them. */
const bodyTexts = (letter: LetterModel) =>
  letter.body.flatMap((block) =>
    block.kind === "heading" || block.kind === "paragraph" ? [block.text] : block.kind === "list" ? block.items : block.items.map((item) => `${item.label}: ${item.value}`),
  );

describe("the Spanish request letter PDF", () => {
  it("draws every Spanish character, keeps the typed answers as typed, cites the law in Spanish", async () => {
    const request = spanishMember();
    const documentInput = input(request);
    const pdf = await renderAndParse(letterDocument(documentInput, spanish));
    const { text } = pdf;

    for (const character of SPANISH_CHARACTERS) expect(text).toContain(character);
    expect(text).not.toContain("?".repeat(2));
    for (const answer of typedAnswers(request)) expect(canonical(text)).toContain(canonical(answer!));
    expect(text).toContain("Código de Salud y Seguridad de California §1383.15");
    expect(text).toContain(spanishLetter.urgentHeading);
    expect(text).toContain(spanishLetter.salutation);
    expect(text).toContain("Atentamente,");
    expect(text).toMatch(/Página 1 de \d/);
    expect(text).not.toMatch(/Page \d of|Dear Member Services|Sincerely/);
    expect(pdf.info.Title).toBe("Solicitud de una segunda opinión médica: María Ñúñez Güemes");
    expect(pdf.bytes.toString("latin1")).toContain("/Lang (es-US)");

    // The print view draws the same model: every line of its body is in the PDF.
    for (const line of bodyTexts(buildLetter(documentInput, spanish))) expect(canonical(text)).toContain(canonical(line));
  });

  it("the same answers in English: the English letter, with the member's Spanish answers unchanged", async () => {
    const request = spanishMember();
    const { text } = await renderAndParse(letterDocument(input(request), english));
    expect(text).toContain("Dear Member Services:");
    expect(text).toContain("California Health and Safety Code §1383.15");
    expect(text).not.toContain(spanishLetter.salutation);
    for (const answer of typedAnswers(request)) expect(canonical(text)).toContain(canonical(answer!));
  });

  it("has a Spanish file name (ASCII only); the English one is unchanged", () => {
    const documentInput = input(spanishMember());
    expect(pdfFileName("letter", documentInput, spanish)).toBe("segunda-opinion-solicitud-guemes-2026-11-26.pdf");
    expect(pdfFileName("grievance", documentInput, spanish)).toBe("segunda-opinion-queja-formal-guemes-2026-11-26.pdf");
    expect(pdfFileName("checklist", documentInput, spanish)).toBe("segunda-opinion-lista-guemes-2026-11-26.pdf");
    expect(pdfFileName("letter", documentInput, english)).toBe("second-opinion-request-guemes-2026-11-26.pdf");
  });
});

describe("the Spanish records checklist PDF", () => {
  it("is in Spanish, carries the member's details as typed and the Spanish due date", async () => {
    const request = spanishMember();
    const documentInput = input(request);
    const pdf = await renderAndParse(checklistDocument(documentInput, spanish));
    const { text } = pdf;
    const model = buildChecklist(documentInput, spanish);
    expect(text).toContain(squash(model.title));
    for (const row of model.rows) expect(canonical(text)).toContain(canonical(row.label));
    expect(canonical(text)).toContain(canonical(spanishRecordItems["insurance-card"].label));
    expect(text).toContain("María Ñúñez Güemes");
    expect(text).toContain("GSC-448812-07");
    // The due date in Spanish words ("… de noviembre de 2026" or "diciembre").
    expect(model.due?.value).toMatch(/ de (noviembre|diciembre) de 2026/);
    expect(canonical(text)).toContain(canonical(model.due!.value!));
    for (const character of ["á", "é", "í", "ó", "ú", "ñ", "ü", "Ñ"]) expect(text).toContain(character);
    expect(pdf.bytes.toString("latin1")).toContain("/Lang (es-US)");
    expect(text).toMatch(/Página 1 de \d/);
  });

  it("the blank checklist in Spanish has blanks and no answers", async () => {
    const { text } = await renderAndParse(checklistDocument(null, spanish));
    expect(text).toContain("Lista de expedientes médicos");
    expect(text).not.toContain("GSC-448812-07");
  });
});

describe("the Spanish grievance letter PDF", () => {
  it("is in Spanish with the Spanish citations and clock, the member's answers unchanged", async () => {
    const request = spanishMember();
    const documentInput = input(request);
    const pdf = await renderAndParse(grievanceDocument(documentInput, spanish));
    const { text } = pdf;
    expect(text).toContain(spanishGrievance.salutation);
    expect(text).toContain("Código de Salud y Seguridad de California §1383.15");
    expect(text).not.toMatch(/California Health and Safety Code|calendar days|Sincerely/);
    expect(text).toContain("No es médicamente necesario según ellos");
    for (const answer of typedAnswers(request).slice(0, 5)) expect(canonical(text)).toContain(canonical(answer!));
    for (const character of SPANISH_CHARACTERS) expect(text).toContain(character);
    for (const line of bodyTexts(buildGrievanceLetter(documentInput, spanish))) expect(canonical(text)).toContain(canonical(line));
    expect(pdf.bytes.toString("latin1")).toContain("/Lang (es-US)");
  });
});
