// The legal content in Spanish, with the same names as content/legal/index.ts.
export { LAST_REVIEWED, DISCLAIMER } from "./meta";
export { sources, getSource } from "./sources";
export { contacts, getContact } from "./contacts";
export { coverageRules, getCoverageRule, generalRequest } from "./coverage";
export { regulators, getRegulator, sharedWhoMayGiveOpinion, outOfNetworkRule, regulatorFinder, planNotes } from "./regulators";
export { clocks, getClock } from "./clocks";
export { reasons } from "./reasons";
export { rightPoints, denialNoticeContents } from "./rights";
export { californiaHolidayCalendar } from "./holidays";
export { escalationSteps, freeHelpStep, mediCalAppealStep } from "./escalation";
export { mediCalTrack } from "./medi-cal";
