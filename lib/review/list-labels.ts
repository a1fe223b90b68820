import { recordItems } from "@/content/documents/checklist";
import { reasons } from "@/content/legal/reasons";
import type { ListLabels } from "./summary-rows";

/** The names of reasons and records, read on the server and handed to the review page. */
export const listLabels: ListLabels = {
  reasons: Object.fromEntries(reasons.map((reason) => [reason.id, reason.plain])),
  enclosures: Object.fromEntries(Object.entries(recordItems).map(([id, item]) => [id, item.label])),
};
