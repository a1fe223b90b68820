import { usePathname } from "next/navigation";
import { localeOfPath, type Locale } from "@/lib/i18n/locales";

/** The page's language, read from its address in a client component (no provider needed). */
export const useLocale = (): Locale => localeOfPath(usePathname());
