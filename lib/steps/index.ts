import { aboutYouStep } from "./about-you";
import { coverageStep } from "./coverage";
import { decisionStep } from "./decision";
import type { PageDeclaration, Question, Questions, StepDeclaration } from "./declare";
import { doctorStep } from "./doctor";
import { memberServicesStep } from "./member-services";
import { planStep } from "./plan";
import type { RequestSection, SecondOpinionRequest } from "./request";
import { submitStep } from "./submit";

export type AnyStep = StepDeclaration<RequestSection, Questions, SecondOpinionRequest>;
export type Page = PageDeclaration<string> & { step: RequestSection };

/** The steps in the order the member takes them. */
export const steps: readonly AnyStep[] = [coverageStep, planStep, aboutYouStep, doctorStep, memberServicesStep, submitStep, decisionStep] as readonly AnyStep[];

/** Every page of the wizard, in order, each with its step. */
export const pages: readonly Page[] = steps.flatMap((step) => step.pages.map((page) => ({ ...page, step: step.id })));

export function getStep(id: RequestSection): AnyStep {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

/** The page that asks a question. */
export function pageOf(step: RequestSection, question: string): Page {
  const page = pages.find((candidate) => candidate.step === step && candidate.questions.includes(question));
  if (!page) throw new Error(`No page asks ${step}.${question}`);
  return page;
}

/** Whether a question is asked, given the answers so far. */
export function isShown(step: AnyStep, question: string, request: SecondOpinionRequest): boolean {
  return step.shownWhen?.[question]?.(request) ?? true;
}

/** A step's questions with their declarations, in the order its pages ask them. */
export function questionsOf(step: AnyStep): [string, Question][] {
  return step.pages.flatMap((page) => page.questions.map((name) => [name, step.questions[name] as Question] as [string, Question]));
}
