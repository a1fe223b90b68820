import type { DerivedRules } from "@/lib/rules/types";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";

/**
 * The parts of the derived rules (lib/rules) the documents read. Documents
 * never work out legal facts themselves: which law, which regulator, whether
 * the request is urgent and when the plan must answer all come from here.
 */
export type DocumentRules = Pick<DerivedRules, "stateLaw" | "regulator" | "regulatorIsAssumed" | "statute" | "grievanceStatute" | "urgent" | "grievanceUrgent" | "mediCal" | "offRamp"> & {
  deadlines: Pick<DerivedRules["deadlines"], "decisionDue" | "grievanceAnswerDue" | "mayGoToRegulator" | "imrApplyBy">;
};

/** Everything a document is made from. */
export type DocumentInput = {
  request: SecondOpinionRequest;
  rules: DocumentRules;
  /** The letter's date and the file names' date: today in California, yyyy-mm-dd. */
  today: IsoDate;
};

/** The documents made as PDFs in the browser. */
export type PdfKind = "letter" | "checklist" | "grievance" | "timeline" | "regulatorForm" | "authorization";

export type RenderedPdf = { blob: Blob; fileName: string };
