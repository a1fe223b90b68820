import { readFileSync } from "node:fs";
import path from "node:path";

/** The storage key the app reads (lib/storage/request-storage.ts). */
export const STORAGE_KEY = "ca-second-opinion:request";

/** A complete HMO request as the app stores it: every step answered. */
export const completeRequestEnvelope = readFileSync(path.resolve("tests/bench/fixtures/complete-request.json"), "utf8");
