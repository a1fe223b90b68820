"use client";

import { IntentLink } from "@/components/intent-link";
import { useEffect, useRef } from "react";
import { routes } from "@/lib/routes";
import type { PrintViewWords } from "./print-view-words";
import styles from "./documents.module.css";

/**
 * The screen-only top of a print view: back link, heading, a Print button.
 * Opened with ?print=1 (the "Print" buttons), it opens the print dialog once
 * the document is on the page.
 */
export function PrintToolbar({
  words,
  ready,
  backHref = routes.documents,
}: {
  words: PrintViewWords;
  ready: boolean;
  /** Where "Back" goes: the Documents page unless the document is offered elsewhere. */
  backHref?: string;
}) {
  const printed = useRef(false);
  useEffect(() => {
    if (!ready || printed.current) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get("print") !== "1") return;
    printed.current = true;
    // Reloading or going back should not open the dialog again.
    url.searchParams.delete("print");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    window.print();
  }, [ready]);

  return (
    <div className={styles.toolbar}>
      <h1 className="heading-l">{words.title}</h1>
      <p>{words.intro}</p>
      <div className="button-group">
        <button type="button" className="button needs-script" onClick={() => window.print()} disabled={!ready}>
          {words.print}
        </button>
        <IntentLink href={backHref}>{words.back}</IntentLink>
      </div>
      <noscript>
        <p>{words.printWithoutScript}</p>
      </noscript>
    </div>
  );
}
