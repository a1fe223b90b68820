import { STORAGE_KEY } from "./storage-key";

/** This browser's localStorage, or undefined where reaching it throws (storage turned off, some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The saved answers as stored text, or null when nothing is saved or storage
 * cannot be read. No zod here: a page can look without loading the schemas.
 */
export function readSavedText(storage: Pick<Storage, "getItem"> | undefined): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function deleteSavedRequest(storage: Pick<Storage, "removeItem"> | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing saved that we can reach; the in-memory answers are cleared anyway.
  }
}
