import * as englishDates from "@/lib/dates/format";
import * as spanishDates from "@/lib/dates/format-es";
import type { Locale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";
import { aboutText } from "./about";
import { asidePagesText } from "./aside-pages";
import * as documentAuthorization from "./documents/authorization";
import * as documentPage from "./documents/page";
import { regulatorFormText } from "./documents/regulator-form";
import { fieldText } from "./fields";
import { noScriptText } from "./no-script";
import { rightsPageText } from "./rights-page";
import { aboutPageText } from "./about-page";
import { answersFileText } from "./answers-file";
import { ifDeniedText } from "./next-steps";
import { overviewText } from "./overview";
import { siteText } from "./site";
import { startPageText } from "./start-page";
import * as englishSteps from "./steps";
import { aboutText as spanishAboutText } from "./es/about";
import { asidePagesText as spanishAsidePagesText } from "./es/aside-pages";
import * as spanishDocumentAuthorization from "./es/documents/authorization";
import * as spanishDocumentPage from "./es/documents/page";
import { regulatorFormText as spanishRegulatorFormText } from "./es/documents/regulator-form";
import { fieldText as spanishFieldText } from "./es/fields";
import { noScriptText as spanishNoScriptText } from "./es/no-script";
import { rightsPageText as spanishRightsPageText } from "./es/rights-page";
import { aboutPageText as spanishAboutPageText } from "./es/about-page";
import { answersFileText as spanishAnswersFileText } from "./es/answers-file";
import { ifDeniedText as spanishIfDeniedText } from "./es/next-steps";
import { overviewText as spanishOverviewText } from "./es/overview";
import { siteText as spanishSiteText } from "./es/site";
import { startPageText as spanishStartPageText } from "./es/start-page";
import * as spanishSteps from "./es/steps";

// Every language's words, chosen by the page's language on the server. Only
// server components import this module: in a client component it would ship
// every language to the browser. Client components get their words as props.

/** Each wizard page's own words, by step. */
function stepTextOf<T extends typeof englishSteps | typeof spanishSteps>(module: T) {
  return {
    coverage: module.coverageStepText,
    plan: module.planStepText,
    aboutYou: module.aboutYouStepText,
    doctor: module.doctorStepText,
    memberServices: module.memberServicesStepText,
    notCovered: module.notCoveredText,
    submit: module.submitStepText,
    decision: module.decisionStepText,
    review: module.reviewText,
    callLog: module.callLogText,
  };
}

const english = {
  site: siteText,
  startPage: startPageText,
  overview: overviewText,
  titles: { flowWords: englishSteps.flowWords, pageTitles: englishSteps.pageTitles },
  steps: englishSteps.stepWords,
  form: englishSteps.formText,
  stepText: stepTextOf(englishSteps),
  fields: fieldText,
  noScript: noScriptText,
  rightsPage: rightsPageText,
  asidePages: asidePagesText,
  documentPages: { page: documentPage, authorization: documentAuthorization, regulatorForm: regulatorFormText },
  about: aboutText,
  aboutPage: aboutPageText,
  answersFile: answersFileText,
  ifDenied: ifDeniedText,
  dates: { formatLongDate: englishDates.formatLongDate, formatMediumDate: englishDates.formatMediumDate },
};

type Words = Translated<typeof english>;

const spanish: Words = {
  site: spanishSiteText,
  startPage: spanishStartPageText,
  overview: spanishOverviewText,
  titles: { flowWords: spanishSteps.flowWords, pageTitles: spanishSteps.pageTitles },
  steps: spanishSteps.stepWords,
  form: spanishSteps.formText,
  stepText: stepTextOf(spanishSteps),
  fields: spanishFieldText,
  noScript: spanishNoScriptText,
  rightsPage: spanishRightsPageText,
  asidePages: spanishAsidePagesText,
  documentPages: { page: spanishDocumentPage, authorization: spanishDocumentAuthorization, regulatorForm: spanishRegulatorFormText },
  about: spanishAboutText,
  aboutPage: spanishAboutPageText,
  answersFile: spanishAnswersFileText,
  ifDenied: spanishIfDeniedText,
  dates: { formatLongDate: spanishDates.formatLongDate, formatMediumDate: spanishDates.formatMediumDate },
};

const byLocale: Record<Locale, Words> = { en: english, es: spanish };

export const wordsIn = (locale: Locale): Words => byLocale[locale];
