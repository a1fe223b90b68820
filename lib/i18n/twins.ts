import { routes, type RouteKey } from "@/lib/routes";
import { localePath } from "./locales";

// Every page exists in both languages (tests/unit/i18n/twin-routes.test.ts
// checks each route has its Spanish route file).

/** The hreflang alternates of a page (English is also the default). */
export function languageAlternates(route: RouteKey): { languages: Record<string, string> } {
  const path = routes[route];
  return { languages: { en: path, es: localePath("es", path), "x-default": path } };
}

/** A page's metadata in a language: its title, and both languages' addresses. */
export function pageMetadata(route: RouteKey, title: string): { title: string; alternates: { languages: Record<string, string> } } {
  return { title, alternates: languageAlternates(route) };
}
