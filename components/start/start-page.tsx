import { OpenAnswersFile } from "@/components/answers-file/open-answers-file";
import { SaveAnswersButton } from "@/components/answers-file/save-answers-button";
import { IntentLink } from "@/components/intent-link";
import { ReturnOverview } from "@/components/overview/return-overview";
import { savedAnswersFlagScript } from "@/components/overview/saved-answers-flag";
import { wordsIn } from "@/content/words";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pageTitleIn } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { pages } from "@/lib/steps";

/** The start page in the page's language. */
export function StartPage({ locale }: { locale: Locale }) {
  const words = wordsIn(locale);
  const text = words.startPage;
  const answersFileText = words.answersFile;
  const titles = Object.fromEntries(pages.map((page) => [page.route, pageTitleIn(words.titles, page.route)]));
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      {/* Before anything below is painted: a returning member sees the overview, a new one the introduction. */}
      <script dangerouslySetInnerHTML={{ __html: savedAnswersFlagScript }} />
      <h1 className="heading-xl">{text.heading}</h1>
      <ReturnOverview words={{ ...words.overview, titles }} />
      <div className="start-intro">
        {text.summary.map((line) => (
          <p className="lead" key={line}>
            {line}
          </p>
        ))}
        <h2 className="heading-m">{text.needHeading}</h2>
        <ul className="list">
          {text.youNeed.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>{text.timeNeeded}</p>
        <p>{text.privacy}</p>
        <div className="button-group">
          <IntentLink
            className="button button--start"
            href={localePath(locale, routes.coverage)}
            role="button"
            draggable={false}
          >
            {text.start}
          </IntentLink>
        </div>
      </div>
      <h2 className="heading-m">{text.beforeHeading}</h2>
      <ul className="list">
        {text.before.map((item) => (
          <li key={item.route}>
            <IntentLink href={localePath(locale, routes[item.route])}>{item.link}</IntentLink>: {item.text}
          </li>
        ))}
      </ul>
      {/* Below the overview, so that it appearing once the answers are read moves nothing on screen. */}
      <SaveAnswersButton words={{ ...answersFileText.save, warning: answersFileText.warning }} />
      <h2 className="heading-m">{text.openHeading}</h2>
      <OpenAnswersFile words={{ ...answersFileText, titles }} />
    </main>
  );
}
