/**
 * The words of the two pages beside the questions: "California's
 * second-opinion law does not apply" (the off-ramp) and "Who regulates my
 * plan?" (the regulator finder). Their legal statements are in content/legal.
 */
export const asidePagesText = {
  notCovered: {
    heading: "California’s second-opinion law does not apply to your coverage",
  },
  regulatorFinder: {
    lead: "Your rights depend on which state office oversees your plan: the Department of Managed Health Care (DMHC) or the California Department of Insurance (CDI).",
    hmoHeading: "Is your plan an HMO?",
    papersHeading: "Check your papers",
    callHeading: "Or call and ask",
    stillNotSureHeading: "Still not sure?",
    stillNotSure:
      "You can choose “I’m not sure” and go on. We will show you the rules for both, and your letter will still ask for a second opinion.",
    backToPlan: "Back to your plan answers",
  },
};
