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
  // NEXT_STEPS_CHECKS
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
