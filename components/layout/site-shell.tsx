import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link";
import { DeleteAnswers } from "@/components/request-state/delete-answers";
import { RequestStateProvider } from "@/components/request-state/request-provider";
import { SavedAnswersNotices } from "@/components/request-state/saved-answers-notices";
import { wordsIn } from "@/content/words";
import { languageNames, localePath, otherLocale, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { LanguageLink } from "./language-link";

/** Production builds register the offline service worker (public/register-sw.js) once the page has loaded. */
const registersServiceWorker = process.env.NODE_ENV === "production";

/** The page around every page, in its language: skip link, header, the saved answers, footer with "not legal advice". */
export function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const text = wordsIn(locale).site;
  // suppressHydrationWarning: the start page marks <html> before React starts when answers are saved (components/overview).
  return (
    <html lang={locale} suppressHydrationWarning>
      <body>
        {registersServiceWorker && <script src="/register-sw.js" async />}
        <a className="skip-link" href="#main-content">
          {text.skipLink}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <IntentLink className="site-header__name" href={localePath(locale, routes.start)}>
              {text.name}
            </IntentLink>
            <nav className="site-header__nav" aria-label={text.navigationLabel}>
              <ul>
                {text.navigation.map((item) => (
                  <li key={item.route}>
                    <IntentLink href={localePath(locale, routes[item.route])}>{item.label}</IntentLink>
                  </li>
                ))}
                <LanguageLink to={otherLocale(locale)} name={languageNames[otherLocale(locale)]} />
              </ul>
            </nav>
          </div>
        </header>
        <RequestStateProvider>
          <div className="page">
            <SavedAnswersNotices locale={locale} loadFailedWords={text.loadFailed} />
            {children}
          </div>
          <footer className="site-footer">
            <div className="site-footer__inner">
              <p className="disclaimer">{text.disclaimer}</p>
              <p>{text.privacy}</p>
              <DeleteAnswers words={text.deleteAnswers} />
            </div>
          </footer>
        </RequestStateProvider>
      </body>
    </html>
  );
}
