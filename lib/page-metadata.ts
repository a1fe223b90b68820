import type { Metadata } from "next";
import { flowWords, pageTitles } from "@/content/steps";
import { pageAt } from "@/lib/flow";
import type { RouteKey } from "@/lib/routes";
import { getStep } from "@/lib/steps";

/** A page's title from the routes module's words: a numbered step's pages say their step ("Step 1: …"). */
export function pageTitle(route: RouteKey): string {
  const page = pageAt(route);
  const number = page ? getStep(page.step).number : undefined;
  return number ? flowWords.tabTitle(number, pageTitles[route]) : pageTitles[route];
}

export const metadataFor = (route: RouteKey): Metadata => ({ title: pageTitle(route) });
