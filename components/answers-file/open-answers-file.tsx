"use client";

import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { IntentLink } from "@/components/intent-link";
import { useRequestState } from "@/components/request-state/request-provider";
import type { AnswersFileWords } from "@/content/answers-file";
import type { AnswersFileProblem, AnswersFileResult } from "@/lib/answers-file/read";
import { formatMediumDate } from "@/lib/dates/format";
import { routes, type RouteKey } from "@/lib/routes";
import { hasAnyAnswer } from "@/lib/steps/request";

type Words = Pick<AnswersFileWords, "open" | "summary" | "confirm" | "opened" | "carryOn" | "problems"> & { titles: Partial<Record<RouteKey, string>> };

type Stage =
  | { name: "idle" | "reading" }
  | { name: "problem"; problem: AnswersFileProblem }
  | { name: "confirming"; file: Extract<AnswersFileResult, { ok: true }> }
  | { name: "opened"; carryOnAt: RouteKey };

/**
 * "Open saved answers": a file input; the file is read here (its reader loads
 * when a file is chosen), what it holds is shown, and only after the member
 * says so do its answers replace the ones on this device. A refused file
 * changes nothing and says why.
 */
export function OpenAnswersFile({ words }: { words: Words }) {
  const { request, hydrated, replaceRequest } = useRequestState();
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const focusTarget = useRef<HTMLElement>(null);
  const id = useId();
  const ids = { input: `${id}-file`, hint: `${id}-hint`, error: `${id}-error`, summary: `${id}-summary` };

  useEffect(() => {
    if (stage.name !== "idle" && stage.name !== "reading") focusTarget.current?.focus();
  }, [stage]);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStage({ name: "reading" });
    const { isTooLarge, readAnswersFile } = await import("@/lib/answers-file/read");
    // Refused on its size alone: a huge file is never read into memory.
    if (isTooLarge(file.size)) {
      setStage({ name: "problem", problem: "too-large" });
    } else {
      const result = await file.text().then(readAnswersFile, () => ({ ok: false, problem: "damaged" }) as const);
      setStage(result.ok ? { name: "confirming", file: result } : { name: "problem", problem: result.problem });
    }
    // The same file can be chosen again.
    input.value = "";
  };

  const confirm = (file: Extract<AnswersFileResult, { ok: true }>) => {
    replaceRequest(file.answers.request, file.answers.notices);
    setStage({ name: "opened", carryOnAt: file.summary.carryOnAt });
  };

  const problem = stage.name === "problem" ? stage.problem : undefined;
  return (
    <>
      <div className={`form-group${problem ? " form-group--error" : ""}`}>
        <label className="label" htmlFor={ids.input}>
          {words.open.label}
        </label>
        <p className="hint" id={ids.hint}>
          {words.open.hint}
        </p>
        {problem && (
          <p className="error-message" id={ids.error} role="alert" tabIndex={-1} ref={(element) => void (focusTarget.current = element)}>
            <span className="visually-hidden">Error: </span>
            {words.problems[problem]}
          </p>
        )}
        <input
          className="file-input"
          type="file"
          id={ids.input}
          accept=".json,application/json"
          aria-describedby={problem ? `${ids.hint} ${ids.error}` : ids.hint}
          disabled={!hydrated || stage.name === "reading"}
          onChange={(event) => void onChange(event)}
        />
        {stage.name === "reading" && <p role="status">{words.open.reading}</p>}
      </div>
      {stage.name === "confirming" && (
        <section className="panel" aria-labelledby={ids.summary} tabIndex={-1} ref={(element) => void (focusTarget.current = element)}>
          <h3 className="heading-s" id={ids.summary}>
            {words.summary.heading}
          </h3>
          <FileSummary summary={stage.file.summary} words={words} />
          {hasAnyAnswer(request) && <p>{words.confirm.replaceWarning}</p>}
          <div className="button-group">
            <button type="button" className={`button${hasAnyAnswer(request) ? " button--warning" : ""}`} onClick={() => confirm(stage.file)}>
              {hasAnyAnswer(request) ? words.confirm.replace : words.confirm.use}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStage({ name: "idle" })}>
              {words.confirm.cancel}
            </button>
          </div>
        </section>
      )}
      {stage.name === "opened" && (
        <div className="notice" role="status" tabIndex={-1} ref={(element) => void (focusTarget.current = element)}>
          <p>{words.opened}</p>
          <p>
            <IntentLink href={routes[stage.carryOnAt]}>{words.carryOn}</IntentLink>
          </p>
        </div>
      )}
    </>
  );
}

function FileSummary({ summary, words }: { summary: Extract<AnswersFileResult, { ok: true }>["summary"]; words: Words }) {
  const rows = [
    [words.summary.name, summary.name ?? words.summary.notGiven],
    [words.summary.plan, summary.plan ?? words.summary.notGiven],
    [words.summary.carryOn, summary.carryOnAt === "review" ? words.summary.review : (words.titles[summary.carryOnAt] ?? summary.carryOnAt)],
    ...(summary.savedOn ? [[words.summary.savedOn, formatMediumDate(summary.savedOn)]] : []),
  ];
  return (
    <dl className="summary-list">
      {rows.map(([key, value]) => (
        <div className="summary-list__row" key={key}>
          <dt className="summary-list__key">{key}</dt>
          <dd className="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
