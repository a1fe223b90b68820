"use client";

import { IntentLink } from "@/components/intent-link";
import { authorizationPageText } from "@/content/documents/authorization";
import { downloadText } from "@/content/documents/page";
import { buildAuthorization } from "@/lib/documents/authorization/model";
import { routes } from "@/lib/routes";
import { AuthorizationNotes } from "./authorization-notes";
import { LetterView } from "./letter-view";
import { PrintToolbar } from "./print-toolbar";
import { useDocumentInput } from "./use-document-input";

/** /request/documents/authorization: the helper's authorization from the saved answers, ready to print; without a helper, nothing to authorize. */
export function AuthorizationPrintView() {
  const input = useDocumentInput();
  const text = authorizationPageText;
  const title = downloadText.authorization.heading;
  const letter = input ? buildAuthorization(input) : undefined;
  if (input && !letter) {
    return (
      <>
        <h1 className="heading-l">{title}</h1>
        <p>{text.noHelper}</p>
        <p>
          <IntentLink href={routes.aboutYou}>{text.noHelperAction}</IntentLink>
        </p>
      </>
    );
  }
  return (
    <>
      <PrintToolbar title={title} intro={text.intro} printLabel={text.print} ready={letter !== undefined} />
      {input && letter ? (
        <>
          <AuthorizationNotes dmhc={input.rules.regulator === "dmhc"} />
          <LetterView letter={letter} />
        </>
      ) : (
        <p role="status">{text.loading}</p>
      )}
    </>
  );
}
