import { STORAGE_KEY } from "@/lib/storage/storage-key";

/** On <html> while answers are saved: the start page then shows the overview instead of its introduction. */
export const SAVED_ANSWERS_FLAG = "data-saved-answers";

/**
 * Run as the start page is parsed, before its first paint: a returning member
 * sees the overview's place from the start, with no jump when the answers are
 * read. Only whether something is stored is read here, never the answers.
 */
export const savedAnswersFlagScript = `try{localStorage.getItem(${JSON.stringify(STORAGE_KEY)})&&document.documentElement.setAttribute(${JSON.stringify(SAVED_ANSWERS_FLAG)},"")}catch(e){}`;
