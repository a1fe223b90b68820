import type { contacts as englishContacts, getContact as englishGetContact } from "@/content/legal/contacts";
import type { Contact } from "@/content/legal/schemas";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/contacts.ts: offices by the glossary's
// Spanish name with the acronym the member will hear on the phone; numbers,
// web and mail addresses exactly as in the English (the facts sheet's).

const contactList = [
  {
    id: "dmhc-help-center",
    name: "Centro de Ayuda del DMHC",
    description:
      "La oficina estatal que regula los planes de salud con licencia del DMHC. Recibe el Formulario de Revisión Médica Independiente/Queja y decide si su caso es una Revisión Médica Independiente (IMR) o una queja.",
    methods: [
      { kind: "phone", label: "Teléfono", number: "1-888-466-2219" },
      { kind: "tdd", label: "TDD", number: "1-877-688-9891" },
      { kind: "web", label: "Sitio web", url: "www.dmhc.ca.gov" },
      { kind: "web", label: "Sitio web de ayuda", url: "www.healthhelp.ca.gov" },
    ],
    verify: false,
    sourceId: "dmhc-website",
  },
  {
    id: "cdi-hotline",
    name: "Línea directa para consumidores del CDI",
    description: "La oficina estatal que regula las pólizas de seguro médico. Recibe quejas y solicitudes de Revisión Médica Independiente (IMR).",
    methods: [
      { kind: "phone", label: "Teléfono", number: "1-800-927-4357" },
      { kind: "web", label: "Sitio web", url: "www.insurance.ca.gov" },
    ],
    verify: false,
    sourceId: "cdi-website",
  },
  {
    id: "health-consumer-alliance",
    name: "Health Consumer Alliance",
    description: "Ayuda gratis con problemas de cobertura de salud (financiada por el DMHC).",
    methods: [
      { kind: "phone", label: "Teléfono", number: "1-888-804-3536" },
      { kind: "web", label: "Sitio web", url: "healthconsumer.org" },
    ],
    verify: false,
    sourceId: "hca-website",
  },
  {
    id: "hicap",
    name: "HICAP (asesoría sobre Medicare)",
    description: "Asesoría gratis sobre Medicare y Medicare Advantage.",
    methods: [{ kind: "phone", label: "Teléfono", number: "1-800-434-0222" }],
    verify: true,
    sourceId: "hicap",
  },
  {
    id: "medicare",
    name: "Medicare",
    description: "Responde preguntas sobre lo que cubre Medicare.",
    methods: [
      { kind: "phone", label: "Teléfono (1-800-MEDICARE)", number: "1-800-633-4227" },
      { kind: "web", label: "Sitio web", url: "www.medicare.gov" },
    ],
    verify: false,
    sourceId: "medicare-second-opinion",
  },
  {
    id: "dol-ebsa",
    name: "Departamento de Trabajo de los EE. UU., Administración de Seguridad de Beneficios del Empleado (EBSA)",
    description: "Supervisa los planes de salud del trabajo autofinanciados y ayuda con solicitudes de beneficios y con apelaciones.",
    methods: [
      { kind: "phone", label: "Teléfono", number: "1-866-444-3272" },
      { kind: "web", label: "Sitio web", url: "www.dol.gov/ebsa" },
    ],
    verify: true,
    sourceId: "dol-ebsa",
  },
  {
    id: "medi-cal-ombudsman",
    name: "Oficina del Ombudsman de Medi-Cal de atención administrada",
    description: "Ayuda gratis para miembros de Medi-Cal que tienen un problema con su plan de salud.",
    methods: [
      { kind: "phone", label: "Teléfono", number: "1-888-452-8609" },
      { kind: "web", label: "Sitio web", url: "www.dhcs.ca.gov" },
    ],
    verify: true,
    sourceId: "medi-cal-dhcs",
  },
  {
    id: "state-hearings",
    name: "Audiencias Estatales (Departamento de Servicios Sociales de California)",
    description: "Recibe las solicitudes de una Audiencia Estatal de Medi-Cal.",
    methods: [
      { kind: "phone", label: "Teléfono", number: "1-800-743-8525" },
      { kind: "web", label: "Sitio web", url: "www.cdss.ca.gov" },
    ],
    verify: true,
    sourceId: "wic-10951",
  },
  {
    id: "dmhc-mail-fax",
    name: "DMHC por correo o fax",
    description: "Para enviar documentos al DMHC. Vea en las instrucciones del formulario adónde enviarlo.",
    methods: [
      { kind: "mail", label: "Correo postal", address: "980 Ninth St, Suite 500, Sacramento CA 95814-2725" },
      { kind: "fax", label: "Fax", number: "916-255-5241" },
    ],
    verify: true,
    sourceId: "dmhc-website",
  },
] as const;

type ContactId = (typeof contactList)[number]["id"];

export const contacts: typeof englishContacts = contactList satisfies Translated<typeof englishContacts>;

export const getContact = ((id: ContactId | string): Contact => {
  const contact = contacts.find((candidate) => candidate.id === id);
  if (!contact) throw new Error(`Unknown contact id: ${id}`);
  return contact;
}) satisfies Translated<typeof englishGetContact>;
