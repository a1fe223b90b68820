// Types for requests.mjs (plain ESM so that the bench scripts can use it too).
import type { SecondOpinionRequest } from "@/lib/steps/request";

export const FIXTURE_NOW: Date;
export const STORAGE_KEY: string;
export function completeHmoRequest(): SecondOpinionRequest;
export function savedText(request?: unknown, version?: unknown): string;
