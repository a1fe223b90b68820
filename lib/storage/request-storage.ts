import { readRequest, type ResetField } from "@/lib/answers/read";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";
import { readSavedText } from "./saved-text";
import { STORAGE_KEY } from "./storage-key";

export { STORAGE_KEY };
export const STORAGE_VERSION = 1;

/** What is written to localStorage: the request with its format version. */
type StoredEnvelope = { version: number; savedAt: string; request: unknown };

export type LoadNotice = { kind: "unreadable" } | { kind: "newer-version" } | { kind: "fields-reset"; fields: ResetField[] };

export type SaveResult = { ok: true } | { ok: false; reason: "quota" | "unavailable" };

/** Migrations from each older version to the next. */
const migrations: Record<number, (request: unknown) => unknown> = {
  // Version 0 was the unversioned draft of the early prototype: same shape.
  0: (request) => request,
};

function isEnvelope(value: unknown): value is StoredEnvelope {
  return typeof value === "object" && value !== null && "request" in value;
}

function migrate(envelope: StoredEnvelope): unknown {
  let { request } = envelope;
  const from = Number.isInteger(envelope.version) ? envelope.version : 0;
  for (let version = Math.max(from, 0); version < STORAGE_VERSION; version += 1) {
    request = migrations[version]?.(request) ?? request;
  }
  return request;
}

/** Saved answers as read: whatever was valid, and what the member should be told. */
export type ReadAnswers = { request: SecondOpinionRequest; notices: LoadNotice[] };

/**
 * Reads an envelope already parsed from JSON, from this device or from a saved
 * file: null when it is not an envelope at all; otherwise older versions are
 * migrated, whatever is valid is kept, and the notices say what was reset.
 */
export function readEnvelope(parsed: unknown): ReadAnswers | null {
  if (!isEnvelope(parsed)) return null;
  const notices: LoadNotice[] = [];
  if (isNewerEnvelope(parsed)) notices.push({ kind: "newer-version" });
  const { request, reset } = readRequest(migrate(parsed));
  if (reset.length > 0) notices.push({ kind: "fields-reset", fields: reset });
  return { request, notices };
}

/** Saved by a later version of this tool than this one. */
export const isNewerEnvelope = (envelope: { version?: unknown }) => typeof envelope.version === "number" && envelope.version > STORAGE_VERSION;

/**
 * Reads saved answers from their stored text. Never throws: corrupt data, an
 * old version or a wrong shape keeps whatever is valid and says what was reset.
 */
function readStoredText(raw: string | null): ReadAnswers {
  if (raw === null) return { request: emptyRequest(), notices: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { request: emptyRequest(), notices: [{ kind: "unreadable" }] };
  }
  return readEnvelope(parsed) ?? { request: emptyRequest(), notices: [{ kind: "unreadable" }] };
}

/** The answers saved on this device (see readStoredText). */
export function loadRequest(storage: Pick<Storage, "getItem"> | undefined) {
  return readStoredText(readSavedText(storage));
}

/** The answers as they are saved, on this device or in a file. */
export const envelopeFor = (request: SecondOpinionRequest, now = new Date()): StoredEnvelope => ({ version: STORAGE_VERSION, savedAt: now.toISOString(), request });

export function saveRequest(storage: Pick<Storage, "setItem"> | undefined, request: SecondOpinionRequest): SaveResult {
  if (!storage) return { ok: false, reason: "unavailable" };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(envelopeFor(request)));
    return { ok: true };
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
    return { ok: false, reason: quota ? "quota" : "unavailable" };
  }
}

export { deleteSavedRequest } from "./saved-text";
