import type { Metadata } from "next";
import { flowWords, pageTitles } from "@/content/steps";
import { pageAt } from "@/lib/flow";
import type { Translated } from "@/lib/i18n/translated";
import type { RouteKey } from "@/lib/routes";
import { getStep } from "@/lib/steps";

type TitleWords = { flowWords: Translated<typeof flowWords>; pageTitles: Translated<typeof pageTitles> };

/** A page's title in a language: a numbered step's pages say their step ("Step 1: …"). */
export function pageTitleIn(words: TitleWords, route: RouteKey): string {
  const page = pageAt(route);
  const number = page ? getStep(page.step).number : undefined;
  return number ? words.flowWords.tabTitle(number, words.pageTitles[route]) : words.pageTitles[route];
}

/** A page's title in English, from the routes module's words. */
export const pageTitle = (route: RouteKey): string => pageTitleIn({ flowWords, pageTitles }, route);

export const metadataFor = (route: RouteKey): Metadata => ({ title: pageTitle(route) });
