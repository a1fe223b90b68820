// The words around the documents' own text: page numbers, the running header,
// the PDFs' properties and file names, and the print views' screen-reader
// labels. Each document's own words are in its module beside this one.

export const documentFrameText = {
  /** "Page 2 of 3", in every PDF's footer. */
  pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  /** The label before the member's name in a letter's reference lines. */
  memberLabel: "Member",
  /** Before the member ID in a letter's running header. */
  memberIdLabel: "Member ID",
  /** Before a letter's title in its running header, when the request is urgent. */
  urgentPrefix: "URGENT",
  /** Joins the member's phone and email in "You can reach me at … or …". */
  or: "or",
  /** Stands in for the plan's name when the member did not give it. */
  myHealthPlan: "my health plan",
  /** File names: second-opinion-request-<last-name>-<yyyy-mm-dd>.pdf. Lowercase ASCII, hyphens only. */
  fileNames: {
    prefix: "second-opinion",
    request: "request",
    checklist: "checklist",
    grievance: "grievance",
    timeline: "timeline",
    regulatorForm: "regulator-form",
    authorization: "authorization",
  },
  /** The PDFs' "subject" property. */
  subjects: {
    checklist: "Records to gather and send with a request for a second medical opinion",
    regulatorForm: "The member's answers to copy into the state regulator's form",
  },
  /** The checklist's print view: the unlabelled tick-box column, and a line to fill in. */
  doneColumn: "Done",
  blankToFill: "(blank, to fill in by hand)",
} as const;
