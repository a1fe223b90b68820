/** Where the answers are kept in localStorage. Its own module, so a page can see whether anything is saved without loading zod. */
export const STORAGE_KEY = "ca-second-opinion:request";
