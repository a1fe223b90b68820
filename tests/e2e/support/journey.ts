import type { Page } from "@playwright/test";
import { expect } from "./test";
import { expectAccessible } from "./accessibility";

/** The answers a typical HMO member gives; tests override what they need. */
export const hmoMember = {
  planName: "Golden State Care HMO",
  memberId: "XKH 123-456-789",
  groupNumber: "G-77120",
  memberServicesPhone: "1-800-555-0199",
  fullName: "Maria Elena Ruiz",
  dateOfBirth: { month: "3", day: "27", year: "1980" },
  address: "123 Main Street\nSacramento, CA 95814",
  phone: "(916) 555-0142",
  email: "maria@example.com",
  doctorName: "Dr. Alan Chen",
  specialty: "Oncology",
  medicalGroup: "Capitol Medical Group",
  condition: "Stage 2 breast cancer",
  treatment: "Mastectomy followed by chemotherapy",
  call: { month: "12", day: "15", year: "2026", spokeTo: "Jordan", reference: "REF-55821", notes: "Send the request by fax" },
  dateSent: { month: "12", day: "17", year: "2026" },
  dateReceived: { month: "12", day: "18", year: "2026" },
};

export type Member = typeof hmoMember;

export async function continueStep(page: Page) {
  await page.getByRole("button", { name: "Continue" }).click();
}

export async function fillDate(page: Page, groupName: string | RegExp, date: { month: string; day: string; year: string }) {
  const group = page.getByRole("group", { name: groupName });
  await group.getByLabel("Month").fill(date.month);
  await group.getByLabel("Day").fill(date.day);
  await group.getByLabel("Year").fill(date.year);
}

/** Visits a page and checks it with axe before anything else happens. */
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main h1")).toBeVisible();
  await expectAccessible(page);
}

export async function startFromHomePage(page: Page) {
  await visit(page, "/");
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page).toHaveURL(/\/request\/coverage$/);
}

export async function answerCoverage(page: Page, option: string | RegExp = /buys insurance from a health plan/) {
  await expect(page.getByRole("heading", { level: 1, name: "How you get your health coverage" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(option).check();
  await continueStep(page);
}

export async function answerPlan(page: Page, member: Member = hmoMember, { planType = "HMO", regulator = /Managed Health Care/ } = {}) {
  await expect(page.getByRole("heading", { level: 1, name: "Your plan" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("group", { name: "What type of plan is it?" }).getByLabel(planType, { exact: true }).check();
  await page.getByRole("group", { name: "Who regulates your plan?" }).getByLabel(regulator).check();
  await page.getByLabel("Plan name").fill(member.planName);
  await page.getByLabel("Member ID").fill(member.memberId);
  await page.getByLabel("Group number (optional)").fill(member.groupNumber);
  await page.getByLabel("Member services phone number").fill(member.memberServicesPhone);
  await continueStep(page);
}

export async function answerAboutYou(page: Page, member: Member = hmoMember) {
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your full name").fill(member.fullName);
  await fillDate(page, "Date of birth", member.dateOfBirth);
  await page.getByLabel("Your mailing address").fill(member.address);
  await page.getByLabel("Your phone number").fill(member.phone);
  await page.getByLabel("Your email address (optional)").fill(member.email);
  await page.getByRole("group", { name: /someone helping you/ }).getByLabel("No").check();
  await continueStep(page);
}

export async function answerDoctor(page: Page, member: Member = hmoMember) {
  await expect(page.getByRole("heading", { level: 1, name: "Talk to your doctor" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Treating doctor’s name").fill(member.doctorName);
  await page.getByLabel("Their specialty (optional)").fill(member.specialty);
  await page.getByLabel("Their medical group or IPA (optional)").fill(member.medicalGroup);
  await page.getByLabel("Diagnosis or condition").fill(member.condition);
  await page.getByLabel("Recommended treatment or surgery (optional)").fill(member.treatment);
  await page.getByLabel("Yes, my doctor will ask").check();
  await continueStep(page);
}

export async function answerMemberServices(page: Page, member: Member = hmoMember) {
  await expect(page.getByRole("heading", { level: 1, name: "Contact member services" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("group", { name: /called member services/ }).getByLabel("Yes").check();
  await page.getByRole("button", { name: "Add a call" }).click();
  await fillDate(page, "Date of the call", member.call);
  await page.getByLabel("Who you spoke to (optional)").fill(member.call.spokeTo);
  await page.getByLabel("Reference number (optional)").fill(member.call.reference);
  await page.getByLabel("What they said (optional)").fill(member.call.notes);
  await page.getByRole("button", { name: "Save call" }).click();
  await expect(page.getByText(member.call.reference)).toBeVisible();
  await expectAccessible(page);
  await continueStep(page);
}

export async function answerSubmit(page: Page, member: Member = hmoMember, { urgent = false } = {}) {
  await expect(page.getByRole("heading", { level: 1, name: "Submit your request" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/surgery I was offered/).check();
  await page.getByLabel(/could cost me my life/).check();
  await page.getByRole("group", { name: /serious and immediate danger/ }).getByLabel(urgent ? "Yes" : "No").check();
  await page.getByLabel("A copy of your insurance card").check();
  await page.getByLabel("Recent lab results").check();
  await page.getByLabel("By fax").check();
  await fillDate(page, "Date you sent your request", member.dateSent);
  await fillDate(page, /Date the plan received your request/, member.dateReceived);
  await continueStep(page);
}

export async function answerDecision(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Await the decision" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("No decision yet, and it is not yet due").check();
  await continueStep(page);
}

/** A new HMO member completes every step and reaches "Check your answers". */
export async function completeJourney(page: Page, member: Member = hmoMember) {
  await startFromHomePage(page);
  await answerCoverage(page);
  await answerPlan(page, member);
  await answerAboutYou(page, member);
  await answerDoctor(page, member);
  await answerMemberServices(page, member);
  await answerSubmit(page, member);
  await answerDecision(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
}
