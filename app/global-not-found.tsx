import type { Metadata } from "next";
import Link from "next/link";
import { siteText } from "@/content/site";
import { siteText as spanishSiteText } from "@/content/es/site";
import "./globals.css";

export const metadata: Metadata = { title: `${siteText.notFound.title} / ${spanishSiteText.notFound.title}` };

/**
 * An address that matches no page, in either language (each language has its
 * own root layout, so there is no one layout to put a not-found page in): the
 * site's header, a main landmark for the skip link, and a way on, in English
 * then Spanish. Outside the answers' provider: a static page, no script.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main-content">
          {siteText.skipLink}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="site-header__name" href="/" prefetch={false}>
              {siteText.name}
            </Link>
          </div>
        </header>
        <div className="page">
          <main id="main-content" className="main" tabIndex={-1}>
            <h1 className="heading-l">{siteText.notFound.title}</h1>
            <p>{siteText.notFound.body}</p>
            <p>
              <Link href="/" prefetch={false}>{siteText.notFound.startLink}</Link>
            </p>
            <div lang="es">
              <h2 className="heading-m">{spanishSiteText.notFound.title}</h2>
              <p>{spanishSiteText.notFound.body}</p>
              <p>
                <Link href="/es" prefetch={false}>{spanishSiteText.notFound.startLink}</Link>
              </p>
            </div>
          </main>
        </div>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p className="disclaimer">{siteText.disclaimer}</p>
            <p lang="es">{spanishSiteText.disclaimer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
