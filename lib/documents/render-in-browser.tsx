// The only module that pulls in the PDF renderer for the browser. It runs in
// the documents' worker (pdf.worker.ts); never import it from client code (it
// is several hundred kilobytes).
import { pdf } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { authorizationDocument } from "./authorization";
import { checklistDocument } from "./checklist";
import { authorizationFileName, checklistFileName, grievanceFileName, letterFileName, regulatorFormFileName, timelineFileName } from "./file-names";
import { grievanceDocument } from "./grievance";
import { letterDocument } from "./letter";
import { regulatorFormDocument } from "./regulator-form";
import { timelineDocument } from "./timeline";
import type { DocumentInput, PdfKind, RenderedPdf } from "./types";

const made: Record<PdfKind, { document: (input: DocumentInput) => ReactElement; fileName: (fullName: string | undefined, today: DocumentInput["today"]) => string }> = {
  letter: { document: letterDocument, fileName: letterFileName },
  checklist: { document: checklistDocument, fileName: checklistFileName },
  grievance: { document: grievanceDocument, fileName: grievanceFileName },
  timeline: { document: timelineDocument, fileName: timelineFileName },
  regulatorForm: { document: regulatorFormDocument, fileName: regulatorFormFileName },
  authorization: { document: authorizationDocument, fileName: authorizationFileName },
};

export async function renderPdf(kind: PdfKind, input: DocumentInput): Promise<RenderedPdf> {
  const { document, fileName } = made[kind];
  const blob = await pdf(document(input) as Parameters<typeof pdf>[0]).toBlob();
  return { blob, fileName: fileName(input.request.aboutYou.fullName, input.today) };
}
