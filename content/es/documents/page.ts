import type {
  documentsPageText as englishPageText,
  downloadText as englishDownloadText,
  printViewText as englishPrintViewText,
} from "@/content/documents/page";
import type { Translated } from "@/lib/i18n/translated";

// Las palabras de la página Documentos, los botones de descarga y las vistas
// para imprimir, en español.

export const documentsPageText: Translated<typeof englishPageText> = {
  title: "Su carta de solicitud y su lista de expedientes médicos",
  intro:
    "Firme la carta y envíela a su plan, con copias de sus expedientes médicos. Use la lista para reunirlos y para llevar la cuenta de lo que envió y cuándo.",
  madeOnThisDevice: "Los PDF se crean en este dispositivo. Sus respuestas no se envían a ninguna parte.",
  missingHeading: "Faltan algunas respuestas en su carta",
  missingIntro: "Su carta tendrá espacios vacíos donde deberían ir estas respuestas:",
  missingAction: "Revise sus respuestas",
  backToReview: "Volver",
};

export const downloadText: Translated<typeof englishDownloadText> = {
  letter: {
    heading: "Carta de solicitud",
    description:
      "Fírmela y guarde una copia. Envíela a su plan de la forma que le indicaron en Servicios para Miembros: por correo, por fax, por el sitio web del plan o en persona.",
    download: "Descargar la carta (PDF)",
    busy: "Preparando su carta (PDF)…",
    print: "Imprimir la carta",
    done: (fileName: string) => `Su carta se descargó: ${fileName}`,
  },
  checklist: {
    heading: "Lista de expedientes médicos",
    description:
      "Los expedientes médicos que debe reunir y enviar con su carta. Tiene espacio para anotar cuándo pidió cada uno y cuándo lo envió.",
    download: "Descargar la lista (PDF)",
    busy: "Preparando su lista (PDF)…",
    print: "Imprimir la lista",
    done: (fileName: string) => `Su lista se descargó: ${fileName}`,
  },
  grievance: {
    heading: "Carta de queja formal",
    description:
      "Una queja formal a su plan sobre esta solicitud. Tiene sus fechas y los números de referencia de sus llamadas. Fírmela y guarde una copia. Envíela al departamento de quejas formales de su plan. El folleto de su plan (Evidencia de Cobertura) dice adónde, y también la carta de denegación, si la tiene. Puede que no sea el mismo lugar adonde envió su solicitud.",
    download: "Descargar la carta de queja formal (PDF)",
    busy: "Preparando su carta de queja formal (PDF)…",
    print: "Imprimir la carta de queja formal",
    done: (fileName: string) => `Su carta de queja formal se descargó: ${fileName}`,
  },
  timeline: {
    heading: "Mi caso hasta ahora",
    description:
      "Todas las fechas de su solicitud en una página, en orden: sus llamadas y sus números de referencia, cuándo envió su solicitud y las fechas que su plan debe cumplir. Léala cuando llame a su plan o al estado.",
    download: "Descargar Mi caso hasta ahora (PDF)",
    busy: "Preparando Mi caso hasta ahora (PDF)…",
    print: "Imprimir Mi caso hasta ahora",
    done: (fileName: string) => `Mi caso hasta ahora se descargó: ${fileName}`,
  },
  regulatorForm: {
    heading: "Respuestas para el formulario de la agencia reguladora",
    description:
      "Sus respuestas, en el orden en que las pide el formulario de la oficina estatal. Tiene un borrador de la descripción del problema, una lista de lo que debe adjuntar y adónde enviarlo. No es el formulario: usted copia sus respuestas en él.",
    download: "Descargar las respuestas para el formulario (PDF)",
    busy: "Preparando sus respuestas para el formulario (PDF)…",
    print: "Imprimir las respuestas para el formulario",
    done: (fileName: string) => `Sus respuestas para el formulario se descargaron: ${fileName}`,
  },
  authorization: {
    heading: "Autorización para la persona que le ayuda",
    description:
      "Una carta corta que usted firma para que su plan hable con la persona que le ayuda con esta solicitud. Envíela a su plan con su carta de solicitud, o lo antes que pueda.",
    download: "Descargar la autorización (PDF)",
    busy: "Preparando su autorización (PDF)…",
    print: "Imprimir la autorización",
    done: (fileName: string) => `Su autorización se descargó: ${fileName}`,
  },
  otherLanguage: {
    letter: {
      note: "Puede enviar la carta en inglés o en español. Si la envía en inglés, guarde la copia en español para saber lo que dice.",
      download: "Descargar la carta en inglés (PDF)",
      busy: "Preparando su carta en inglés (PDF)…",
      done: (fileName: string) => `Su carta en inglés se descargó: ${fileName}`,
    },
    grievance: {
      note: "Puede enviar la carta de queja formal en inglés o en español. Si la envía en inglés, guarde la copia en español para saber lo que dice.",
      download: "Descargar la carta de queja formal en inglés (PDF)",
      busy: "Preparando su carta de queja formal en inglés (PDF)…",
      done: (fileName: string) => `Su carta de queja formal en inglés se descargó: ${fileName}`,
    },
  },
  blankChecklist: "Imprimir una lista en blanco",
  failed:
    "Lo sentimos, no se pudo crear el PDF. Revise su conexión y vuelva a intentarlo. Si todavía no funciona, use mejor el botón de imprimir. Tiene el mismo contenido.",
  unshownHeading: "Algunos caracteres no se verán en los PDF",
  unshown: (characters: string) =>
    `Los PDF solo pueden usar letras latinas. Por eso no pueden mostrar estos caracteres que usted escribió: ${characters}. En los PDF, las letras que no se pueden mostrar aparecen como “?”, y los emoji se omiten. Las versiones impresas muestran todo tal como lo escribió.`,
};

export const printViewText: Translated<typeof englishPrintViewText> = {
  letter: {
    title: "Su carta de solicitud",
    intro: "Esta es la misma carta que el PDF. Imprímala, fírmela y envíela a su plan.",
    print: "Imprimir esta carta",
  },
  checklist: {
    title: "Su lista de expedientes médicos",
    intro: "Esta es la misma lista que el PDF. Imprímala y marque cada expediente a medida que lo reúna y lo envíe.",
    print: "Imprimir esta lista",
  },
  grievance: {
    title: "Su carta de queja formal",
    intro: "Esta es la misma carta que el PDF. Imprímala, fírmela y envíela al departamento de quejas formales de su plan.",
    print: "Imprimir esta carta",
    notRecorded:
      "Esta carta es para una solicitud que su plan negó o no respondió a tiempo. No ha anotado ninguna de las dos cosas en el Paso 4, así que la carta dice que el plan no ha decidido.",
    recordOutcome: "Anote lo que pasó en el Paso 4",
    back: "Volver a los próximos pasos",
  },
  timeline: {
    title: "Mi caso hasta ahora",
    intro: "Esta es la misma página que el PDF. Imprímala y téngala junto al teléfono.",
    print: "Imprimir esta página",
  },
  blankChecklist: {
    title: "Lista de expedientes médicos en blanco",
    intro: "Una lista sin sus respuestas, para llenar a mano.",
    print: "Imprimir esta lista",
  },
  back: "Volver a sus documentos",
  loading: "Cargando sus respuestas…",
  printWithoutScript: "Para imprimir esta página, use el comando Imprimir de su navegador (en su menú, o Ctrl+P).",
  done: "Listo:",
};
