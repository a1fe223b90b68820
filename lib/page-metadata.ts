import type { Metadata } from "next";
import { flowWords, pageTitles } from "@/content/steps";
import { wordsIn } from "@/content/words";
import { pageAt } from "@/lib/flow";
import type { Locale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";
import { pageMetadata } from "@/lib/i18n/twins";
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

/** A page's title in its language, and its twin's address when it has one. */
export const metadataFor = (route: RouteKey, locale: Locale): Metadata => pageMetadata(route, pageTitleIn(wordsIn(locale).titles, route));
