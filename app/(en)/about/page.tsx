import { routes } from "@/lib/routes";
import type { Metadata } from "next";
import { OpenAnswersFile } from "@/components/answers-file/open-answers-file";
import { SaveAnswersButton } from "@/components/answers-file/save-answers-button";
import { IntentLink } from "@/components/intent-link";
import { answersFileText } from "@/content/answers-file";
import { pageTitle } from "@/lib/page-metadata";
import { pages } from "@/lib/steps";
import { DeleteAnswers } from "@/components/request-state/delete-answers";
import { aboutText } from "@/content/about";
import { siteText } from "@/content/site";
import { LAST_REVIEWED } from "@/content/legal";
import { formatLongDate } from "@/lib/dates/format";

export const metadata: Metadata = { title: "About and privacy" };

export default function AboutPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-l">About and privacy</h1>
      {aboutText.sections.map((section) => (
        <section key={section.heading}>
          <h2 className="heading-m">{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <p>
        The rules and deadlines were last reviewed on {formatLongDate(LAST_REVIEWED)}. See every rule with its source on{" "}
        <IntentLink href={routes.rights}>Your rights</IntentLink>.
      </p>
      <h2 className="heading-m">{answersFileText.heading}</h2>
      <p>{answersFileText.intro}</p>
      <SaveAnswersButton words={{ ...answersFileText.save, warning: answersFileText.warning }} />
      <OpenAnswersFile words={{ ...answersFileText, titles: Object.fromEntries(pages.map((page) => [page.route, pageTitle(page.route)])) }} />
      <h2 className="heading-m">Delete your answers</h2>
      <p>Your answers are kept only in this browser’s storage on this device until you delete them.</p>
      <DeleteAnswers words={siteText.deleteAnswers} headingLevel={3} />
    </main>
  );
}
