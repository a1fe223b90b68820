import type { FieldText } from "@/content/fields";
import type { ChoiceOption } from "./choice-group";

/** Turns a content map of option texts into the list a ChoiceGroup shows. */
export function toOptions<K extends string>(texts: Record<K, FieldText>, order?: readonly K[]): ChoiceOption[] {
  const keys = order ?? (Object.keys(texts) as K[]);
  return keys.map((value) => ({ value, label: texts[value].label, hint: texts[value].hint }));
}
