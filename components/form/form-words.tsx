"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { formText } from "@/content/steps";
import type { Translated } from "@/lib/i18n/translated";

type FormWords = Translated<typeof formText> & { continue: string };

// The page's language's words for the parts every form shares, given once by
// the server page (StepPage) rather than threaded through every field.
const FormWordsContext = createContext<FormWords | null>(null);

export function FormWordsProvider({ words, children }: { words: FormWords; children: ReactNode }) {
  return <FormWordsContext value={words}>{children}</FormWordsContext>;
}

export function useFormWords(): FormWords {
  const words = useContext(FormWordsContext);
  if (!words) throw new Error("A form's shared words come from FormWordsProvider (StepPage gives them)");
  return words;
}
