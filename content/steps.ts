/** Guidance shown on the four steps. Not legal facts: those live in content/legal. */
export const doctorStepText = {
  why: [
    "Your doctor can ask the plan for the second opinion for you. A referral from your doctor often makes approval faster.",
    "You can also ask the plan yourself. You do not need your doctor’s permission.",
  ],
  questionsHeading: "Questions to ask your doctor",
  questions: [
    "Will you refer me, or ask the plan for a second opinion for me?",
    "Which kind of specialist should give the second opinion?",
    "Can I have copies of my records, test results and imaging reports?",
    "Is my situation urgent? Could waiting harm my health?",
    "What happens if I wait for the second opinion before starting treatment?",
  ],
};

export const memberServicesStepText = {
  why: "Member services can tell you how your plan wants the request: where to send it, which forms to use and whether your doctor’s referral is enough.",
  phoneIntro: "Call the number on your insurance card:",
  scriptHeading: "What to say",
  /** The opening line: California law is named only when it applies to the member's plan. */
  scriptOpening: {
    withStateLaw: "“I am a member and I am asking for a second medical opinion under California law.”",
    withoutStateLaw: "“I am a member and I am asking the plan to cover a second medical opinion.”",
  },
  script: [
    "“My member ID is [your member ID]. My doctor is [your doctor’s name] and the condition is [your diagnosis].”",
    "“How do I submit the request, and where should I send it?”",
    "“Are there any forms I must use, or is my doctor’s referral enough?”",
    "“Please send me the plan’s timelines for second-opinion requests.”",
    "“Can I have a reference number for this call, and your name?”",
  ],
  tip: "Write down the date, the name of the person you spoke to and the reference number of every call. Add them to the call log below.",
};

/** The off-ramp page: California's second-opinion law does not reach the member's coverage. */
export const notCoveredText = {
  allIntro: "California’s second-opinion law does not cover these kinds of coverage:",
  whereToGo: "Where to go instead",
  continue: {
    heading: "You can still ask your plan",
    noRequestHeading: "There is no request to send",
    noRequest: "No plan has to approve a second opinion for this coverage, so you do not need a request letter. Use the steps above.",
    chooseFirstLink: "Tell us how you get your coverage",
    chooseFirst: "first.",
    button: "Continue with a general request",
    change: "Change how you get your coverage",
  },
};
