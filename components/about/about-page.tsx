import { OpenAnswersFile } from "@/components/answers-file/open-answers-file";
import { SaveAnswersButton } from "@/components/answers-file/save-answers-button";
import { IntentLink } from "@/components/intent-link";
import { DeleteAnswers } from "@/components/request-state/delete-answers";
import { LAST_REVIEWED } from "@/content/legal/meta";
import { wordsIn } from "@/content/words";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pageTitleIn } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { pages } from "@/lib/steps";

/** About and privacy, in the page's language. */
export function AboutPage({ locale }: { locale: Locale }) {
  const words = wordsIn(locale);
  const text = words.aboutPage;
  const answersFileText = words.answersFile;
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-l">{text.title}</h1>
      {words.about.sections.map((section) => (
        <section key={section.heading}>
          <h2 className="heading-m">{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <p>
        {text.lastReviewed(words.dates.formatLongDate(LAST_REVIEWED))}{" "}
        <IntentLink href={localePath(locale, routes.rights)}>{text.rightsLink}</IntentLink>.
      </p>
      <h2 className="heading-m">{answersFileText.heading}</h2>
      <p>{answersFileText.intro}</p>
      <SaveAnswersButton words={{ ...answersFileText.save, warning: answersFileText.warning }} />
      <OpenAnswersFile words={{ ...answersFileText, titles: Object.fromEntries(pages.map((page) => [page.route, pageTitleIn(words.titles, page.route)])) }} />
      <h2 className="heading-m">{text.deleteHeading}</h2>
      <p>{text.deleteIntro}</p>
      <DeleteAnswers words={words.site.deleteAnswers} headingLevel={3} />
    </main>
  );
}
