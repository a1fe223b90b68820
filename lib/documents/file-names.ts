import { documentFrameText } from "@/content/documents/frame";
import type { IsoDate } from "@/lib/dates/date-parts";
import { lastNameSlug } from "./name-slug";

/** The words of a file name, in the document's language (content/documents/frame.ts `fileNames`). */
export type FileNameWords = { prefix: string; request: string; checklist: string; grievance: string; timeline: string; regulatorForm: string; authorization: string };

const englishFileNames: FileNameWords = documentFrameText.fileNames;

/** A document's file name in a language: segunda-opinion-solicitud-garcia-lopez-2026-11-26.pdf in Spanish. */
export function fileNameIn(words: FileNameWords, kind: Exclude<keyof FileNameWords, "prefix">, fullName: string | undefined, today: IsoDate): string {
  const slug = lastNameSlug(fullName);
  return [words.prefix, words[kind], slug, today].filter(Boolean).join("-") + ".pdf";
}

const fileName = (kind: "request" | "checklist" | "grievance" | "timeline" | "regulator-form" | "authorization", fullName: string | undefined, today: IsoDate) =>
  fileNameIn(englishFileNames, kind === "regulator-form" ? "regulatorForm" : kind, fullName, today);

/** second-opinion-request-<last-name>-<yyyy-mm-dd>.pdf */
export const letterFileName = (fullName: string | undefined, today: IsoDate) => fileName("request", fullName, today);

/** second-opinion-checklist-<last-name>-<yyyy-mm-dd>.pdf */
export const checklistFileName = (fullName: string | undefined, today: IsoDate) => fileName("checklist", fullName, today);

/** second-opinion-grievance-<last-name>-<yyyy-mm-dd>.pdf */
export const grievanceFileName = (fullName: string | undefined, today: IsoDate) => fileName("grievance", fullName, today);
