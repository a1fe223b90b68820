import type { ResetField } from "@/lib/answers/read";
import type { savedAnswersText as english } from "@/content/saved-answers";
import type { Translated } from "@/lib/i18n/translated";
import { fieldText } from "./fields";
import { stepWords } from "./steps";

const questionName = ({ section, field }: ResetField) => {
  const words = (fieldText[section] as Record<string, { label: string } | undefined>)[field];
  return words?.label ?? field;
};

/** What the member is told about their saved answers, in Spanish: what was reset, and when saving or loading fails. */
export const savedAnswersText: Translated<typeof english> = {
  unreadable: "No pudimos leer las respuestas guardadas en este dispositivo, así que empezamos de nuevo con las respuestas en blanco.",
  newerVersion: "Sus respuestas se guardaron con una versión más nueva de esta herramienta. Conservamos las que pudimos leer.",
  fieldsReset: (fields: ResetField[]) =>
    `Algunas respuestas guardadas no se pudieron leer y se borraron: ${fields
      .map((field) => (field.field === "*" ? `todas las respuestas de “${stepWords[field.section].review}”` : `“${questionName(field)}” en ${stepWords[field.section].review}`))
      .join("; ")}. Por favor, revíselas de nuevo.`,
  quota:
    "No se pudieron guardar sus respuestas porque el almacenamiento de este dispositivo está lleno. Se conservarán mientras esta página esté abierta: descargue o imprima sus documentos antes de cerrarla.",
  unavailable:
    "No se pudieron guardar sus respuestas en este dispositivo (puede que el almacenamiento esté desactivado). Se conservarán mientras esta página esté abierta.",
  dismiss: "Cerrar este mensaje",
};
