import { STORAGE_KEY } from "./storage-key";

/**
 * The saved answers as stored text, or null when nothing is saved or storage
 * cannot be read. No zod here: a page can look, or hand the text to a worker
 * to check, without loading the schemas.
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
