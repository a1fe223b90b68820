import * as z from "zod/mini";
import {
  contactedAnswers,
  coverageSources,
  doctorWillRequestAnswers,
  enclosureIds,
  inNetworkAnswers,
  outcomes,
  planTypes,
  reasonIds,
  regulatorAnswers,
  sentMethods,
  yesNo,
} from "./options";

// The stored request is a draft: anything the member has typed so far, valid
// or not. Each field falls back to "unanswered" on its own when it is of the
// wrong shape, so one bad field never costs the member the others.
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(z.optional(z.enum(values)), undefined);
const choices = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(
    z.pipe(
      z.array(z.unknown()),
      z.transform((items) => [...new Set(items.filter((item): item is T[number] => values.includes(item as string)))]),
    ),
    [],
  );
const section = <T extends z.core.$ZodLooseShape>(shape: T) => {
  const object = z.object(shape);
  return z.catch(object, () => object.parse({}));
};

// Building the schemas is the slowest part of reading the saved answers on a
// slow phone, so it is not done when this module loads: the answers' loader
// builds them in a task of their own (components/request-state/load-engine.ts),
// after the task that evaluates zod itself.
function buildRequestSchemas() {
  const text = z.catch(z.optional(z.string()), undefined);
  const dateParts = z.catch(
    z.optional(
      z.object({
        month: z.catch(z.string(), ""),
        day: z.catch(z.string(), ""),
        year: z.catch(z.string(), ""),
      }),
    ),
    undefined,
  );
  const callSchema = z.object({
    id: z.string(),
    date: dateParts,
    time: text,
    spokeTo: text,
    referenceNumber: text,
    notes: text,
  });

  const calls = z.catch(
    z.pipe(
      z.array(z.unknown()),
      z.transform((items) =>
        items.flatMap((item) => {
          const parsed = callSchema.safeParse(item);
          return parsed.success ? [parsed.data] : [];
        }),
      ),
    ),
    [],
  );

  const coverageShape = {
    source: choice(coverageSources),
    /** The member read the "state law does not apply" page and chose to go on. */
    continueWithoutStateLaw: z.catch(z.optional(z.boolean()), undefined),
  };

  const planShape = {
    planType: choice(planTypes),
    regulator: choice(regulatorAnswers),
    planName: text,
    memberId: text,
    groupNumber: text,
    memberServicesPhone: text,
    planAddress: text,
  };

  const aboutYouShape = {
    fullName: text,
    dateOfBirth: dateParts,
    address: text,
    phone: text,
    email: text,
    hasHelper: choice(yesNo),
    helperName: text,
    helperRelationship: text,
  };

  const doctorShape = {
    name: text,
    specialty: text,
    medicalGroup: text,
    condition: text,
    recommendedTreatment: text,
    willRequest: choice(doctorWillRequestAnswers),
    dateDiscussed: dateParts,
  };

  const memberServicesShape = {
    contacted: choice(contactedAnswers),
    calls,
  };

  const submitShape = {
    reasons: choices(reasonIds),
    otherReason: text,
    urgent: choice(yesNo),
    secondDoctorName: text,
    secondDoctorSpecialty: text,
    secondDoctorInNetwork: choice(inNetworkAnswers),
    outOfNetworkRequested: choice(yesNo),
    outOfNetworkReason: text,
    enclosures: choices(enclosureIds),
    sentMethod: choice(sentMethods),
    dateSent: dateParts,
    dateReceived: dateParts,
    /** "HH:MM", 24-hour, California time; only needed for the 72-hour clock. */
    timeReceived: text,
  };

  const decisionShape = {
    outcome: choice(outcomes),
    planGivenDueDate: dateParts,
    /** The plan's later date came in a written delay notice (only that moves the deadline). */
    planGivenDueDateInWriting: choice(yesNo),
    appointmentDate: dateParts,
    denialDate: dateParts,
    denialReason: text,
    moreInfoWhat: text,
    moreInfoReceivedDate: dateParts,
    grievanceFiledDate: dateParts,
    /** Severe pain, or a serious threat to health, makes a grievance urgent even when the request was not. */
    grievanceUrgent: choice(yesNo),
    /** The date of the plan's written answer to the grievance: DMHC may be asked at once, and the IMR's 6 months run from it. */
    grievanceDecisionDate: dateParts,
  };

  const sectionShapes = {
    coverage: coverageShape,
    plan: planShape,
    aboutYou: aboutYouShape,
    doctor: doctorShape,
    memberServices: memberServicesShape,
    submit: submitShape,
    decision: decisionShape,
  };

  const requestSchema = z.object({
    coverage: section(coverageShape),
    plan: section(planShape),
    aboutYou: section(aboutYouShape),
    doctor: section(doctorShape),
    memberServices: section(memberServicesShape),
    submit: section(submitShape),
    decision: section(decisionShape),
  });
  return { requestSchema, sectionShapes, callSchema };
}

let built: ReturnType<typeof buildRequestSchemas> | undefined;

/** The stored request's schema, each section's fields, and a logged call's: built on first use. */
export function requestSchemas() {
  built ??= buildRequestSchemas();
  return built;
}

type RequestSchemas = ReturnType<typeof requestSchemas>;
/** Everything the member has entered, as stored. Every field may be missing. */
export type SecondOpinionRequest = z.infer<RequestSchemas["requestSchema"]>;
export type Call = z.infer<RequestSchemas["callSchema"]>;
export type RequestSection = keyof SecondOpinionRequest;

export function emptyRequest(): SecondOpinionRequest {
  return requestSchemas().requestSchema.parse({});
}
