// The only module that pulls in the PDF renderer for the browser. It runs in
// the documents' worker (pdf.worker.ts); never import it from client code (it
// is several hundred kilobytes).
import { pdf } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { authorizationDocument } from "./authorization";
import { checklistDocument } from "./checklist";
import { fileNameIn, type FileNameWords } from "./file-names";
import { grievanceDocument } from "./grievance";
import type { DocumentLanguage } from "./language/types";
import { letterDocument } from "./letter";
import { regulatorFormDocument } from "./regulator-form";
import { timelineDocument } from "./timeline";
import type { DocumentInput, PdfKind, RenderedPdf } from "./types";

const made: Record<PdfKind, { document: (input: DocumentInput, language: DocumentLanguage) => ReactElement; fileName: Exclude<keyof FileNameWords, "prefix"> }> = {
  letter: { document: letterDocument, fileName: "request" },
  checklist: { document: checklistDocument, fileName: "checklist" },
  grievance: { document: grievanceDocument, fileName: "grievance" },
  timeline: { document: timelineDocument, fileName: "timeline" },
  regulatorForm: { document: regulatorFormDocument, fileName: "regulatorForm" },
  authorization: { document: authorizationDocument, fileName: "authorization" },
};

/** The file name a document gets in a language. */
export const pdfFileName = (kind: PdfKind, input: DocumentInput, language: DocumentLanguage) =>
  fileNameIn(language.words.frame.fileNames, made[kind].fileName, input.request.aboutYou.fullName, input.today);

export async function renderPdf(kind: PdfKind, input: DocumentInput, language: DocumentLanguage): Promise<RenderedPdf> {
  const blob = await pdf(made[kind].document(input, language) as Parameters<typeof pdf>[0]).toBlob();
  return { blob, fileName: pdfFileName(kind, input, language) };
}
