import type { Page } from "@playwright/test";
import { expect } from "./test";
import { expectAccessible } from "./accessibility";
import { pointerDriver, type Driver } from "./driver";
import { cdiPpoMember, fillDate, type Member } from "./journey";

// The journey of journey.ts, driven by the Spanish labels a member reads on
// /es/request/…: each word here is what the Spanish page must show.

type DateAnswer = { month: string; day: string; year: string };

/** Step headings on the Spanish pages. */
export const spanishPages = {
  coverage: "Cómo obtiene su cobertura de salud",
  plan: "Su plan",
  aboutYou: "Sus datos",
  doctor: "Hable con su médico",
  memberServices: "Comuníquese con Servicios para Miembros",
  reasons: "Sus razones para pedir una segunda opinión",
  urgency: "Qué tan urgente es su solicitud",
  secondDoctor: "El médico que quiere para la segunda opinión",
  records: "Expedientes que debe enviar",
  documents: "Su carta y su lista de expedientes",
  sending: "El envío de su solicitud",
  decision: "La decisión de su plan",
  nextSteps: "Qué hacer ahora",
  review: "Revise sus respuestas",
} as const;

/** A PPO member whose insurer the Department of Insurance regulates, answering in Spanish. */
export const spanishCdiPpoMember: Member = {
  ...cdiPpoMember,
  coverage: /el empleador compra el seguro a un plan de salud/,
  regulator: /Departamento de Seguros de California/,
  fullName: "María Elena Ruiz Peña",
  condition: "Cáncer de mama en etapa 2",
  treatment: "Mastectomía y después quimioterapia",
  call: { ...cdiPpoMember.call, spokeTo: "Jordán", notes: "Envíe la solicitud por fax" },
};

export const fillSpanishDate = (page: Page, groupName: string | RegExp, date: DateAnswer, driver: Driver = pointerDriver) =>
  fillDate(page, groupName, date, driver, { month: "Mes", day: "Día", year: "Año" });

export async function continueInSpanish(page: Page, driver: Driver = pointerDriver) {
  await driver.press(page.getByRole("button", { name: "Continuar" }));
}

/** Waits for a Spanish step's form (once the saved answers are read), checks the page is Spanish, and runs axe. */
export async function arriveAtSpanish(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continuar" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveURL(/\/es\/request\//);
  await expect(page.getByRole("main")).not.toContainText(/\b(the|your|you|and|Continue|Step)\b/);
  await expectAccessible(page);
}

export async function startInSpanish(page: Page, driver: Driver = pointerDriver) {
  await page.goto("/es");
  await expectAccessible(page);
  await driver.press(page.getByRole("button", { name: "Empezar ahora" }));
  await expect(page).toHaveURL(/\/es\/request\/coverage$/);
}

/** The questions before the documents: coverage, plan, about you, Steps 1 and 2, and Step 3's first four pages. */
export async function answerInSpanishUpToDocuments(page: Page, member: Member = spanishCdiPpoMember, driver: Driver = pointerDriver) {
  await arriveAtSpanish(page, spanishPages.coverage);
  await driver.choose(page.getByRole("group", { name: "¿Cómo obtiene su cobertura de salud?" }), member.coverage);
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.plan);
  await driver.choose(page.getByRole("group", { name: "¿Qué tipo de plan es?" }), member.planType);
  await driver.choose(page.getByRole("group", { name: "¿Quién regula su plan?" }), member.regulator);
  await driver.fill(page.getByLabel("Nombre del plan"), member.planName);
  await driver.fill(page.getByLabel("Número de identificación de miembro"), member.memberId);
  await driver.fill(page.getByLabel("Número de grupo (opcional)"), member.groupNumber);
  await driver.fill(page.getByLabel("Número de teléfono de Servicios para Miembros"), member.memberServicesPhone);
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.aboutYou);
  await driver.fill(page.getByLabel("Su nombre completo"), member.fullName);
  await fillSpanishDate(page, "Fecha de nacimiento", member.dateOfBirth, driver);
  await driver.fill(page.getByLabel("Su dirección postal"), member.address);
  await driver.fill(page.getByLabel("Su número de teléfono"), member.phone);
  await driver.fill(page.getByLabel("Su correo electrónico (opcional)"), member.email);
  await driver.choose(page.getByRole("group", { name: "¿Alguien le está ayudando con esta solicitud?" }), "No");
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.doctor);
  await driver.fill(page.getByLabel("Nombre del médico tratante"), member.doctorName);
  await driver.fill(page.getByLabel("Su especialidad (opcional)"), "Oncología");
  await driver.fill(page.getByLabel("Su grupo médico o IPA (opcional)"), member.medicalGroup);
  await driver.fill(page.getByLabel("Diagnóstico o afección"), member.condition);
  await driver.fill(page.getByLabel("Tratamiento o cirugía recomendados (opcional)"), member.treatment);
  await driver.choose(page.getByRole("group", { name: "¿Su médico le pedirá al plan la segunda opinión por usted?" }), "Sí, mi médico la pedirá");
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.memberServices);
  await expect(page.getByRole("heading", { name: "Ayuda en su idioma" })).toBeVisible();
  await driver.choose(page.getByRole("group", { name: "¿Ha llamado a Servicios para Miembros sobre su segunda opinión?" }), "Sí");
  await driver.press(page.getByRole("button", { name: "Agregar una llamada" }));
  await fillSpanishDate(page, "Fecha de la llamada", member.call, driver);
  await driver.fill(page.getByLabel("Con quién habló (opcional)"), member.call.spokeTo);
  await driver.fill(page.getByLabel("Número de referencia (opcional)"), member.call.reference);
  await driver.fill(page.getByLabel("Lo que le dijeron (opcional)"), member.call.notes);
  await driver.press(page.getByRole("button", { name: "Guardar la llamada" }));
  await expect(page.getByText(member.call.reference)).toBeVisible();
  await expectAccessible(page);
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.reasons);
  await driver.check(page.getByLabel(/la cirugía que me ofrecieron/));
  await driver.check(page.getByLabel(/podría costarme la vida/));
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.urgency);
  await driver.choose(page.getByRole("group", { name: "¿Es urgente su solicitud?" }), member.urgent ? "Sí" : "No");
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.secondDoctor);
  await continueInSpanish(page, driver);

  await arriveAtSpanish(page, spanishPages.records);
  await driver.check(page.getByLabel("Una copia de su tarjeta del seguro"));
  await driver.check(page.getByLabel("Resultados recientes de laboratorio"));
  await continueInSpanish(page, driver);
}

/** Step 3's last page: how and when the request was sent. */
export async function answerSendingInSpanish(page: Page, member: Member = spanishCdiPpoMember, driver: Driver = pointerDriver) {
  await arriveAtSpanish(page, spanishPages.sending);
  await driver.choose(page.getByRole("group", { name: "¿Cómo envió su solicitud?" }), "Por fax");
  await fillSpanishDate(page, "Fecha en que envió su solicitud", member.dateSent, driver);
  await fillSpanishDate(page, /Fecha en que el plan la recibió/, member.dateReceived, driver);
  await continueInSpanish(page, driver);
}
