import * as z from "zod/mini";
import { coverageSources, reasonIds } from "@/lib/steps/options";
import { isSourceId } from "./sources";

// The shape of every piece of legal content in this folder. The content is
// fixed data, so it is checked against these schemas by the test suite
// (tests/unit/content/legal-content.test.ts) rather than on every member's
// phone each time a page loads: a mistake fails the build instead of a page.
// The content modules take their types from here with `import type`, so no
// page downloads or runs these schemas.

export const sourceSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9.-]+$/)),
  short: z.string().check(z.minLength(2)),
  citation: z.string().check(z.minLength(5)),
  url: z.optional(z.url({ protocol: /^https$/ })),
});

/** A source id that must resolve to one of sources.ts. */
const sourceIdSchema = z.string().check(z.refine(isSourceId, "Unknown source id"));

/**
 * One plain-language legal statement and where it comes from. `parallelSourceId`
 * names the matching section for the other regulator (the facts sheet's "HSC
 * parallel"): shown with the statement, and used alone for a DMHC plan.
 */
export const statementSchema = z.object({
  text: z.string().check(z.minLength(3)),
  sourceId: sourceIdSchema,
  parallelSourceId: z.optional(sourceIdSchema),
});

const clockUnit = z.enum(["business-days", "calendar-days", "hours", "months"]);

export const clockSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Plain words for the clock, for the rights page. */
  text: z.string(),
  amount: z.optional(z.number().check(z.positive())),
  unit: z.optional(clockUnit),
  startsFrom: z.string(),
  /** Source for a DMHC plan, then a CDI policy (the same id when shared, empty when none is known). */
  dmhcSourceId: z.optional(sourceIdSchema),
  cdiSourceId: z.optional(sourceIdSchema),
  caveat: z.optional(z.string()),
});

const contactMethod = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("phone"), label: z.string(), number: z.string().check(z.regex(/^1-\d{3}-\d{3}-\d{4}$/)) }),
  z.object({ kind: z.literal("tdd"), label: z.string(), number: z.string().check(z.regex(/^1-\d{3}-\d{3}-\d{4}$/)) }),
  z.object({ kind: z.literal("fax"), label: z.string(), number: z.string().check(z.regex(/^\d{3}-\d{3}-\d{4}$/)) }),
  z.object({ kind: z.literal("web"), label: z.string(), url: z.string().check(z.regex(/^(www\.)?[a-z.]+\.(gov|org)(\/[a-z]+)?$/)) }),
  z.object({ kind: z.literal("mail"), label: z.string(), address: z.string() }),
]);

export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  methods: z.readonly(z.array(contactMethod).check(z.minLength(1))),
  verify: z.boolean(),
  sourceId: sourceIdSchema,
});

export const offRampSchema = z.object({
  title: z.string(),
  summary: statementSchema,
  whereToGo: z.array(statementSchema).check(z.minLength(1)),
  /** A plan decides (self-funded, Medicare Advantage, TRICARE/VA): the member may still send a general request. */
  generalRequest: z.boolean(),
  /** Agencies named without a phone number: the facts sheet gives none, and we never invent one. */
  agencies: z.array(z.string()),
  contactIds: z.array(z.string()),
});

export const coverageRuleSchema = z.discriminatedUnion("scope", [
  z.object({
    id: z.enum(coverageSources),
    scope: z.literal("by-licence"),
    note: statementSchema,
    /** Medi-Cal managed care: the plan's "grievance and appeal", then a State Hearing (content/legal/medi-cal.ts). */
    mediCal: z.optional(z.literal(true)),
  }),
  z.object({ id: z.enum(coverageSources), scope: z.literal("not-covered"), offRamp: offRampSchema }),
  z.object({
    id: z.enum(coverageSources),
    scope: z.literal("unsure"),
    note: statementSchema,
    /** The plan may be self-funded (federal rules): nothing the member sends or says may claim California law. */
    mayBeFederal: z.optional(z.literal(true)),
  }),
]);

/** Exactly one rule for each way of getting coverage. */
export const coverageRulesSchema = z
  .array(coverageRuleSchema)
  .check(z.refine((rules) => coverageSources.every((id) => rules.filter((rule) => rule.id === id).length === 1), "One rule per coverage kind"));

const weekday = z.number().check(z.int(), z.gte(0), z.lte(6)); // 0 = Sunday
const month = z.number().check(z.int(), z.gte(1), z.lte(12));

export const holidayRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), month, day: z.number().check(z.int(), z.gte(1), z.lte(31)) }),
  /** The nth (1–4) given weekday of the month; `daysAfter` for the day after Thanksgiving. */
  z.object({
    kind: z.literal("nth-weekday"),
    month,
    weekday,
    n: z.number().check(z.int(), z.gte(1), z.lte(4)),
    daysAfter: z.optional(z.number().check(z.int(), z.gte(1), z.lte(6))),
  }),
  z.object({ kind: z.literal("last-weekday"), month, weekday }),
  /**
   * Dates that follow another calendar (Lunar New Year, Diwali): listed per
   * year. `since`: the first year the law lists it; a year from then on that
   * is not listed is one we cannot count (see coveredYears).
   */
  z.object({
    kind: z.literal("listed"),
    since: z.optional(z.number().check(z.int())),
    dates: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))).check(z.minLength(1)),
  }),
]);

const holidaySchema = z.object({
  id: z.string(),
  name: z.string(),
  rule: holidayRuleSchema,
  /** One of the seven fixed dates that Gov. Code §6701 moves from a Sunday to the Monday. */
  sundayToMonday: z.optional(z.literal(true)),
  /** State offices close (CalHR's paid holidays): counted in the "likely" tier too. */
  stateOfficesClose: z.optional(z.literal(true)),
  /** The facts sheet's caution, shown next to the holiday: "recently added; verify observance". */
  note: z.optional(z.string()),
});

export const holidayCalendarSchema = z.object({
  name: z.string(),
  sourceIds: z.array(sourceIdSchema),
  holidays: z.array(holidaySchema),
  observedDayRule: z.object({
    /** These holidays, on a Saturday, are observed on the Friday before. */
    saturdayToFriday: z.array(z.string()),
    text: z.string(),
    sourceId: sourceIdSchema,
  }),
  /** What each tier counts, in the member's words. */
  tiers: z.object({ likely: z.string(), latest: z.string() }),
  caveat: z.string(),
});

export const reasonSchema = z.object({
  id: z.enum(reasonIds),
  plain: z.string(),
  letter: z.string(),
  sourceIds: z.array(sourceIdSchema),
});

export const regulatorSchema = z.object({
  id: z.enum(["dmhc", "cdi"]),
  name: z.string(),
  shortName: z.string(),
  /** The second-opinion statute for plans this regulator licenses. */
  statuteSourceId: sourceIdSchema,
  /**
   * Where the member's right to a grievance about a second-opinion request is:
   * DMHC plans, the grievance section with its 30-day and 3-day clocks; CDI
   * policies, the second-opinion statute itself (a denial must explain how to
   * dispute it through the insurer's grievance process). The facts sheet gives
   * no other CDI grievance section.
   */
  grievanceSourceId: sourceIdSchema,
  /** Does the law apply, in plain words. */
  lawApplies: statementSchema,
  whoMayGiveOpinion: z.array(statementSchema).check(z.minLength(1)),
  /** How a member can tell their plan is regulated by this office. */
  howToTell: statementSchema,
  contactIds: z.array(z.string()).check(z.minLength(1)),
});

export type Source = z.infer<typeof sourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Clock = z.infer<typeof clockSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type OffRampContent = z.infer<typeof offRampSchema>;
export type CoverageRule = z.infer<typeof coverageRuleSchema>;
export type HolidayRule = z.infer<typeof holidayRuleSchema>;
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;
export type Reason = z.infer<typeof reasonSchema>;
export type RegulatorContent = z.infer<typeof regulatorSchema>;
