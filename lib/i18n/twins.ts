import { routes, type RouteKey } from "@/lib/routes";
import { localePath, type Locale } from "./locales";

/**
 * The pages that exist in Spanish so far. English has every page; a page
 * joins this list when its Spanish twin is built, and the language link and
 * the hreflang alternates appear on both versions then.
 */
export const spanishRoutes = ["start", "about", "rights", "ifDenied"] as const satisfies readonly RouteKey[];

const spanishPaths = new Set<string>(spanishRoutes.map((route) => routes[route]));

/** Whether a page (by its English path) exists in a language. */
export const existsIn = (locale: Locale, path: string) => locale === "en" || spanishPaths.has(path);

/** The English paths of the pages that exist in both languages. */
export const pathsWithTwin: readonly string[] = [...spanishPaths];

/** The hreflang alternates of a page that exists in both languages (English is also the default). */
export function languageAlternates(route: RouteKey): { languages: Record<string, string> } | undefined {
  const path = routes[route];
  if (!existsIn("es", path)) return undefined;
  return { languages: { en: path, es: localePath("es", path), "x-default": path } };
}

/** A page's metadata in a language: its title, and the other language's address when it has a twin. */
export function pageMetadata(route: RouteKey, title: string): { title: string; alternates?: { languages: Record<string, string> } } {
  const alternates = languageAlternates(route);
  return alternates ? { title, alternates } : { title };
}
