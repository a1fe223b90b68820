import { getContact } from "@/content/legal/contacts";
import { getSource } from "@/content/legal/sources";
import { citationsFrom } from "./citations-from";

export { citationsFrom } from "./citations-from";

/** Citations and contacts in English. */
export const { citationFor, sourced, allSources, contactFor } = citationsFrom({ getSource, getContact });
