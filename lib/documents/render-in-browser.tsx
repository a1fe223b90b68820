// The only module that pulls in the PDF renderer for the browser. Load it
// with import() when the member shows intent to download; never import it
// statically from client code (it is several hundred kilobytes).
import { pdf } from "@react-pdf/renderer";
import { authorizationDocument } from "./authorization";
import { checklistDocument } from "./checklist";
import { authorizationFileName, checklistFileName, grievanceFileName, letterFileName, regulatorFormFileName, timelineFileName } from "./file-names";
import { grievanceDocument } from "./grievance";
import { letterDocument } from "./letter";
import { regulatorFormDocument } from "./regulator-form";
import { timelineDocument } from "./timeline";
import type { DocumentInput } from "./types";

type RenderedPdf = { blob: Blob; fileName: string };

export async function renderLetterPdf(input: DocumentInput): Promise<RenderedPdf> {
  const blob = await pdf(letterDocument(input)).toBlob();
  return { blob, fileName: letterFileName(input.request.aboutYou.fullName, input.today) };
}

export async function renderChecklistPdf(input: DocumentInput): Promise<RenderedPdf> {
  const blob = await pdf(checklistDocument(input)).toBlob();
  return { blob, fileName: checklistFileName(input.request.aboutYou.fullName, input.today) };
}

export async function renderGrievancePdf(input: DocumentInput): Promise<RenderedPdf> {
  const blob = await pdf(grievanceDocument(input)).toBlob();
  return { blob, fileName: grievanceFileName(input.request.aboutYou.fullName, input.today) };
}

export async function renderTimelinePdf(input: DocumentInput): Promise<RenderedPdf> {
  const blob = await pdf(timelineDocument(input)).toBlob();
  return { blob, fileName: timelineFileName(input.request.aboutYou.fullName, input.today) };
}

export async function renderRegulatorFormPdf(input: DocumentInput): Promise<RenderedPdf> {
  const blob = await pdf(regulatorFormDocument(input)).toBlob();
  return { blob, fileName: regulatorFormFileName(input.request.aboutYou.fullName, input.today) };
}

export async function renderAuthorizationPdf(input: DocumentInput): Promise<RenderedPdf> {
  const blob = await pdf(authorizationDocument(input)).toBlob();
  return { blob, fileName: authorizationFileName(input.request.aboutYou.fullName, input.today) };
}
