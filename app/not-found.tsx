import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { siteText } from "@/content/site";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: siteText.notFound.title };

/** A mistyped or old address: a page with the site's header, a main landmark for the skip link, and a way on. */
export default function NotFound() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-l">{siteText.notFound.title}</h1>
      <p>{siteText.notFound.body}</p>
      <p>
        <IntentLink href={routes.start}>{siteText.notFound.startLink}</IntentLink>
      </p>
    </main>
  );
}
