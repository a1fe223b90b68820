import { completedSteps } from "@/lib/step-completion";
import type { RequestSection, SecondOpinionRequest } from "@/lib/schema/request";
import { loadRequest, type LoadNotice } from "./request-storage";

/** The saved answers once checked: plain data (it crosses from a worker), ready to show. */
export type CheckedAnswers = {
  request: SecondOpinionRequest;
  notices: LoadNotice[];
  /** The steps these answers complete. */
  completed: RequestSection[];
};

/** Reads the saved text as the page would (see loadRequest) and says which steps it completes. */
export function checkSavedAnswers(savedText: string | null): CheckedAnswers {
  const { request, notices } = loadRequest({ getItem: () => savedText });
  return { request, notices, completed: [...completedSteps(request)] };
}
