"use client";

import { useRef, useState } from "react";
import { useRequestState } from "./request-provider";
import { hasAnyAnswer } from "@/lib/steps/request";

/** "Delete my answers", with a confirmation step before anything is removed. */
export function DeleteAnswers({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { request, hydrated, clearRequest } = useRequestState();
  const [stage, setStage] = useState<"idle" | "confirming" | "deleted">("idle");
  const confirmRef = useRef<HTMLButtonElement>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  if (stage === "deleted") {
    return (
      <p role="status" className="notice">
        Your answers have been deleted from this device.
      </p>
    );
  }
  if (!hydrated || !hasAnyAnswer(request)) return null;

  if (stage === "confirming") {
    return (
      <div className="notice notice--warning" role="alertdialog" aria-labelledby="delete-confirm-title" aria-describedby="delete-confirm-text">
        <Heading className="heading-s" id="delete-confirm-title">
          Delete all your answers?
        </Heading>
        <p id="delete-confirm-text">This removes everything you entered from this device, including your call log. You cannot undo this.</p>
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
            Yes, delete my answers
          </button>
          <button type="button" className="button button--secondary" onClick={() => setStage("idle")}>
            No, keep my answers
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
        Delete my answers
      </button>
    </p>
  );
}
