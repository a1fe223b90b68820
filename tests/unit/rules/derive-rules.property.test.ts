import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "@/lib/dates/calendar-date";
import { deriveRules } from "@/lib/rules";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { coverageSources, outcomes, planTypes, regulatorAnswers, sentMethods, yesNo } from "@/lib/steps/options";
import { readRequest } from "@/lib/answers/read";

// Whatever a stored draft holds, the rules come out whole: no throw, real dates, sentences.
const digits = fc.oneof(fc.constantFrom("", " ", "0", "00", "13", "31", "29", "2", "12"), fc.string({ maxLength: 3 }));
const year = fc.oneof(fc.constantFrom("", "0001", "1899", "2026", "2027", "2028", "2036", "2037", "9999", "20x6"), fc.string({ maxLength: 5 }));
const realDate = fc
  .date({ min: new Date("1990-01-01T12:00:00Z"), max: new Date("2040-12-31T12:00:00Z"), noInvalidDate: true })
  .map((date) => datePartsFromIso(date.toISOString().slice(0, 10)));
const parts = fc.option(fc.oneof({ arbitrary: realDate, weight: 4 }, { arbitrary: fc.record({ month: digits, day: digits, year }), weight: 1 }), {
  nil: undefined,
});
const time = fc.option(fc.oneof(fc.constantFrom("00:00", "02:30", "15:00", "23:59", "24:00", "3pm", ""), fc.string({ maxLength: 6 })), { nil: undefined });
const choice = <T extends string>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });

const draft = fc.record({
  coverage: fc.record({ source: choice(coverageSources), continueWithoutStateLaw: fc.option(fc.boolean(), { nil: undefined }) }),
  plan: fc.record({ planType: choice(planTypes), regulator: choice(regulatorAnswers) }),
  submit: fc.record({ urgent: choice(yesNo), sentMethod: choice(sentMethods), dateSent: parts, dateReceived: parts, timeReceived: time }),
  decision: fc.record({ outcome: choice(outcomes), moreInfoReceivedDate: parts, grievanceFiledDate: parts, denialDate: parts }),
});

describe("deriveRules on any draft", () => {
  it("never throws, and every deadline is a real date with words and a source", () => {
    fc.assert(
      fc.property(draft, fc.date({ min: new Date("2020-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }), (raw, now) => {
        const rules = deriveRules(readRequest(raw).request, now);
        expect(["applies", "does-not-apply", "depends"]).toContain(rules.stateLaw);
        for (const deadline of Object.values(rules.deadlines)) {
          expect(isIsoDate(deadline.date)).toBe(true);
          if (deadline.time) expect(deadline.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(deadline.summary).toMatch(/\.$/);
          expect(deadline.summary).not.toMatch(/undefined|NaN|Invalid/);
          expect(deadline.explanation).not.toMatch(/undefined|NaN|Invalid/);
          expect(deadline.source.citation.length).toBeGreaterThan(5);
          expect(deadline.date >= deadline.countedFrom.date).toBe(true);
        }
        if (rules.stateLaw === "does-not-apply") expect(rules.statute).toBeNull();
        if (rules.regulatorIsAssumed) expect(rules.regulator).toBe("dmhc");
      }),
      { numRuns: 400 },
    );
  });
});
