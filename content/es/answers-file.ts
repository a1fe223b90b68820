import type { answersFileText as english } from "@/content/answers-file";
import type { Translated } from "@/lib/i18n/translated";

/** Las palabras para guardar las respuestas en un archivo y abrirlas otra vez, en este dispositivo o en otro. */
export const answersFileText: Translated<typeof english> = {
  heading: "Pase sus respuestas a otro dispositivo",
  intro:
    "Sus respuestas se guardan solo en este navegador. Para seguir con ellas en otro dispositivo o en otro navegador, guárdelas en un archivo. Luego abra ese archivo allí.",
  warning: "El archivo contiene su información de salud. Guárdelo en un lugar seguro y compártalo solo con personas de confianza.",
  save: {
    button: "Guardar mis respuestas en un archivo",
    savedTo: "Sus respuestas se guardaron en el archivo",
    savedWhere: "Búsquelo donde se guardan sus descargas.",
    failed: "No se pudieron guardar sus respuestas en un archivo. Inténtelo otra vez, o pruebe con otro navegador.",
  },
  open: {
    heading: "Abrir respuestas guardadas",
    label: "Abrir respuestas guardadas",
    hint: "Elija un archivo que hizo con “Guardar mis respuestas en un archivo”. Se lee en este dispositivo y no se envía a ningún lugar.",
    reading: "Leyendo el archivo…",
  },
  summary: {
    heading: "Este archivo contiene",
    name: "Nombre",
    plan: "Plan",
    carryOn: "Dónde se quedó",
    savedOn: "Guardado el",
    notGiven: "Todavía no lo indicó",
    review: "Revise sus respuestas",
  },
  confirm: {
    replaceWarning: "Estas respuestas reemplazarán las respuestas de este dispositivo. No podrá deshacerlo.",
    replace: "Reemplazar las respuestas de este dispositivo",
    use: "Usar estas respuestas",
    cancel: "Cancelar",
  },
  opened: "Las respuestas del archivo ya están guardadas en este dispositivo.",
  carryOn: "Siga donde se quedó",
  problems: {
    "not-ours": "Este archivo no es un archivo de respuestas guardadas de esta herramienta. No se cambió nada.",
    damaged: "Este archivo está dañado, así que no pudimos leerlo. No se cambió nada.",
    newer: "Este archivo se guardó con una versión más nueva de esta herramienta, así que no podemos leerlo. Vuelva a cargar esta página para obtener la versión más nueva y luego inténtelo otra vez. No se cambió nada.",
    "too-large": "Este archivo es demasiado grande para ser de respuestas guardadas. Los archivos de respuestas guardadas miden menos de 1 MB. No se cambió nada.",
  },
};

