import { isShown, steps } from "@/lib/steps";
import type { SecondOpinionRequest } from "@/lib/steps/request";

/**
 * The answers to the questions the member was asked, without those their
 * later answers made moot (an out-of-network reason after choosing an
 * in-network doctor, say): kept in storage in case they change their mind,
 * but never printed or counted.
 */
export function shownAnswers(request: SecondOpinionRequest): SecondOpinionRequest {
  const shown = { ...request };
  for (const step of steps) {
    const answers = { ...(request[step.id] as Record<string, unknown>) };
    for (const name of Object.keys(answers)) {
      const question = step.questions[name];
      if (!question || isShown(step, name, request)) continue;
      if (question.kind === "choices" || question.kind === "calls") answers[name] = [];
      else delete answers[name];
    }
    Object.assign(shown, { [step.id]: answers });
  }
  return shown;
}
