import { shownAnswers } from "@/lib/answers/shown";
import { steps } from "@/lib/steps";
import { callQuestions } from "@/lib/steps/member-services";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { undrawableCharacters } from "./pdf-text";

/** Everything the member typed that a document prints, as the declarations say ("printedIn"). */
function typedAnswers(request: SecondOpinionRequest, documents: "request" | "grievance"): string[] {
  const shown = shownAnswers(request);
  const printed = (where: string | undefined) => where === "request" || (documents === "grievance" && where === "grievance");
  const answers = steps.flatMap((step) =>
    Object.entries(step.questions).flatMap(([name, question]) =>
      question.kind === "text" && printed(question.printedIn) ? [(shown[step.id] as Record<string, unknown>)[name]] : [],
    ),
  );
  const calls = shown.memberServices.calls.flatMap((call) =>
    Object.entries(callQuestions).flatMap(([name, question]) => (question.kind === "text" && printed(question.printedIn) ? [call[name as keyof typeof call]] : [])),
  );
  return [...answers, ...calls].filter((text): text is string => typeof text === "string");
}

/** Characters in the answers that the PDFs cannot show (the print views can): the request letter and checklist, or the grievance letter. */
export function charactersThePdfCannotShow(request: SecondOpinionRequest, documents: "request" | "grievance" = "request"): string[] {
  return undrawableCharacters(typedAnswers(request, documents));
}
