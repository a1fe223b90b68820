"use client";

import { useFormContext } from "react-hook-form";
import { ChoiceGroup } from "@/components/form/choice-group";
import { DateField } from "@/components/form/date-field";
import { TextField } from "@/components/form/text-field";
import type { Question } from "@/lib/steps/declare";
import type { OptionWords, QuestionWords } from "@/lib/steps/words";

/** The words a page hands its form: each question's label, hint, options and messages. */
export type PageWords = Record<string, QuestionWords<unknown> & { options?: Record<string, OptionWords> }>;

/** One question on its page, drawn by its kind from its declaration and its words. */
export function QuestionField({ id, name, question, words, error }: { id: string; name: string; question: Question; words: PageWords[string]; error?: string }) {
  const form = useFormContext();
  const { label, hint } = words;
  switch (question.kind) {
    case "text":
      return (
        <TextField
          id={id}
          label={label}
          hint={hint}
          error={error}
          registration={form.register(name)}
          multiline={question.multiline}
          width={question.width}
          autoComplete={question.autoComplete}
          spellCheck={question.noSpellCheck ? false : undefined}
          type={question.format === "phone" ? "tel" : question.format === "email" ? "email" : undefined}
        />
      );
    case "time":
      return <TextField id={id} label={label} hint={hint} error={error} registration={form.register(name)} type="time" width="short" />;
    case "date":
      return <DateField id={id} label={label} hint={hint} error={error} name={name} register={form.register} birthday={question.birthday} />;
    case "choice":
    case "choices": {
      const options = question.options.map((value) => ({ value, label: words.options?.[value]?.label ?? value, hint: words.options?.[value]?.hint }));
      return (
        <ChoiceGroup
          id={id}
          label={label}
          hint={hint}
          error={error}
          type={question.kind === "choice" ? "radio" : "checkbox"}
          options={options}
          registration={form.register(name)}
          small={question.kind === "choice" && question.small}
        />
      );
    }
    case "calls":
    case "flag":
      return null;
  }
}
