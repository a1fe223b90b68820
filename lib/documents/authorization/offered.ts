import type { SecondOpinionRequest } from "@/lib/steps/request";
import { present } from "../format";

/** The helper the authorization names: only when the member said someone helps and gave their name. */
export function authorizedHelper({ aboutYou }: SecondOpinionRequest): { name: string; relationship?: string } | undefined {
  const name = aboutYou.hasHelper === "yes" ? present(aboutYou.helperName) : undefined;
  if (!name) return undefined;
  const relationship = present(aboutYou.helperRelationship);
  return relationship ? { name, relationship } : { name };
}
