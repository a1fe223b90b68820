"use client";

import { useRef, useState } from "react";
import { useRequestState } from "./request-provider";
import { hasAnyAnswer } from "@/lib/steps/request";
import type { siteText } from "@/content/site";

type DeleteAnswersWords = (typeof siteText)["deleteAnswers"];

/** "Delete my answers", with a confirmation step before anything is removed. */
export function DeleteAnswers({ words, headingLevel = 2 }: { words: { [K in keyof DeleteAnswersWords]: string }; headingLevel?: 2 | 3 }) {
  const { request, hydrated, clearRequest } = useRequestState();
  const [stage, setStage] = useState<"idle" | "confirming" | "deleted">("idle");
  const confirmRef = useRef<HTMLButtonElement>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  if (stage === "deleted") {
    return (
      <p role="status" className="notice">
        {words.deleted}
      </p>
    );
  }
  if (!hydrated || !hasAnyAnswer(request)) return null;

  if (stage === "confirming") {
    return (
      <div className="notice notice--warning" role="alertdialog" aria-labelledby="delete-confirm-title" aria-describedby="delete-confirm-text">
        <Heading className="heading-s" id="delete-confirm-title">
          {words.confirmHeading}
        </Heading>
        <p id="delete-confirm-text">{words.confirmText}</p>
        <div className="button-group">
          <button
            type="button"
            className="button button--warning"
            ref={confirmRef}
            onClick={() => {
              clearRequest();
              setStage("deleted");
            }}
          >
            {words.confirm}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setStage("idle")}>
            {words.cancel}
          </button>
        </div>
      </div>
    );
  }
  return (
    <p>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setStage("confirming");
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        {words.button}
      </button>
    </p>
  );
}
