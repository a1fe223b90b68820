import { getContact } from "@/content/legal/contacts";
import { getSource } from "@/content/legal/sources";
import { citationsFrom } from "./citations-from";

export { citationsFrom, type LegalLookups } from "./citations-from";

/** Citations and contacts in English. */
export const { citationFor, sourced, sourcedFor, allSources, contactFor } = citationsFrom({ getSource, getContact });
