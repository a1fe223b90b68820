/** The overview's tasks, in the order the member takes them: the start page lists them before the statuses load. */
export const overviewTaskIds = ["yourPlan", "doctor", "memberServices", "submit", "decision", "ifDenied"] as const;
export type OverviewTaskId = (typeof overviewTaskIds)[number];
