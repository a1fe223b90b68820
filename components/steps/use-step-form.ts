"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldErrors, type Path, type Resolver } from "react-hook-form";
import { fieldText, type FieldText } from "@/content/fields";
import { canReachReview, nextPath, REVIEW_PATH } from "@/lib/flow";
import type { RequestSection, SecondOpinionRequest } from "@/lib/schema/request";
import { useRequestState } from "@/components/request-state/request-provider";
import type { FormProblem } from "@/components/form/error-summary";

/** The id of a field's input on its step page: `<step>-<field>`. */
export const fieldId = (section: RequestSection, field: string) => `${section}-${field}`;

/** Came here from "Check your answers": Continue goes back there. */
export const CHANGE_PARAM = "change";

function isChanging(): boolean {
  return new URLSearchParams(window.location.search).has(CHANGE_PARAM);
}

/**
 * A step's react-hook-form, validated by the step's schema from lib/flow.ts.
 * Every change is saved at once; Continue validates and moves on.
 */
export function useStepForm<S extends RequestSection>(
  section: S,
  /** Parts of the section kept outside this form (the call log): never written by it. */
  externalFields: readonly (keyof SecondOpinionRequest[S] & string)[] = [],
) {
  type Values = SecondOpinionRequest[S];
  const excluded = externalFields.join(" ");
  const ownValues = useCallback(
    (values: Partial<Values>) =>
      Object.fromEntries(Object.entries(values).filter(([key]) => !excluded.split(" ").includes(key))) as Partial<Values>,
    [excluded],
  );
  const { request, engine, updateSection } = useRequestState();
  const router = useRouter();
  const requestRef = useRef(request);
  const engineRef = useRef(engine);
  useEffect(() => {
    requestRef.current = request;
    engineRef.current = engine;
  }, [request, engine]);

  // The schema sees the whole stored section, so parts kept outside the form
  // (the call log) are validated with it.
  const resolver = useMemo<Resolver<Values>>(
    () => async (values) => {
      const engine = engineRef.current ?? (await import("@/lib/request-engine"));
      const result = engine.validateStep(section, { ...requestRef.current[section], ...ownValues(values) });
      if (result.ok) return { values: result.values as Values, errors: {} };
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([field, message]) => [field, { type: "validate", message }]),
      );
      return { values: {}, errors: errors as FieldErrors<Values> };
    },
    [section, ownValues],
  );

  const form = useForm<Values>({
    resolver,
    defaultValues: ownValues(request[section]) as DefaultValues<Values>,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => updateSection(section, ownValues(values as Partial<Values>)),
    });
  }, [form, section, updateSection, ownValues]);

  // Arriving through a "Change" link or an error link: focus that field.
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (!target) return;
    const element = document.getElementById(target);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: "center" });
    }
  }, []);

  const onSubmit = form.handleSubmit(async (values) => {
    const own = ownValues(values);
    const current = engine ?? (await import("@/lib/request-engine"));
    const updated = current.parseRequest({ ...request, [section]: { ...request[section], ...own } });
    updateSection(section, own);
    const destination =
      isChanging() && canReachReview(current.completedSteps(updated))
        ? REVIEW_PATH
        : nextPath(section, { offRamped: current.isOffRamped(updated) });
    router.push(destination);
  });

  const problems: FormProblem[] = Object.entries(form.formState.errors).flatMap(([field, error]) =>
    error && typeof error.message === "string" ? [{ fieldId: fieldId(section, field), message: error.message }] : [],
  );

  const errorFor = (field: string): string | undefined => problems.find((problem) => problem.fieldId === fieldId(section, field))?.message;

  /** Everything a field component needs: id, label and hint from content/, error, registration. */
  const describeField = (name: string) => {
    const text: FieldText | undefined = (fieldText[section] as Record<string, FieldText>)[name];
    return { id: fieldId(section, name), label: text?.label ?? name, hint: text?.hint, error: errorFor(name) };
  };
  const fieldProps = (name: Path<Values> & string) => ({ ...describeField(name), registration: form.register(name) });

  return { form, onSubmit, problems, errorFor, fieldProps, describeField, submitCount: form.formState.submitCount, request };
}
