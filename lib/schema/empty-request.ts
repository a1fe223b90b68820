import type { SecondOpinionRequest } from "./request";

/**
 * A request with nothing answered, written out by hand so that pages can
 * start from it without loading zod (it equals `emptyRequest()`, the schema's parse of `{}`,
 * which a unit test checks).
 */
export const EMPTY_REQUEST: SecondOpinionRequest = Object.freeze({
  coverage: {},
  plan: {},
  aboutYou: {},
  doctor: {},
  memberServices: { calls: [] },
  submit: { reasons: [], enclosures: [] },
  decision: {},
});

const isAnswered = (value: unknown): boolean => {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(isAnswered);
  return true;
};

/** True when any answer was saved (the start page then offers to continue). */
export function hasAnyAnswer(request: SecondOpinionRequest): boolean {
  return isAnswered(request);
}
