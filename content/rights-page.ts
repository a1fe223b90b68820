import type { HolidayRule } from "@/content/legal/holidays";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORDINALS = ["", "First", "Second", "Third", "Fourth"];

/** The "Your rights" page's own words (the rules themselves are in content/legal). */
export const rightsPageText = {
  title: "Your rights",
  heading: "Your rights to a second opinion in California",
  lead: "Most California health plans must cover a second opinion from another qualified doctor. The rules depend on who licenses your plan, not on whether it is called an HMO or a PPO.",
  regulatorFinderLink: "How to find out who regulates your plan",
  anyPlanHeading: "Your rights, for any covered plan",
  whoHeading: "Who can give the opinion",
  whoAlsoDepends: "Who you can choose also depends on who licenses your plan: see the side-by-side below.",
  outOfNetworkHeading: "Outside the network",
  reasonsHeading: "Reasons the law lists",
  reasonsIntro: "The law names these reasons. The list is not complete: other reasons can count too.",
  sideBySideHeading: "Side by side",
  columns: {
    dmhc: { heading: "Plan licensed by DMHC", note: "All HMOs, and many PPO, EPO and POS plans." },
    cdi: { heading: "Insurance policy regulated by CDI", note: "Many traditional PPO insurance policies." },
    notCovered: {
      heading: "Not covered by this law",
      note: "Original Medicare, Medicare Advantage, self-funded job plans, fee-for-service Medi-Cal, TRICARE and VA.",
    },
  },
  lawAppliesHeading: "Does the law apply?",
  lawHeading: "The law",
  deadlinesHeading: "Deadlines",
  howToTellHeading: "How to tell",
  whoToCallHeading: "Who to call",
  freeHelpHeading: "Free help",
  countingHeading: "How we count the days",
  countingIntro: "Business days skip Saturdays, Sundays and California state holidays. We show two dates for each business-day deadline:",
  likelyDate: "The likely date.",
  latestDate: "The latest date.",
  clockHours: "Hours are clock hours: 72 hours from Friday at 3 pm is Monday at 3 pm.",
  holidaysHeading: "California state holidays",
  stateOfficesClose: "(state offices close)",
  /** When a holiday falls, in words: "January 1", "Third Monday in January". */
  holidayRule(rule: HolidayRule): string {
    switch (rule.kind) {
      case "fixed":
        return `${MONTHS[rule.month - 1]} ${rule.day}`;
      case "nth-weekday":
        return rule.daysAfter
          ? `The day after the ${ORDINALS[rule.n]?.toLowerCase()} ${WEEKDAYS[rule.weekday]} in ${MONTHS[rule.month - 1]}`
          : `${ORDINALS[rule.n]} ${WEEKDAYS[rule.weekday]} in ${MONTHS[rule.month - 1]}`;
      case "last-weekday":
        return `Last ${WEEKDAYS[rule.weekday]} in ${MONTHS[rule.month - 1]}`;
      case "listed":
        return "Changes each year";
    }
  },
};
