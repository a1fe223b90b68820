import type { reasonIds } from "@/lib/steps/options";
import type { Reason } from "./schemas";

// The five reasons the law lists ("include, but are not limited to"):
// HSC §1383.15 and Ins. Code §10123.68(a)(1)–(5). `plain` is for the form;
// `letter` keeps to the law's meaning and key words ("plan of care", "bodily
// function") for the request letter, in sentences the member can read.

const lawSources = ["hsc-1383.15", "ins-10123.68"];

export const reasons: readonly Reason[] = [
  {
    id: "questions-surgery",
    plain: "I’m not sure the surgery I was offered is reasonable or needed.",
    letter: "I question whether the surgery my doctor recommended is reasonable or necessary.",
    sourceIds: lawSources,
  },
  {
    id: "serious-condition",
    plain: "I question my diagnosis or treatment plan. My condition could cost me my life, a limb or a body function, or harm me badly. This includes a serious long-term condition.",
    letter:
      "I question a diagnosis or plan of care for a condition that threatens my life, a limb or a bodily function, or could seriously impair me. This includes a serious chronic condition.",
    sourceIds: lawSources,
  },
  {
    id: "unclear-diagnosis",
    plain: "My signs are unclear or complex, my test results disagree, or my doctor can’t find a diagnosis.",
    letter:
      "The signs of my condition are unclear, or complex and confusing. Or my diagnosis is in doubt because my test results conflict. Or my treating doctor cannot diagnose my condition.",
    sourceIds: lawSources,
  },
  {
    id: "not-improving",
    plain: "My treatment plan is not helping in a reasonable time. I want another opinion on my diagnosis, or on going on with this treatment.",
    letter:
      "My treatment plan is not improving my condition within a fair amount of time. I want a second opinion on the diagnosis, or on whether to go on with the treatment.",
    sourceIds: lawSources,
  },
  {
    id: "concerns-after-trying",
    plain: "I have tried to follow my treatment plan, or talked with my doctor about serious concerns with my diagnosis or treatment plan.",
    letter:
      "I have tried to follow the plan of care, or I have talked with my first doctor about serious concerns with the diagnosis or plan of care.",
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
