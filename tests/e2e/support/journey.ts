import type { Page } from "@playwright/test";
import { expect } from "./test";
import { expectAccessible } from "./accessibility";
import { pointerDriver, type Driver } from "./driver";

type DateAnswer = { month: string; day: string; year: string };

/** The answers a typical HMO member gives; tests override what they need. */
export const hmoMember = {
  coverage: /buys insurance from a health plan/ as string | RegExp,
  planType: "HMO",
  regulator: /Managed Health Care/ as string | RegExp,
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
  urgent: false,
  dateSent: { month: "12", day: "17", year: "2026" } as DateAnswer,
  dateReceived: { month: "12", day: "18", year: "2026" } as DateAnswer,
  timeReceived: undefined as string | undefined,
};

export type Member = typeof hmoMember;

/** A CDI-regulated PPO member, for the rules and documents that differ. */
export const cdiPpoMember: Member = {
  ...hmoMember,
  planType: "PPO",
  regulator: /Department of Insurance/,
  planName: "Pacific Shield PPO",
  memberId: "PSP-99812-01",
  groupNumber: "88001",
};

/** A date's three boxes, by their labels. */
type DateBoxes = { month: string; day: string; year: string };

export async function fillDate(
  page: Page,
  groupName: string | RegExp,
  date: DateAnswer,
  driver: Driver = pointerDriver,
  boxes: DateBoxes = { month: "Month", day: "Day", year: "Year" },
) {
  const group = page.getByRole("group", { name: groupName });
  await driver.fill(group.getByLabel(boxes.month), date.month);
  await driver.fill(group.getByLabel(boxes.day), date.day);
  await driver.fill(group.getByLabel(boxes.year), date.year);
}

export async function continueStep(page: Page, driver: Driver = pointerDriver) {
  await driver.press(page.getByRole("button", { name: "Continue" }));
}

/** Visits a page and checks it with axe before anything else happens. */
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main h1")).toBeVisible();
  await expectAccessible(page);
}

/** Waits for a step's form (after the saved answers load) and checks it with axe. */
export async function arriveAt(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  await expectAccessible(page);
}

export async function startFromHomePage(page: Page, driver: Driver = pointerDriver) {
  await visit(page, "/");
  await driver.press(page.getByRole("button", { name: "Start now" }));
  await expect(page).toHaveURL(/\/request\/coverage$/);
}

export async function answerCoverage(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await arriveAt(page, "How you get your health coverage");
  await driver.choose(page.getByRole("group", { name: "How do you get your health coverage?" }), member.coverage);
  await continueStep(page, driver);
}

export async function answerPlan(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await arriveAt(page, "Your plan");
  await driver.choose(page.getByRole("group", { name: "What type of plan is it?" }), member.planType);
  await driver.choose(page.getByRole("group", { name: "Who regulates your plan?" }), member.regulator);
  await driver.fill(page.getByLabel("Plan name"), member.planName);
  await driver.fill(page.getByLabel("Member ID"), member.memberId);
  await driver.fill(page.getByLabel("Group number (optional)"), member.groupNumber);
  await driver.fill(page.getByLabel("Member services phone number"), member.memberServicesPhone);
  await continueStep(page, driver);
}

export async function answerAboutYou(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await arriveAt(page, "About you");
  await driver.fill(page.getByLabel("Your full name"), member.fullName);
  await fillDate(page, "Date of birth", member.dateOfBirth, driver);
  await driver.fill(page.getByLabel("Your mailing address"), member.address);
  await driver.fill(page.getByLabel("Your phone number"), member.phone);
  await driver.fill(page.getByLabel("Your email address (optional)"), member.email);
  await driver.choose(page.getByRole("group", { name: /someone helping you/ }), "No");
  await continueStep(page, driver);
}

export async function answerDoctor(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await arriveAt(page, "Talk to your doctor");
  await driver.fill(page.getByLabel("Treating doctor’s name"), member.doctorName);
  await driver.fill(page.getByLabel("Their specialty (optional)"), member.specialty);
  await driver.fill(page.getByLabel("Their medical group or IPA (optional)"), member.medicalGroup);
  await driver.fill(page.getByLabel("Diagnosis or condition"), member.condition);
  await driver.fill(page.getByLabel("Recommended treatment or surgery (optional)"), member.treatment);
  await driver.choose(page.getByRole("group", { name: /Will your doctor ask/ }), "Yes, my doctor will ask");
  await continueStep(page, driver);
}

async function addCall(page: Page, call: Member["call"], driver: Driver = pointerDriver) {
  await driver.press(page.getByRole("button", { name: /^Add (a|another) call$/ }));
  await fillDate(page, "Date of the call", call, driver);
  await driver.fill(page.getByLabel("Who you spoke to (optional)"), call.spokeTo);
  await driver.fill(page.getByLabel("Reference number (optional)"), call.reference);
  await driver.fill(page.getByLabel("What they said (optional)"), call.notes);
  await driver.press(page.getByRole("button", { name: "Save call" }));
  await expect(page.getByText(call.reference)).toBeVisible();
}

export async function answerMemberServices(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await arriveAt(page, "Contact member services");
  await driver.choose(page.getByRole("group", { name: /called member services/ }), "Yes");
  await addCall(page, member.call, driver);
  await expectAccessible(page);
  await continueStep(page, driver);
}

/** Step 3's pages, each with its heading: reasons, urgency, the doctor wanted, records, the documents, sending. */
export const submitPages = {
  reasons: "Your reasons for a second opinion",
  urgency: "How urgent your request is",
  doctor: "The doctor you want for the second opinion",
  records: "Records to send",
  documents: "Your letter and checklist",
  sending: "Sending your request",
} as const;

/** Step 4's pages: what has happened, then what to do next. */
export const decisionPages = { outcome: "Your plan’s decision", nextSteps: "What to do next" } as const;

async function answerReasons(page: Page, driver: Driver = pointerDriver) {
  await arriveAt(page, submitPages.reasons);
  await driver.check(page.getByLabel(/surgery I was offered/));
  await driver.check(page.getByLabel(/could cost me my life/));
  await continueStep(page, driver);
}

export async function answerUrgency(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await arriveAt(page, submitPages.urgency);
  await driver.choose(page.getByRole("group", { name: "Is your request urgent?" }), member.urgent ? "Yes" : "No");
  await continueStep(page, driver);
}

/** The doctor wanted is optional: the member moves on without naming one. */
async function passDoctorWanted(page: Page, driver: Driver = pointerDriver) {
  await arriveAt(page, submitPages.doctor);
  await continueStep(page, driver);
}

async function answerRecords(page: Page, driver: Driver = pointerDriver) {
  await arriveAt(page, submitPages.records);
  await driver.check(page.getByLabel("A copy of your insurance card"));
  await driver.check(page.getByLabel("Recent lab results"));
  await continueStep(page, driver);
}

async function passDocuments(page: Page, driver: Driver = pointerDriver) {
  await arriveAt(page, submitPages.documents);
  await expect(page.getByRole("button", { name: "Download letter (PDF)" })).toBeVisible();
  await continueStep(page, driver);
}

async function answerSending(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await arriveAt(page, submitPages.sending);
  await driver.choose(page.getByRole("group", { name: "How did you send your request?" }), "By fax");
  await fillDate(page, "Date you sent your request", member.dateSent, driver);
  await fillDate(page, /Date the plan received it/, member.dateReceived, driver);
  if (member.urgent && member.timeReceived) await driver.fill(page.getByLabel(/Time the plan received it/), member.timeReceived);
  await continueStep(page, driver);
}

/** Step 3, page by page. */
export async function answerSubmit(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await answerReasons(page, driver);
  await answerUrgency(page, member, driver);
  await passDoctorWanted(page, driver);
  await answerRecords(page, driver);
  await passDocuments(page, driver);
  await answerSending(page, member, driver);
}

/** Step 4: no decision yet, then past what to do next. */
async function answerDecision(page: Page, driver: Driver = pointerDriver) {
  await arriveAt(page, decisionPages.outcome);
  await driver.choose(page.getByRole("group", { name: "What has happened with your request?" }), "No decision yet, and it is not yet due");
  await continueStep(page, driver);
  await arriveAt(page, decisionPages.nextSteps);
  await continueStep(page, driver);
}

/** A new member completes every step and reaches "Check your answers". */
export async function completeJourney(page: Page, member: Member = hmoMember, driver: Driver = pointerDriver) {
  await startFromHomePage(page, driver);
  await answerCoverage(page, member, driver);
  await answerPlan(page, member, driver);
  await answerAboutYou(page, member, driver);
  await answerDoctor(page, member, driver);
  await answerMemberServices(page, member, driver);
  await answerSubmit(page, member, driver);
  await answerDecision(page, driver);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expectAccessible(page);
}
