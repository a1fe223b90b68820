"use client";

import { Fragment, lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import type { FormProblem } from "@/components/form/error-summary";
import { useRequestState } from "@/components/request-state/request-provider";
import { completedSteps } from "@/lib/answers/check";
import { canReachReview, nextRoute } from "@/lib/flow";
import { CHANGE_PARAM, fieldId, routes } from "@/lib/routes";
import { getStep, isShown, pages } from "@/lib/steps";
import type { Question } from "@/lib/steps/declare";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import type { CallLogWords } from "./call-log";
import { QuestionField, type PageWords } from "./question-field";
import { StepFormFrame } from "./step-form-frame";
import { useLocalizedHref } from "@/lib/i18n/use-locale";

type Values = Record<string, unknown>;

// Only Step 2 has a call log: the other pages do not carry its code. React's
// own lazy, not next/dynamic (whose loader is about 1.5 KiB in every question
// page's first load): the form renders only in the browser, once the answers
// are read (StepGuard), so the server never meets it.
const CallLogQuestion = lazy(() => import("./call-log").then((module) => ({ default: module.CallLogQuestion })));

/** The answers a form hands back, without the nulls an unchosen radio reads as. */
const answered = (values: Values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));

/**
 * One page of a step: its questions, drawn from their declarations, each asked
 * only when the answers so far call for it. Every change is saved at once;
 * Continue checks the page (zod loads then) and moves on. `slots` places a
 * page's own content before or after a question. The call log has forms of
 * its own, so it sits after this form, before Continue.
 */
export function QuestionForm({
  pageId,
  words,
  callWords,
  slots,
}: {
  pageId: string;
  words: PageWords;
  /** The call log's words (Step 2). */
  callWords?: CallLogWords;
  slots?: { before?: Record<string, ReactNode>; after?: Record<string, ReactNode> };
}) {
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId}`);
  const step = getStep(page.step);
  const { request, updateSection, reportLoadFailure } = useRequestState();
  const router = useRouter();
  const localized = useLocalizedHref();
  const requestRef = useRef(request);
  useEffect(() => {
    requestRef.current = request;
  }, [request]);

  // The call log keeps its own answers: the form holds the page's other questions.
  const own = useMemo(() => page.questions.filter((name) => (step.questions[name] as Question).kind !== "calls"), [page, step]);
  const withValues = (base: SecondOpinionRequest, values: Values): SecondOpinionRequest => ({
    ...base,
    [step.id]: { ...base[step.id], ...answered(values) },
  });

  const resolver: Resolver<Values> = async (values) => {
    // A page that only shows something has nothing to check: no need for zod.
    if (page.questions.length === 0) return { values, errors: {} };
    const schemas = await import("@/lib/answers/schemas").catch(() => undefined);
    if (!schemas) {
      // Offline after a new version, say: the page says so, and Continue waits.
      reportLoadFailure();
      return { values: {}, errors: { root: { type: "load", message: "" } } as FieldErrors<Values> };
    }
    const { pageSchema, validate } = schemas;
    const merged = withValues(requestRef.current, values);
    const result = validate(pageSchema(step, page.questions, merged, words, callWords?.questions), merged[step.id]);
    if (result.ok) return { values, errors: {} };
    const errors = Object.fromEntries(Object.entries(result.errors).map(([name, message]) => [name, { type: "validate", message }]));
    return { values: {}, errors: errors as FieldErrors<Values> };
  };

  const form = useForm<Values>({
    resolver,
    defaultValues: Object.fromEntries(own.map((name) => [name, (request[step.id] as Values)[name]])),
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });

  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: ({ values }) => updateSection(step.id, answered(values) as never) }),
    [form, step, updateSection],
  );

  // Arriving through a "Change" link or an error link: focus that question.
  useEffect(() => {
    const element = document.getElementById(window.location.hash.slice(1));
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  }, []);

  const onSubmit = form.handleSubmit((values) => {
    const merged = withValues(request, values);
    const changing = new URLSearchParams(window.location.search).has(CHANGE_PARAM);
    router.push(localized(routes[changing && canReachReview(completedSteps(merged)) ? "review" : nextRoute(page, merged)]));
  });

  const errorFor = (name: string) => {
    const message = form.formState.errors[name]?.message;
    return typeof message === "string" ? message : undefined;
  };
  const problems: FormProblem[] = page.questions.flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ fieldId: fieldId(step.id, name), message }] : [];
  });
  const callLog = page.questions.find((name) => (step.questions[name] as Question).kind === "calls" && isShown(step, name, request));

  return (
    <FormProvider {...form}>
      <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={form.formState.submitCount} actionsBefore={
          callLog && callWords && words[callLog] ? (
            <Suspense fallback={null}>
              <CallLogQuestion id={fieldId(step.id, callLog)} label={words[callLog].label} words={callWords} error={errorFor(callLog)} />
            </Suspense>
          ) : undefined
        }
      >
        {own.map((name) => (
          <Fragment key={name}>
            {slots?.before?.[name]}
            {isShown(step, name, request) && words[name] && (
              <QuestionField id={fieldId(step.id, name)} name={name} question={step.questions[name] as Question} words={words[name]} error={errorFor(name)} />
            )}
            {slots?.after?.[name]}
          </Fragment>
        ))}
      </StepFormFrame>
    </FormProvider>
  );
}
