import { usePathname } from "next/navigation";
import { localeOfPath, localizedHref, type Locale } from "./locales";

/** The language of the page a client component is on, read from its address. */
export const usePageLocale = (): Locale => localeOfPath(usePathname());

/** App paths in the page's language, for links and navigation made in the browser. */
export function useLocalizedHref(): (href: string) => string {
  const locale = usePageLocale();
  return (href) => localizedHref(locale, href);
}
