// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as englishLegal from "@/content/legal";
import * as spanishLegal from "@/content/es/legal";
import { asidePagesText } from "@/content/aside-pages";
import { asidePagesText as spanishAsidePagesText } from "@/content/es/aside-pages";
import { dueDatesText } from "@/content/due-dates";
import { nextStepsText } from "@/content/next-steps";
import { rulesNotes } from "@/content/rules-notes";
import * as englishSteps from "@/content/steps";
import * as spanishSteps from "@/content/es/steps";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest, FIXTURE_NOW } from "../../support/requests.mjs";

// The rules' pages and panels on Spanish pages: Spanish words only.

const state = vi.hoisted(() => ({ request: undefined as unknown as SecondOpinionRequest, hydrated: true, pathname: "/es/request/decision" }));

vi.mock("@/components/request-state/request-provider", () => ({
  useRequestState: () => ({ request: state.request, hydrated: state.hydrated, updateSection: vi.fn(), reportLoadFailure: vi.fn() }),
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }), usePathname: () => state.pathname }));

const { RegulatorFinderPage } = await import("@/components/regulator-finder/regulator-finder-page");
const { NotCoveredPage } = await import("@/components/not-covered/not-covered-page");
const { DecisionDeadlines } = await import("@/components/steps/decision-deadlines");
const { DenialNoticeContents } = await import("@/components/decision/denial-notice-contents");
const { OverdueBanner } = await import("@/components/decision/overdue-banner");
const { SubmitDueDate, WhoMayGiveOpinion } = await import("@/components/steps/submit-rules");

/** Every English sentence (four words or more) of these modules that the Spanish ones do not share. */
function sentencesOf(value: unknown): string[] {
  if (typeof value === "string") return value.split(" ").length >= 4 ? [value] : [];
  if (typeof value === "function") {
    try {
      return sentencesOf(value("…"));
    } catch {
      return []; // a look-up (getSource), not words
    }
  }
  if (Array.isArray(value)) return value.flatMap(sentencesOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(sentencesOf);
  return [];
}
const spanishSentences = new Set(sentencesOf([spanishLegal, spanishSteps, spanishAsidePagesText]));
const englishSentences = sentencesOf([englishLegal, englishSteps, asidePagesText, dueDatesText, nextStepsText, rulesNotes])
  .flatMap((sentence) => sentence.split("…"))
  .map((part) => part.trim())
  .filter((part) => part.split(" ").length >= 4 && !spanishSentences.has(part));

const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");
const englishIn = (page: string) => englishSentences.filter((sentence) => page.includes(sentence));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(FIXTURE_NOW);
  state.request = completeHmoRequest() as SecondOpinionRequest;
  state.hydrated = true;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("/es/request/regulator", () => {
  const page = text(renderToStaticMarkup(<RegulatorFinderPage locale="es" />));
  it("is in Spanish, with Spanish sources and the way back in Spanish", () => {
    expect(page).toContain("¿Quién regula mi plan?");
    expect(page).toContain("Revise sus documentos");
    expect(page).toContain("Fuente");
    expect(englishIn(page)).toEqual([]);
    // The check finds English where there is some.
    expect(englishIn(text(renderToStaticMarkup(<RegulatorFinderPage locale="en" />))).length).toBeGreaterThan(3);
    expect(renderToStaticMarkup(<RegulatorFinderPage locale="es" />)).toContain('href="/es/request/plan#plan-regulator"');
  });
});

describe("/es/request/not-covered", () => {
  it("lists the off-ramps in Spanish before the answers load", () => {
    state.hydrated = false;
    const page = text(renderToStaticMarkup(<NotCoveredPage locale="es" />));
    expect(page).toContain(spanishAsidePagesText.notCovered.heading);
    expect(page).toContain(spanishSteps.notCoveredText.allIntro);
    expect(englishIn(page)).toEqual([]);
  });

  it("shows the member's own off-ramp in Spanish", () => {
    state.request.coverage.source = "medicare-advantage";
    const page = text(renderToStaticMarkup(<NotCoveredPage locale="es" />));
    expect(page).toContain(spanishSteps.notCoveredText.continue.button);
    expect(englishIn(page)).toEqual([]);
  });
});

describe("the rules' panels on Spanish pages", () => {
  it("Step 4: the due date and the denial notice's date, in Spanish", async () => {
    const { container } = render(<DecisionDeadlines />);
    await vi.waitFor(() => expect(container.textContent).toContain("lunes, 28 de diciembre de 2026"), { timeout: 5000 });
    expect(screen.getByRole("heading", { level: 2 }).textContent).not.toBe(dueDatesText.heading);
    expect(englishIn(container.textContent ?? "")).toEqual([]);
  });

  it("Step 4, denied: what the letter must say, citing the law in Spanish", async () => {
    state.request.decision = { outcome: "denied", denialDate: datePartsFromIso("2026-12-20") };
    const { container } = render(<DenialNoticeContents />);
    await vi.waitFor(() => expect(container.textContent).toContain("Código de Salud y Seguridad"), { timeout: 5000 });
    expect(englishIn(container.textContent ?? "")).toEqual([]);
  });

  it("Step 4, late plan: the overdue banner in Spanish", async () => {
    vi.setSystemTime(new Date("2027-01-20T18:00:00Z"));
    const { container } = render(<OverdueBanner />);
    await vi.waitFor(() => expect(container.querySelector("[data-testid=overdue-banner]")).not.toBeNull(), { timeout: 5000 });
    expect(container.textContent).toContain("de 2026");
    expect(englishIn(container.textContent ?? "")).toEqual([]);
  });

  it("Step 3: who may give the opinion and the due date, in Spanish", async () => {
    state.pathname = "/es/request/submit/sending";
    const { container } = render(
      <>
        <WhoMayGiveOpinion />
        <SubmitDueDate title="Cuándo debería decidir el plan" />
      </>,
    );
    await vi.waitFor(() => expect(container.textContent).toContain("28 de diciembre de 2026"), { timeout: 5000 });
    expect(englishIn(container.textContent ?? "")).toEqual([]);
    state.pathname = "/es/request/decision";
  });
});
