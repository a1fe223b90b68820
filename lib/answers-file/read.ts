import { completedSteps } from "@/lib/answers/check";
import { todayInCalifornia } from "@/lib/dates/california-today";
import type { IsoDate } from "@/lib/dates/date-parts";
import { resumeRoute } from "@/lib/flow";
import type { RouteKey } from "@/lib/routes";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { isNewerEnvelope, readEnvelope, type ReadAnswers } from "@/lib/storage/request-storage";
import { ANSWERS_FILE_FORMAT, ANSWERS_FILE_VERSION, MAX_ANSWERS_FILE_BYTES } from "./format";

/** Why a file was refused; nothing on this device changes then. */
export type AnswersFileProblem = "not-ours" | "damaged" | "newer" | "too-large";

/** What a file holds, shown before its answers replace the ones on this device. */
export type AnswersFileSummary = { name?: string; plan?: string; carryOnAt: RouteKey; savedOn?: IsoDate };

export type AnswersFileResult = { ok: true; answers: ReadAnswers; summary: AnswersFileSummary } | { ok: false; problem: AnswersFileProblem };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Checked on the file's size before anything is read. */
export const isTooLarge = (bytes: number) => bytes > MAX_ANSWERS_FILE_BYTES;

/** The California date an envelope was saved on, when its time can be read. */
function savedOn(savedAt: unknown): IsoDate | undefined {
  if (typeof savedAt !== "string") return undefined;
  const instant = new Date(savedAt);
  return Number.isNaN(instant.getTime()) ? undefined : todayInCalifornia(instant);
}

const answered = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** The member's name, their plan, and the page they would carry on from. */
export function describeAnswers(request: SecondOpinionRequest, savedAt?: unknown): AnswersFileSummary {
  return {
    name: answered(request.aboutYou.fullName),
    plan: answered(request.plan.planName),
    carryOnAt: resumeRoute(request, completedSteps(request)),
    savedOn: savedOn(savedAt),
  };
}

/**
 * Reads a file of saved answers. Our frame must be there and no newer than
 * this version; the answers inside go through the same tolerant reader as the
 * ones in this browser's storage (older versions migrated, invalid answers
 * reset and named in the notices).
 */
export function readAnswersFile(text: string): AnswersFileResult {
  if (isTooLarge(text.length)) return { ok: false, problem: "too-large" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: "damaged" };
  }
  if (!isRecord(parsed) || parsed.format !== ANSWERS_FILE_FORMAT) return { ok: false, problem: "not-ours" };
  if (typeof parsed.formatVersion !== "number" || !Number.isInteger(parsed.formatVersion) || parsed.formatVersion < 1) return { ok: false, problem: "damaged" };
  if (parsed.formatVersion > ANSWERS_FILE_VERSION) return { ok: false, problem: "newer" };
  const envelope = parsed.answers;
  if (!isRecord(envelope)) return { ok: false, problem: "damaged" };
  if (isNewerEnvelope(envelope)) return { ok: false, problem: "newer" };
  const answers = readEnvelope(envelope);
  if (!answers) return { ok: false, problem: "damaged" };
  return { ok: true, answers, summary: describeAnswers(answers.request, envelope.savedAt) };
}
