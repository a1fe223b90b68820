import { pageTitles } from "@/content/es/steps";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { localePath } from "@/lib/i18n/locales";
import { routes, type RouteKey } from "@/lib/routes";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { expectAccessible } from "./support/accessibility";
import { saveBeforeFirstPage, savedText, savedTextFor } from "./support/saved-answers";
import { test, expect } from "./support/test";

// The information pages, each opened on its own (the wizard's pages are walked in spanish-journey.spec.ts).
const spanishHeadings = {
  start: "Pida a su plan de salud que cubra una segunda opinión",
  rights: "Sus derechos a una segunda opinión en California",
  ifDenied: "Si le negaron su solicitud",
  about: "Acerca de y privacidad",
  regulatorFinder: "¿Quién regula mi plan?",
  blankChecklist: "Lista de expedientes médicos en blanco",
} as const;

for (const route of Object.keys(spanishHeadings) as (keyof typeof spanishHeadings)[]) {
  const english = routes[route];
  const spanish = english === "/" ? "/es" : `/es${english}`;

  test(`${spanish} is in Spanish, with lang="es", its English twin linked both ways, and passes axe`, async ({ page }) => {
    await page.goto(spanish);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanishHeadings[route]);
    await expect(page.getByRole("main")).not.toContainText(/\b(the|your|you|and)\b/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`${english === "/" ? "/" : english}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", new RegExp(`${spanish}$`));
    // Added to a phone's home screen from here, the app is named in Spanish and opens at /es.
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.es.webmanifest");
    await expectAccessible(page);

    const toEnglish = page.getByRole("link", { name: "English" });
    await expect(toEnglish).toHaveAttribute("lang", "en");
    await toEnglish.click();
    await expect(page).toHaveURL(english);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    const toSpanish = page.getByRole("link", { name: "Español" });
    await expect(toSpanish).toHaveAttribute("lang", "es");
    await toSpanish.click();
    await expect(page).toHaveURL(spanish);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanishHeadings[route]);
  });
}

test("switching language keeps the answers: the Spanish About page offers to delete the same saved answers, then deletes them", async ({ page }) => {
  await saveBeforeFirstPage(page, savedTextFor(completeHmoRequest()));
  await page.goto("/about");
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL("/es/about");
  const before = await savedText(page);
  expect(before).toContain("Maria");
  await page.getByRole("main").getByRole("button", { name: "Borrar mis respuestas" }).click();
  await expect(page.getByRole("alertdialog", { name: "¿Borrar todas sus respuestas?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sí, borrar mis respuestas" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sus respuestas se borraron de este dispositivo." })).toBeVisible();
  expect(await savedText(page)).toBeNull();
});

test("dates and the law's names are in Spanish; numbers, sections and phone numbers are unchanged", async ({ page }) => {
  await page.goto("/es/about");
  await expect(page.getByRole("main")).toContainText("Las reglas y los plazos se revisaron por última vez el viernes, 4 de diciembre de 2026.");
  await page.goto("/es/rights");
  const main = page.getByRole("main");
  await expect(main).toContainText("Código de Salud y Seguridad de California §1383.15");
  await expect(main).toContainText("Tercer lunes de enero");
  await expect(main).toContainText("Última revisión: 4 de diciembre de 2026. Información general, no asesoría legal.");
  await expect(main.getByRole("link", { name: "1-888-466-2219" }).first()).toBeVisible();
  await page.goto("/es/if-denied");
  await expect(page.getByRole("heading", { name: "Si se lo negó un plan con licencia del DMHC" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Revisión Médica Independiente (IMR)");
});

test("a wizard page in Spanish links its English twin, which keeps the answers and the place", async ({ page }) => {
  await saveBeforeFirstPage(page, savedTextFor(completeHmoRequest()));
  await page.goto("/es/request/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Su plan" })).toBeVisible();
  await expect(page.getByLabel("Número de identificación de miembro")).toHaveValue(completeHmoRequest().plan.memberId ?? "");
  await expect(page.getByRole("link", { name: "Atrás" })).toHaveAttribute("href", "/es/request/coverage");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL("/request/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Your plan" })).toBeVisible();
  await expect(page.getByLabel("Member ID")).toHaveValue(completeHmoRequest().plan.memberId ?? "");
});

test("an address that matches nothing, under /es or not, answers 404 with a way back in both languages", async ({ page }) => {
  for (const path of ["/no-such-page", "/es/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "No se encontró la página" })).toBeVisible();
    await expectAccessible(page);
  }
  await page.getByRole("link", { name: "Ir a la página de inicio" }).click();
  await expect(page).toHaveURL("/es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

/** A member who answered in Spanish, was denied and filed a grievance: every page has something to show, and nothing they typed is English. */
function spanishDeniedRequest() {
  const request = completeHmoRequest();
  request.plan.planName = "Plan Salud Dorada HMO";
  request.aboutYou.helperRelationship = "Hija";
  Object.assign(request.doctor, { specialty: "Cirugía ortopédica", condition: "Dolor de rodilla después de una caída", recommendedTreatment: "Reemplazo de rodilla" });
  Object.assign(request.memberServices.calls[0] ?? {}, { spokeTo: "Jordán", notes: "Dijeron que mi médico debe enviar primero una referencia." });
  Object.assign(request.submit, {
    otherReason: "Quiero la opinión de un cirujano de otro grupo médico.",
    secondDoctorSpecialty: "Cirugía ortopédica",
    outOfNetworkReason: "No hay cirujanos de rodilla en mi red a menos de 100 millas.",
  });
  (request as { decision: unknown }).decision = {
    outcome: "denied",
    denialDate: datePartsFromIso("2026-12-28"),
    denialReason: "No es médicamente necesario",
    grievanceFiledDate: datePartsFromIso("2027-01-04"),
  };
  return request;
}

test.describe("every Spanish page", () => {
  test.use({ now: new Date("2027-03-01T10:00:00-08:00") });

  test("is in Spanish, with lang=\"es\", its Spanish title, no English sentence, and passes axe", async ({ page }) => {
    test.setTimeout(400_000);
    await saveBeforeFirstPage(page, savedTextFor(spanishDeniedRequest()));
    for (const route of Object.keys(routes) as RouteKey[]) {
      const path = localePath("es", routes[route]);
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", "es");
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      if (route !== "start") expect(await page.title(), path).toContain(pageTitles[route]);
      // The page's own content, once the saved answers are read and any rules have loaded.
      await expect(page.getByText(/Cargando/)).toHaveCount(0);
      await expect(page.getByRole("main"), path).not.toContainText(/\b(the|your|you|and|Step|Loading)\b/);
      await expectAccessible(page);
    }
  });
});
