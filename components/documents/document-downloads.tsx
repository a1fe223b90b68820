"use client";

import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link";
import { charactersThePdfCannotShow } from "@/lib/documents/answers";
import { authorizedHelper } from "@/lib/documents/authorization/offered";
import { otherLocale, type Locale } from "@/lib/i18n/locales";
import { fillValue } from "@/lib/i18n/templated";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { routes } from "@/lib/routes";
import { useDownloadWords, type DownloadWords } from "./download-words";
import { useDocumentInput } from "./use-document-input";
import type { DocumentInput, PdfKind } from "@/lib/documents/types";
import { usePdfDownload } from "./use-pdf-download";

const printPaths: Record<PdfKind, string> = {
  letter: routes.letter,
  checklist: routes.checklist,
  grievance: routes.grievance,
  timeline: routes.timeline,
  regulatorForm: routes.regulatorForm,
  authorization: routes.authorization,
};

type HeadingLevel = 2 | 3 | 4 | 5;

type CardProps = { kind: PdfKind; input: DocumentInput | null; headingLevel: HeadingLevel; words: DownloadWords; locale: Locale };

type ButtonWords = { download: string; busy: string; done: string };

/** "Download … (PDF)", its "preparing" and "downloaded" announcements, and the message when it fails. */
function DownloadButton({
  download: state,
  ready,
  text,
  failed,
  secondary,
  language,
  children,
}: {
  download: ReturnType<typeof usePdfDownload>;
  /** The answers are read: until then the button says it cannot be used yet. */
  ready: boolean;
  text: ButtonWords;
  failed: string;
  secondary?: boolean;
  language?: Locale;
  children?: ReactNode;
}) {
  const { status, download, preload } = state;
  const busy = status.state === "busy";
  return (
    <>
      <div className="button-group">
        <button
          type="button"
          className={secondary ? "button button--secondary" : "button"}
          aria-disabled={busy || !ready ? "true" : undefined}
          onPointerEnter={preload}
          onFocus={preload}
          onClick={download}
          data-state={status.state}
          data-language={language}
        >
          {busy ? text.busy : text.download}
        </button>
        {children}
      </div>
      <p role="status" className="visually-hidden">
        {busy ? text.busy : status.state === "done" ? fillValue(text.done, status.fileName) : ""}
      </p>
      {status.state === "failed" && (
        <p role="alert" className="error-message">
          {failed}
        </p>
      )}
    </>
  );
}

/** "Download … (PDF)" in the other language: the request letter and the grievance letter, which a member may send in either. */
function OtherLanguageDownload({ kind, input, words, locale }: { kind: "letter" | "grievance" } & Omit<CardProps, "kind" | "headingLevel">) {
  const other = otherLocale(locale);
  const text = words.otherLanguage[kind];
  const download = usePdfDownload(kind, input, other, { prepareAhead: false });
  return (
    <>
      <p>{text.note}</p>
      <DownloadButton download={download} ready={input !== null} text={text} failed={words.failed} secondary language={other} />
    </>
  );
}

function DocumentCard({ kind, input, headingLevel, words, locale }: CardProps) {
  const text = words[kind];
  const download = usePdfDownload(kind, input, locale);
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={`document-${kind}`} className="document-card">
      <Heading className={headingLevel === 2 ? "heading-m" : "heading-s"} id={`document-${kind}`}>
        {text.heading}
      </Heading>
      <p>{text.description}</p>
      <DownloadButton download={download} ready={input !== null} text={text} failed={words.failed}>
        <IntentLink className="button button--secondary" href={`${printPaths[kind]}?print=1`}>
          {text.print}
        </IntentLink>
      </DownloadButton>
      {(kind === "letter" || kind === "grievance") && <OtherLanguageDownload kind={kind} input={input} words={words} locale={locale} />}
    </section>
  );
}

/** Says which typed characters the PDF will leave out or show as "?". */
function UnshownCharacters({ characters, words }: { characters: string[]; words: DownloadWords }) {
  if (characters.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <p>
        <strong>{words.unshownHeading}</strong>
      </p>
      <p>{fillValue(words.unshown, characters.join(" "))}</p>
    </div>
  );
}

/** The member recorded a denial or no answer, for coverage under state law: the regulator's form applies. */
const afterNoOrNoAnswer = ({ request, rules }: DocumentInput) =>
  !rules.offRamp && (request.decision.outcome === "denied" || request.decision.outcome === "no-answer");

/**
 * The documents, each with "Download … (PDF)" and "Print …" (the helper's
 * authorization only when someone helps), and the blank checklist, in the
 * page's language; the request letter also in the other language. Reads the
 * saved answers itself: place it anywhere under the request state provider
 * (the Documents page, Step 3).
 */
export function DocumentDownloads({ headingLevel = 2, words: given }: { headingLevel?: 2 | 3; words: DownloadWords }) {
  const input = useDocumentInput();
  const locale = usePageLocale();
  const words = useDownloadWords(locale, given);
  if (!words) return <div className="document-downloads" />;
  const card = (kind: PdfKind) => <DocumentCard kind={kind} input={input} headingLevel={headingLevel} words={words} locale={locale} />;
  return (
    <div className="document-downloads">
      <UnshownCharacters characters={input ? charactersThePdfCannotShow(input.request) : []} words={words} />
      {card("letter")}
      {card("checklist")}
      {input && authorizedHelper(input.request) && card("authorization")}
      {card("timeline")}
      {input && afterNoOrNoAnswer(input) && card("regulatorForm")}
      <p>
        <IntentLink href={`${routes.blankChecklist}?print=1`}>{words.blankChecklist}</IntentLink>
      </p>
    </div>
  );
}

/**
 * One document, "Download … (PDF)" and "Print …", for Step 4's next steps (the
 * grievance letter, the regulator's form, "My case so far", the helper's
 * authorization), in the page's language (the grievance letter also in the
 * other one). Reads the saved answers itself. The authorization shows only
 * once the answers say someone helps, and sits under the regulator form's card,
 * which already names any characters the PDFs cannot show.
 */
export function OneDocumentDownload({ kind, headingLevel }: { kind: Exclude<PdfKind, "letter" | "checklist">; headingLevel: HeadingLevel }) {
  const input = useDocumentInput();
  const locale = usePageLocale();
  const words = useDownloadWords(locale);
  const besideRegulatorForm = kind === "authorization";
  if (besideRegulatorForm && !(input && authorizedHelper(input.request))) return null;
  if (!words) return <div className="document-downloads" />;
  return (
    <div className="document-downloads">
      {!besideRegulatorForm && <UnshownCharacters characters={input ? charactersThePdfCannotShow(input.request, "grievance") : []} words={words} />}
      <DocumentCard kind={kind} input={input} headingLevel={headingLevel} words={words} locale={locale} />
    </div>
  );
}
