// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";
import { deriveRules } from "@/lib/rules";
import { DueDateCard } from "@/components/rules/due-date-card";
import { ContactsList } from "@/components/rules/contacts-list";
import { contactFor } from "@/lib/rules/citations";

const state = vi.hoisted(() => ({
  request: undefined as unknown as SecondOpinionRequest,
  hydrated: true,
  updateSection: vi.fn(),
  push: vi.fn(),
}));

vi.mock("@/components/request-state/request-provider", () => ({
  useRequestState: () => ({ request: state.request, hydrated: state.hydrated, updateSection: state.updateSection }),
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: state.push }), usePathname: () => "/request/not-covered" }));

const { default: RightsPage } = await import("@/app/(en)/rights/page");
const { default: RegulatorFinderPage } = await import("@/app/(en)/request/regulator/page");
const { NotCoveredView } = await import("@/components/not-covered/not-covered-view");

const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ");

beforeEach(() => {
  state.request = emptyRequest();
  state.hydrated = true;
  state.updateSection.mockReset();
  state.push.mockReset();
});
afterEach(cleanup);

describe("DueDateCard", () => {
  it("shows the HMO member's routine due date, what it is counted from, and the source", () => {
    const request = emptyRequest();
    request.coverage.source = "job-insured";
    request.plan.planType = "hmo";
    request.plan.regulator = "not-sure";
    request.submit.sentMethod = "mail";
    request.submit.dateReceived = { month: "12", day: "18", year: "2026" };
    const deadline = deriveRules(request, new Date("2026-12-20T20:00:00Z")).deadlines.decisionDue;
    if (!deadline) throw new Error("no deadline");
    const page = text(renderToStaticMarkup(<DueDateCard deadline={deadline} title="When the plan should answer" headingLevel={2} />));
    expect(page).toContain("The plan should decide on or about Monday, December 28, 2026.");
    expect(page).toContain("5 business days from the date the plan received your request, Friday, December 18, 2026");
    expect(page).toContain("Christmas Day (Friday, December 25, 2026)");
    expect(page).not.toContain("At the latest");
    expect(page).toContain("Source: California Health and Safety Code §1367.01");
  });
});

it("DueDateCard adds the latest date, naming the holidays only it skips", () => {
  const request = emptyRequest();
  request.coverage.source = "job-insured";
  request.plan.regulator = "dmhc";
  request.submit.sentMethod = "mail";
  request.submit.dateReceived = { month: "2", day: "10", year: "2027" };
  const deadline = deriveRules(request, new Date("2027-02-10T20:00:00Z")).deadlines.decisionDue;
  if (!deadline) throw new Error("no deadline");
  const page = text(renderToStaticMarkup(<DueDateCard deadline={deadline} />));
  expect(page).toContain("The plan should decide on or about Thursday, February 18, 2027.");
  expect(page).toContain("At the latest, if your plan counts every state holiday: Friday, February 19, 2027. (Lincoln Day, Friday, February 12, 2027)");
});

describe("ContactsList", () => {
  it("links phone numbers and marks the ones to verify", () => {
    const markup = renderToStaticMarkup(<ContactsList contacts={[contactFor("dmhc-help-center"), contactFor("hicap")]} />);
    expect(markup).toContain('href="tel:+18884662219"');
    expect(markup).toContain('href="https://www.healthhelp.ca.gov"');
    expect(text(markup)).toContain("TDD: 1-877-688-9891");
    expect(text(markup).match(/Please check this before you use it/g)).toHaveLength(1);
  });
});

describe("/rights", () => {
  const page = text(renderToStaticMarkup(<RightsPage />));

  it("puts DMHC plans, CDI policies and not-covered coverage side by side", () => {
    expect(page).toContain("Plan licensed by DMHC");
    expect(page).toContain("Insurance policy regulated by CDI");
    expect(page).toContain("Not covered by this law");
    expect(page).toContain("California Health and Safety Code §1383.15");
    expect(page).toContain("California Insurance Code §10123.68");
    expect(page).toContain("Original Medicare needs no approval");
    expect(page).toContain("Medicare Advantage plans follow federal rules");
  });

  it("shows the likely and the latest date, and which holidays close state offices", () => {
    expect(page).toContain("The likely date. Counting the days state offices close.");
    expect(page).toContain("The latest date. At the latest, if your plan counts every state holiday.");
    expect(page).toContain("Day after Thanksgiving: The day after the fourth Thursday in November (state offices close)");
    expect(page).toMatch(/Diwali: Changes each year \(Recently added to the list; verify/);
    expect(page).toContain("Lincoln Day: February 12 Presidents");
  });

  it("shows sources, the last-reviewed date and the disclaimer", () => {
    expect(page).toMatch(/Last reviewed: \w+ \d{1,2}, 20\d\d ?\. General information, not legal advice\./);
    expect(page.match(/Source: /g)?.length).toBeGreaterThan(30);
  });

  it("says the 5 business days are the plan's clock for DMHC and CDI alike", () => {
    expect(page).toContain("within 5 business days after it has the information it reasonably needs");
    expect(page).toContain("California Insurance Code §10123.135");
    expect(page).toContain("California Health and Safety Code §1367.01");
    expect(page).toContain("A new date said only on the phone does not move the deadline.");
    expect(page).toContain("California Health and Safety Code §1367.01(h)(5)");
  });
});

describe("/request/regulator", () => {
  const page = text(renderToStaticMarkup(<RegulatorFinderPage />));

  it("gives the checks, the HMO rule, both regulators' numbers and the way back", () => {
    expect(page).toContain("HMOs are always licensed by DMHC");
    expect(page).toContain("California Health and Safety Code §1368.02");
    expect(page).toContain("California Insurance Code §10169");
    expect(page).toContain("1-888-466-2219");
    expect(page).toContain("1-800-927-4357");
    expect(renderToStaticMarkup(<RegulatorFinderPage />)).toContain('href="/request/plan#plan-regulator"');
  });
});

describe("/request/not-covered", () => {
  it("shows the Medicare Advantage off-ramp with HICAP, and continues with a general request", () => {
    state.request.coverage.source = "medicare-advantage";
    render(<NotCoveredView />);
    expect(screen.getByRole("heading", { level: 2, name: "Medicare Advantage plans follow federal rules" })).toBeTruthy();
    expect(screen.getAllByText(/organization determination/).length).toBeGreaterThan(0);
    expect(screen.getByRole("link", { name: "1-800-434-0222" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Continue with a general request" }));
    expect(state.updateSection).toHaveBeenCalledWith("coverage", { continueWithoutStateLaw: true });
    expect(state.push).toHaveBeenCalledWith("/request/plan");
  });

  it.each([
    ["job-self-funded", "Self-funded job plans follow federal rules", /U\.S\. Department of Labor/],
    ["medi-cal-fee-for-service", "Fee-for-service Medi-Cal has no plan approval step", /Department of Health Care Services/],
    ["tricare-va", "TRICARE and VA care follow federal rules", /Veterans Affairs/],
  ] as const)("%s: says where to go instead", (source, heading, agency) => {
    state.request.coverage.source = source;
    render(<NotCoveredView />);
    expect(screen.getByRole("heading", { level: 2, name: heading })).toBeTruthy();
    expect(screen.getAllByText(agency).length).toBeGreaterThan(0);
  });

  it.each(["original-medicare", "medi-cal-fee-for-service"] as const)("%s: no approval step, so no request to send and no Continue", (source) => {
    state.request.coverage.source = source;
    render(<NotCoveredView />);
    expect(screen.getByRole("heading", { level: 2, name: "There is no request to send" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Continue with a general request" })).toBeNull();
  });

  it("Original Medicare: tells the member no approval is needed, with Medicare's and HICAP's numbers", () => {
    state.request.coverage.source = "original-medicare";
    render(<NotCoveredView />);
    expect(screen.getByRole("heading", { level: 2, name: "Original Medicare needs no approval" })).toBeTruthy();
    expect(screen.getByText(/you do not need a referral or an approval for a second opinion/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "1-800-633-4227" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "1-800-434-0222" })).toBeTruthy();
  });

  it("before the answers load, lists every off-ramp and cannot continue yet", () => {
    state.hydrated = false;
    render(<NotCoveredView />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(["Original Medicare needs no approval", "Medicare Advantage plans follow federal rules", "TRICARE and VA care follow federal rules"]),
    );
    expect((screen.getByRole("button", { name: "Continue with a general request" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
