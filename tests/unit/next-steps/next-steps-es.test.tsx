// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nextStepsText } from "@/content/next-steps";
import { nextStepsText as spanishWords } from "@/content/es/next-steps";
import { languageHelpText } from "@/content/language-help";
import { languageHelpText as spanishLanguageHelp } from "@/content/es/language-help";
import { languageAccess as spanishLanguageAccess } from "@/content/es/legal/language-access";
import { deriveRules } from "@/lib/rules";
import { deriveRules as deriveSpanishRules } from "@/lib/rules/es";
import type { DerivedRules } from "@/lib/rules/types";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { californiaWinter, requestFor, type Entry } from "./request";

// The next steps as a member sees them on the Spanish page: every word in
// Spanish, the rules from lib/rules/es, and nothing from the English words
// module or the English rules.

const state = vi.hoisted(() => ({
  request: undefined as unknown as SecondOpinionRequest,
  rules: undefined as DerivedRules | undefined,
  pathname: "/es/request/decision/next-steps",
}));

vi.mock("@/components/request-state/request-provider", () => ({
  useRequestState: () => ({ request: state.request, hydrated: true, reportLoadFailure: () => {} }),
}));
vi.mock("@/components/request-state/use-rules", () => ({ useRules: () => state.rules }));
vi.mock("@/components/documents/document-downloads", () => ({ OneDocumentDownload: () => null }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), prefetch: vi.fn() }), usePathname: () => state.pathname }));

const { NextSteps } = await import("@/components/decision/next-steps");

afterEach(cleanup);

function show(entry: Entry, now: Date, pathname = "/es/request/decision/next-steps") {
  state.pathname = pathname;
  state.request = requestFor(entry);
  state.rules = (pathname.startsWith("/es/") ? deriveSpanishRules : deriveRules)(state.request, now);
  vi.useFakeTimers({ now, toFake: ["Date"] });
  render(<NextSteps />);
}

beforeEach(() => vi.useRealTimers());

/** Every string of the English words module, so the Spanish page can be checked for none of them. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}
const englishSentences = strings(nextStepsText).filter((sentence) => sentence.length > 12);

const cases: { name: string; entry: Entry; now: Date; heading: string; more?: string[] }[] = [
  {
    name: "approved",
    entry: { received: "2026-12-18", outcome: "approved", appointment: "2027-01-20" },
    now: californiaWinter("2026-12-21"),
    heading: spanishWords.approved.heading,
    more: [spanishWords.approved.yourAppointment, "miércoles, 20 de enero de 2027", spanishWords.approved.afterHeading],
  },
  {
    name: "denied (DMHC plan)",
    entry: { received: "2026-12-10", outcome: "denied", denial: "2026-12-15", denialReason: "No es necesario" },
    now: californiaWinter("2026-12-21"),
    heading: spanishWords.escalation.deniedHeading,
    more: [spanishWords.escalation.deniedIntro, spanishWords.escalation.reason, spanishWords.escalation.contactsHeading, spanishLanguageAccess.text],
  },
  {
    name: "denied (regulator not known)",
    entry: { planType: "ppo", regulator: "not-sure", received: "2026-12-10", outcome: "denied", denial: "2026-12-15" },
    now: californiaWinter("2026-12-21"),
    heading: spanishWords.escalation.deniedHeading,
    more: [spanishWords.escalation.howToTellHeading, spanishLanguageHelp.general],
  },
  {
    name: "no answer, overdue",
    entry: { received: "2026-12-10", outcome: "no-answer" },
    now: californiaWinter("2026-12-21"),
    heading: spanishWords.escalation.noAnswerHeading,
    more: [spanishWords.callScript.heading, "Hola. Me llamo Maria Elena Ruiz", "alrededor del jueves, 17 de diciembre de 2026"],
  },
  {
    name: "no answer, not late yet",
    entry: { received: "2026-12-18", outcome: "no-answer" },
    now: californiaWinter("2026-12-21"),
    heading: spanishWords.notLateYet.heading,
    more: ["alrededor del lunes, 28 de diciembre de 2026"],
  },
  {
    name: "more information asked",
    entry: { received: "2026-12-18", outcome: "more-info", moreInfoWhat: "Sus análisis" },
    now: californiaWinter("2026-12-21"),
    heading: spanishWords.moreInfo.heading,
    more: [spanishWords.moreInfo.asked, spanishWords.moreInfo.addDateLink],
  },
  {
    name: "waiting",
    entry: { received: "2026-12-18", outcome: "waiting" },
    now: californiaWinter("2026-12-21"),
    heading: spanishWords.waiting.heading,
    more: [spanishWords.reminders.heading, "Descargar un recordatorio para la fecha en que el plan debería decidir"],
  },
];

describe("the next steps on the Spanish page", () => {
  it.each(cases)("$name: in Spanish", async ({ entry, now, heading, more = [] }) => {
    show(entry, now);
    expect(await screen.findByRole("heading", { name: heading })).toBeTruthy();
    const page = document.body.textContent ?? "";
    for (const words of more) expect(page).toContain(words);
    const english = englishSentences.filter((sentence) => page.includes(sentence));
    expect(english).toEqual([]);
    expect(page).not.toMatch(/Download a reminder|Your appointment|What to say when you call|\(Source:/);
    // Nor the English rules' words (dates, units, sources).
    expect(page).not.toMatch(/on or about|by about|business days|calendar days|Monday|Thursday|December|January|Health and Safety Code/);
  });

  it("links stay on the Spanish pages", async () => {
    show(cases[5]!.entry, cases[5]!.now);
    const link = await screen.findByRole("link", { name: spanishWords.moreInfo.addDateLink });
    expect(link.getAttribute("href")).toMatch(/^\/es\/request\//);
  });

  it("the English page is unchanged: English words, the English help line", async () => {
    show({ planType: "ppo", regulator: "not-sure", received: "2026-12-10", outcome: "denied", denial: "2026-12-15" }, californiaWinter("2026-12-21"), "/request/decision/next-steps");
    expect(await screen.findByRole("heading", { name: nextStepsText.escalation.deniedHeading })).toBeTruthy();
    expect(document.body.textContent).toContain(languageHelpText.general);
  });
});
