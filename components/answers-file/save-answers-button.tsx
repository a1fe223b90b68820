"use client";

import { useState } from "react";
import { useRequestState } from "@/components/request-state/request-provider";
import { answersFileName, answersFileContents } from "@/lib/answers-file/format";
import { hasAnyAnswer } from "@/lib/steps/request";

type Words = { button: string; savedTo: string; savedWhere: string; failed: string; warning: string };

/** Starts the file's download from memory: nothing is sent anywhere. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Save my answers to a file": shown once there are answers on this device to save. */
export function SaveAnswersButton({ words }: { words: Words }) {
  const { request, hydrated } = useRequestState();
  const [outcome, setOutcome] = useState<{ fileName: string } | "failed">();
  if (!hydrated || !hasAnyAnswer(request)) return null;
  const save = () => {
    try {
      const fileName = answersFileName(request.aboutYou.fullName);
      download(fileName, answersFileContents(request));
      setOutcome({ fileName });
    } catch {
      setOutcome("failed");
    }
  };
  return (
    <div className="answers-file-save">
      <p>{words.warning}</p>
      <button type="button" className="button button--secondary" onClick={save}>
        {words.button}
      </button>
      <p role="status">
        {outcome === "failed" ? (
          words.failed
        ) : outcome ? (
          <>
            {words.savedTo} <strong>{outcome.fileName}</strong>. {words.savedWhere}
          </>
        ) : null}
      </p>
    </div>
  );
}
