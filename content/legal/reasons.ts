import type { reasonIds } from "@/lib/schema/options";
import type { Reason } from "./schemas";

// The five reasons the law lists ("include, but are not limited to"):
// HSC §1383.15 and Ins. Code §10123.68(a)(1)–(5). `plain` is for the form;
// `letter` keeps close to the law's terms for the request letter.

const lawSources = ["hsc-1383.15", "ins-10123.68"];

export const reasons: readonly Reason[] = [
  {
    id: "questions-surgery",
    plain: "I’m not sure the surgery I was offered is reasonable or needed.",
    letter: "I question the reasonableness or necessity of the recommended surgical procedure.",
    sourceIds: lawSources,
  },
  {
    id: "serious-condition",
    plain: "I question my diagnosis or treatment plan for a condition that could cost me my life, a limb or a body function, or seriously harm me, including a serious long-term condition.",
    letter:
      "I question a diagnosis or plan of care for a condition that threatens loss of life, loss of limb, loss of bodily function, or substantial impairment, including a serious chronic condition.",
    sourceIds: lawSources,
  },
  {
    id: "unclear-diagnosis",
    plain: "My signs are unclear or complex, my test results disagree, or my doctor can’t find a diagnosis.",
    letter:
      "The clinical indications are not clear or are complex and confusing, a diagnosis is in doubt due to conflicting test results, or the treating health professional is unable to diagnose the condition.",
    sourceIds: lawSources,
  },
  {
    id: "not-improving",
    plain: "My treatment plan is not helping in a reasonable time, and I want another opinion on my diagnosis or on going on with this treatment.",
    letter:
      "The treatment plan in progress is not improving my medical condition within an appropriate period of time, and I request a second opinion regarding the diagnosis or continuance of the treatment.",
    sourceIds: lawSources,
  },
  {
    id: "concerns-after-trying",
    plain: "I have tried to follow my treatment plan, or talked with my doctor about serious concerns with my diagnosis or treatment plan.",
    letter:
      "I have attempted to follow the plan of care or consulted with the initial provider concerning serious concerns about the diagnosis or plan of care.",
    sourceIds: lawSources,
  },
  {
    id: "other",
    plain: "Another reason. The list in the law is not complete: other reasons can count too.",
    letter: "",
    sourceIds: lawSources,
  },
];

export function getReason(id: (typeof reasonIds)[number]): Reason {
  const reason = reasons.find((candidate) => candidate.id === id);
  if (!reason) throw new Error(`Unknown reason ${id}`);
  return reason;
}
