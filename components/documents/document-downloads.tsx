"use client";

import { IntentLink } from "@/components/intent-link";
import { downloadText } from "@/content/documents/page";
import { charactersThePdfCannotShow } from "@/lib/documents/answers";
import { authorizedHelper } from "@/lib/documents/authorization/offered";
import { routes } from "@/lib/routes";
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

function DocumentCard({ kind, input, headingLevel }: { kind: PdfKind; input: DocumentInput | null; headingLevel: HeadingLevel }) {
  const text = downloadText[kind];
  const { status, download, preload } = usePdfDownload(kind, input);
  const Heading = `h${headingLevel}` as const;
  const busy = status.state === "busy";
  return (
    <section aria-labelledby={`document-${kind}`} className="document-card">
      <Heading className={headingLevel === 2 ? "heading-m" : "heading-s"} id={`document-${kind}`}>
        {text.heading}
      </Heading>
      <p>{text.description}</p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          aria-disabled={busy || !input ? "true" : undefined}
          onPointerEnter={preload}
          onFocus={preload}
          onClick={download}
          data-state={status.state}
        >
          {busy ? text.busy : text.download}
        </button>
        <IntentLink className="button button--secondary" href={`${printPaths[kind]}?print=1`}>
          {text.print}
        </IntentLink>
      </div>
      <p role="status" className="visually-hidden">
        {busy ? text.busy : status.state === "done" ? text.done(status.fileName) : ""}
      </p>
      {status.state === "failed" && (
        <p role="alert" className="error-message">
          {downloadText.failed}
        </p>
      )}
    </section>
  );
}

/** Says which typed characters the PDF will leave out or show as "?". */
function UnshownCharacters({ characters }: { characters: string[] }) {
  if (characters.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <p>
        <strong>{downloadText.unshownHeading}</strong>
      </p>
      <p>{downloadText.unshown(characters.join(" "))}</p>
    </div>
  );
}

/** The member recorded a denial or no answer, for coverage under state law: the regulator's form applies. */
const afterNoOrNoAnswer = ({ request, rules }: DocumentInput) =>
  !rules.offRamp && (request.decision.outcome === "denied" || request.decision.outcome === "no-answer");

/**
 * The documents, each with "Download … (PDF)" and "Print …" (the helper's
 * authorization only when someone helps), and the blank checklist. Reads the
 * saved answers itself: place it anywhere under the request state provider
 * (the Documents page, Step 3).
 */
export function DocumentDownloads({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const input = useDocumentInput();
  return (
    <div className="document-downloads">
      <UnshownCharacters characters={input ? charactersThePdfCannotShow(input.request) : []} />
      <DocumentCard kind="letter" input={input} headingLevel={headingLevel} />
      <DocumentCard kind="checklist" input={input} headingLevel={headingLevel} />
      {input && authorizedHelper(input.request) && <DocumentCard kind="authorization" input={input} headingLevel={headingLevel} />}
      <DocumentCard kind="timeline" input={input} headingLevel={headingLevel} />
      {input && afterNoOrNoAnswer(input) && <DocumentCard kind="regulatorForm" input={input} headingLevel={headingLevel} />}
      <p>
        <IntentLink href={`${routes.blankChecklist}?print=1`}>{downloadText.blankChecklist}</IntentLink>
      </p>
    </div>
  );
}

/**
 * One document, "Download … (PDF)" and "Print …", for Step 4's next steps (the
 * grievance letter, the regulator's form, "My case so far", the helper's
 * authorization). Reads the saved answers itself. The authorization shows only
 * once the answers say someone helps, and sits under the regulator form's card,
 * which already names any characters the PDFs cannot show.
 */
export function OneDocumentDownload({ kind, headingLevel }: { kind: Exclude<PdfKind, "letter" | "checklist">; headingLevel: HeadingLevel }) {
  const input = useDocumentInput();
  const besideRegulatorForm = kind === "authorization";
  if (besideRegulatorForm && !(input && authorizedHelper(input.request))) return null;
  return (
    <div className="document-downloads">
      {!besideRegulatorForm && <UnshownCharacters characters={input ? charactersThePdfCannotShow(input.request, "grievance") : []} />}
      <DocumentCard kind={kind} input={input} headingLevel={headingLevel} />
    </div>
  );
}
