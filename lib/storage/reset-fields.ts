import { requestSchemas, type RequestSection, type SecondOpinionRequest } from "@/lib/schema/request";

export type ResetField = { section: RequestSection; field: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The answers in the stored data that did not survive parsing, so the member
 * can be told what was reset. `field` is "*" when a whole section was unreadable.
 * Keys the schema does not know are ignored: no member typed them here.
 */
export function findResetFields(stored: unknown, parsed: SecondOpinionRequest): ResetField[] {
  if (!isRecord(stored)) return [];
  const { sectionShapes } = requestSchemas();
  const reset: ResetField[] = [];
  for (const section of Object.keys(sectionShapes) as RequestSection[]) {
    const storedSection = stored[section];
    if (storedSection === undefined) continue;
    if (!isRecord(storedSection)) {
      reset.push({ section, field: "*" });
      continue;
    }
    const parsedSection = parsed[section] as Record<string, unknown>;
    for (const field of Object.keys(sectionShapes[section])) {
      const storedValue = storedSection[field];
      if (storedValue !== undefined && !sameValue(storedValue, parsedSection[field])) {
        reset.push({ section, field });
      }
    }
  }
  return reset;
}
