import type { Metadata, Viewport } from "next";
import { IntentLink } from "@/components/intent-link";
import type { ReactNode } from "react";
import { RequestStateProvider } from "@/components/request-state/request-provider";
import { SavedAnswersNotices } from "@/components/request-state/saved-answers-notices";
import { DeleteAnswers } from "@/components/request-state/delete-answers";
import { siteText } from "@/content/site";
import { routes } from "@/lib/routes";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: siteText.name, template: `%s – ${siteText.name}` },
  description: siteText.description,
  // Installable on a phone's home screen (public/manifest.webmanifest).
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f4c81" };

/** Production builds register the offline service worker (public/register-sw.js) once the page has loaded. */
const registersServiceWorker = process.env.NODE_ENV === "production";

export default function RootLayout({ children }: { children: ReactNode }) {
  // suppressHydrationWarning: the start page marks <html> before React starts when answers are saved (components/overview).
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        {registersServiceWorker && <script src="/register-sw.js" async />}
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <IntentLink className="site-header__name" href={routes.start}>
              {siteText.name}
            </IntentLink>
            <nav className="site-header__nav" aria-label="Main">
              <ul>
                {siteText.navigation.map((item) => (
                  <li key={item.route}>
                    <IntentLink href={routes[item.route]}>
                      {item.label}
                    </IntentLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <RequestStateProvider>
          <div className="page">
            <SavedAnswersNotices loadFailedWords={siteText.loadFailed} />
            {children}
          </div>
          <footer className="site-footer">
            <div className="site-footer__inner">
              <p className="disclaimer">{siteText.disclaimer}</p>
              <p>{siteText.privacy}</p>
              <DeleteAnswers />
            </div>
          </footer>
        </RequestStateProvider>
      </body>
    </html>
  );
}
