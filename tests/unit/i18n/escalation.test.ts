import { describe, it } from "vitest";
import { escalationSteps, freeHelpStep, mediCalAppealStep } from "@/content/legal/escalation";
import {
  escalationSteps as spanishEscalationSteps,
  freeHelpStep as spanishFreeHelpStep,
  mediCalAppealStep as spanishMediCalAppealStep,
} from "@/content/es/legal/escalation";
import { expectTranslated } from "./expect-translated";

describe("the steps after a denial, in Spanish", () => {
  it("translates every regulator's steps and keeps their sources and contacts", () => {
    expectTranslated(escalationSteps, spanishEscalationSteps);
  });

  it("translates the Medi-Cal appeal step", () => {
    expectTranslated(mediCalAppealStep, spanishMediCalAppealStep);
  });

  it("translates the free-help step", () => {
    expectTranslated(freeHelpStep, spanishFreeHelpStep);
  });
});
