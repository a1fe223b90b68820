"use client";

import { IntentLink } from "@/components/intent-link";
import { buildAuthorization } from "@/lib/documents/authorization/model";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { AuthorizationNotes } from "./authorization-notes";
import { LetterView } from "./letter-view";
import { PrintToolbar } from "./print-toolbar";
import type { AuthorizationPageWords, PrintViewWords } from "./print-view-words";
import { useDocumentInput } from "./use-document-input";
import { useDocumentLanguage } from "./use-document-language";

/** /request/documents/authorization: the helper's authorization from the saved answers, in the page's language, ready to print; without a helper, nothing to authorize. */
export function AuthorizationPrintView({ locale, words, page }: { locale: Locale; words: PrintViewWords; page: AuthorizationPageWords }) {
  const input = useDocumentInput();
  const language = useDocumentLanguage(locale);
  const letter = input && language ? buildAuthorization(input, language) : undefined;
  if (input && language && !letter) {
    return (
      <>
        <h1 className="heading-l">{words.title}</h1>
        <p>{page.noHelper}</p>
        <p>
          <IntentLink href={routes.aboutYou}>{page.noHelperAction}</IntentLink>
        </p>
      </>
    );
  }
  return (
    <>
      <PrintToolbar words={words} ready={letter !== undefined} />
      {input && language && letter ? (
        <>
          <AuthorizationNotes dmhc={input.rules.regulator === "dmhc"} language={language} words={page} />
          <LetterView letter={letter} />
        </>
      ) : (
        <p role="status">{words.loading}</p>
      )}
    </>
  );
}
