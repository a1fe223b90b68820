import { expect, test } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { keyboardDriver } from "./support/driver";
import { pdfText } from "./support/pdf";
import {
  answerInSpanishUpToDocuments,
  answerSendingInSpanish,
  arriveAtSpanish,
  continueInSpanish,
  fillSpanishDate,
  spanishCdiPpoMember as member,
  spanishPages,
  startInSpanish,
} from "./support/journey-es";

// The journey, driven by the Spanish labels: a PPO member whose
// insurer the Department of Insurance regulates goes from /es through the four
// steps, downloads the Spanish checklist and the English letter, is denied,
// and reads the grievance steps, CDI's contacts and the dates in Spanish.

test("a CDI-regulated PPO member completes the four steps in Spanish, downloads the Spanish checklist and the English letter, and is denied", async ({ page }) => {
  test.slow();
  await startInSpanish(page);
  await answerInSpanishUpToDocuments(page);

  await arriveAtSpanish(page, spanishPages.documents);
  const main = page.getByRole("main");
  await expect(main).toContainText("Puede enviar la carta en inglés o en español. Si la envía en inglés, guarde la copia en español para saber lo que dice.");

  const [checklistDownload] = await Promise.all([page.waitForEvent("download"), main.getByRole("button", { name: "Descargar la lista (PDF)" }).click()]);
  expect(checklistDownload.suggestedFilename()).toMatch(/^segunda-opinion-.*pena-\d{4}-\d{2}-\d{2}\.pdf$/);
  const checklist = await pdfText(checklistDownload);
  expect(checklist.text).toContain("Lista de expedientes médicos para su solicitud de segunda opinión");
  expect(checklist.text).toContain("Una copia de su tarjeta del seguro");
  expect(checklist.text).toContain(member.fullName);

  const [letterDownload] = await Promise.all([page.waitForEvent("download"), main.getByRole("button", { name: "Descargar la carta en inglés (PDF)" }).click()]);
  expect(letterDownload.suggestedFilename()).toMatch(/^second-opinion-request-pena-\d{4}-\d{2}-\d{2}\.pdf$/);
  const letter = await pdfText(letterDownload);
  expect(letter.text).toContain("Re: Request for a second medical opinion");
  // What the member typed is never translated: in the English letter it is as they wrote it.
  expect(letter.text).toContain(member.fullName);
  expect(letter.text).toContain(member.condition);
  expect(letter.text).toContain(member.memberId);
  await continueInSpanish(page);

  await answerSendingInSpanish(page);

  await arriveAtSpanish(page, spanishPages.decision);
  await page.getByRole("group", { name: "¿Qué ha pasado con su solicitud?" }).getByLabel("Denegada", { exact: true }).check();
  await fillSpanishDate(page, "Fecha de la denegación por escrito", { month: "12", day: "20", year: "2026" });
  await page.getByLabel("La razón que dio el plan (opcional)").fill("No es médicamente necesario");
  await continueInSpanish(page);

  await arriveAtSpanish(page, spanishPages.nextSteps);
  const nextSteps = page.getByRole("main");
  await expect(nextSteps).toContainText("No es médicamente necesario");
  await expect(nextSteps.getByRole("heading", { name: "Le negaron su solicitud: lo que puede hacer" })).toBeVisible();
  // The grievance to a CDI insurer is its internal appeal, with its federal clock, dated in Spanish.
  await expect(nextSteps.getByRole("heading", { name: "Presente una apelación ante su aseguradora" })).toBeVisible();
  await expect(nextSteps).toContainText("Por lo general, su aseguradora debería decidir su apelación alrededor del miércoles, 20 de enero de 2027.");
  await expect(nextSteps).toContainText("(Fuente: Código de Reglamentos Federales, Título 45, §147.136)");
  // CDI, its Independent Medical Review six months from the written denial (Dec 20, 2026), and its contacts only.
  await expect(nextSteps.getByRole("heading", { name: "Llame al Departamento de Seguros de California (CDI)" })).toBeVisible();
  await expect(nextSteps).toContainText("Envíe su Formulario de Revisión Médica Independiente/Queja a más tardar alrededor del domingo, 20 de junio de 2027.");
  await expect(nextSteps.getByRole("heading", { name: "Línea directa para consumidores del CDI" })).toBeVisible();
  await expect(nextSteps.getByRole("link", { name: "1-800-927-4357" })).toBeVisible();
  await expect(nextSteps).not.toContainText("1-888-466-2219");
  // Help in their language, with the Insurance Department's rule.
  await expect(nextSteps.getByRole("heading", { name: "Ayuda en su idioma" })).toBeVisible();
  await expect(nextSteps).toContainText("Su plan debe ofrecerle un intérprete gratis.");
  await expect(nextSteps).toContainText("(Fuente: Código de Reglamentos de California, Título 10, §2538.5)");
  // The grievance letter in either language; a reminder in Spanish.
  await expect(nextSteps.getByRole("button", { name: "Descargar la carta de queja formal (PDF)" })).toBeVisible();
  await expect(nextSteps.getByRole("button", { name: "Descargar la carta de queja formal en inglés (PDF)" })).toBeVisible();
  await expect(nextSteps).toContainText("domingo, 20 de junio de 2027: Segunda opinión: solicite la Revisión Médica Independiente.");
  await expectAccessible(page);
});

test("the whole journey in Spanish can be done with the keyboard alone", async ({ page }) => {
  test.slow();
  const driver = keyboardDriver(page);
  await startInSpanish(page, driver);
  await answerInSpanishUpToDocuments(page, member, driver);
  await arriveAtSpanish(page, spanishPages.documents);
  await continueInSpanish(page, driver);
  await answerSendingInSpanish(page, member, driver);
  await arriveAtSpanish(page, spanishPages.decision);
  await driver.choose(page.getByRole("group", { name: "¿Qué ha pasado con su solicitud?" }), "Todavía no hay decisión, y aún no se ha vencido el plazo");
  await continueInSpanish(page, driver);
  await arriveAtSpanish(page, spanishPages.nextSteps);
  await continueInSpanish(page, driver);
  await expect(page.getByRole("heading", { level: 1, name: spanishPages.review })).toBeVisible();
  await expect(page).toHaveURL("/es/request/review");
  await expect(page.getByRole("main")).toContainText(member.call.reference);
  await expect(page.getByRole("main")).toContainText(member.fullName);
  await expectAccessible(page);
});
