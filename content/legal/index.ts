export { LAST_REVIEWED, DISCLAIMER } from "./meta";
export { sources, getSource } from "./sources";
export { contacts, getContact } from "./contacts";
export { coverageRules, getCoverageRule, generalRequest, type CoverageRule } from "./coverage";
export { regulators, getRegulator, sharedWhoMayGiveOpinion, outOfNetworkRule, regulatorFinder, planNotes } from "./regulators";
export { clocks, getClock, type Clock, type ClockId } from "./clocks";
export { reasons } from "./reasons";
export { rightPoints, denialNoticeContents } from "./rights";
export { californiaHolidayCalendar } from "./holidays";
