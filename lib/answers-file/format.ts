import { todayInCalifornia } from "@/lib/dates/california-today";
import { lastNameSlug } from "@/lib/documents/name-slug";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { envelopeFor } from "@/lib/storage/request-storage";

/** What marks a file as ours: its `format`, and the version of the file's own frame. */
export const ANSWERS_FILE_FORMAT = "second-opinion-ca-answers";
export const ANSWERS_FILE_VERSION = 1;

/** Saved answers are a few kilobytes; anything over 1 MiB is not one of our files, and is not read. */
export const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;

/**
 * The file "Save my answers to a file" downloads: the same envelope the app
 * keeps in this browser's storage, inside a frame that says what the file is.
 */
export function answersFileContents(request: SecondOpinionRequest, now = new Date()): string {
  return JSON.stringify({ format: ANSWERS_FILE_FORMAT, formatVersion: ANSWERS_FILE_VERSION, answers: envelopeFor(request, now) }, null, 2);
}

/** second-opinion-answers-<last-name>-<yyyy-mm-dd>.json, or without the name when there is none. */
export function answersFileName(fullName: string | undefined, now = new Date()): string {
  return ["second-opinion-answers", lastNameSlug(fullName), todayInCalifornia(now)].filter(Boolean).join("-") + ".json";
}
