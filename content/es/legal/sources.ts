import type { getSource as englishGetSource, isSourceId as englishIsSourceId, sources as englishSources } from "@/content/legal/sources";
import type { Source } from "@/content/legal/schemas";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/sources.ts: the same ids and URLs (data),
// each code's name in Spanish with its section number unchanged.

/** The ids the English module knows; the Spanish list may name no other. */
type EnglishSourceId = typeof englishIsSourceId extends (id: string) => id is (infer Id extends string) ? Id : never;

const leginfo = (lawCode: "HSC" | "INS" | "GOV" | "WIC", section: string) =>
  `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=${lawCode}&sectionNum=${section}`;

const sourceList = [
  { id: "hsc-1383.15", short: "Código de Salud y Seguridad §1383.15", citation: "Código de Salud y Seguridad de California §1383.15", url: leginfo("HSC", "1383.15") },
  { id: "hsc-1383.1", short: "Código de Salud y Seguridad §1383.1", citation: "Código de Salud y Seguridad de California §1383.1", url: leginfo("HSC", "1383.1") },
  { id: "hsc-1367.01", short: "Código de Salud y Seguridad §1367.01", citation: "Código de Salud y Seguridad de California §1367.01", url: leginfo("HSC", "1367.01") },
  {
    id: "hsc-1367.01-h4",
    short: "Código de Salud y Seguridad §1367.01(h)(4)",
    citation: "Código de Salud y Seguridad de California §1367.01(h)(4)",
    url: leginfo("HSC", "1367.01"),
  },
  {
    id: "hsc-1367.01-h5",
    short: "Código de Salud y Seguridad §1367.01(h)(5)",
    citation: "Código de Salud y Seguridad de California §1367.01(h)(5)",
    url: leginfo("HSC", "1367.01"),
  },
  {
    id: "hsc-1367.03",
    short: "Código de Salud y Seguridad §1367.03",
    citation: "Código de Salud y Seguridad de California §1367.03; Código de Reglamentos de California, Título 28, §1300.67.2.2",
    url: leginfo("HSC", "1367.03"),
  },
  {
    id: "hsc-1367.04",
    short: "Código de Salud y Seguridad §1367.04",
    citation: "Código de Salud y Seguridad de California §1367.04; Código de Reglamentos de California, Título 28, §1300.67.04",
    url: leginfo("HSC", "1367.04"),
  },
  { id: "hsc-1368", short: "Código de Salud y Seguridad §1368", citation: "Código de Salud y Seguridad de California §1368", url: leginfo("HSC", "1368") },
  {
    id: "hsc-1368.01",
    short: "Código de Salud y Seguridad §1368.01",
    citation: "Código de Salud y Seguridad de California §1368.01; Código de Reglamentos de California, Título 28, §1300.68",
    url: leginfo("HSC", "1368.01"),
  },
  {
    id: "hsc-1368.01-urgent",
    short: "Código de Salud y Seguridad §1368.01(b)",
    citation: "Código de Salud y Seguridad de California §1368.01(b); Código de Reglamentos de California, Título 28, §1300.68.01",
    url: leginfo("HSC", "1368.01"),
  },
  { id: "hsc-1368.02", short: "Código de Salud y Seguridad §1368.02", citation: "Código de Salud y Seguridad de California §1368.02", url: leginfo("HSC", "1368.02") },
  { id: "hsc-1368.03", short: "Código de Salud y Seguridad §1368.03", citation: "Código de Salud y Seguridad de California §1368.03", url: leginfo("HSC", "1368.03") },
  {
    id: "hsc-1374.30",
    short: "Código de Salud y Seguridad §1374.30",
    citation: "Código de Salud y Seguridad de California §1374.30 y siguientes",
    url: leginfo("HSC", "1374.30"),
  },
  { id: "hsc-1374.33", short: "Código de Salud y Seguridad §1374.33", citation: "Código de Salud y Seguridad de California §1374.33", url: leginfo("HSC", "1374.33") },
  { id: "ins-10123.68", short: "Código de Seguros §10123.68", citation: "Código de Seguros de California §10123.68", url: leginfo("INS", "10123.68") },
  { id: "ins-10123.135", short: "Código de Seguros §10123.135", citation: "Código de Seguros de California §10123.135", url: leginfo("INS", "10123.135") },
  {
    id: "ins-10123.135-h4",
    short: "Código de Seguros §10123.135(h)(4)",
    citation: "Código de Seguros de California §10123.135(h)(4)",
    url: leginfo("INS", "10123.135"),
  },
  {
    id: "ins-10123.135-h5",
    short: "Código de Seguros §10123.135(h)(5)",
    citation: "Código de Seguros de California §10123.135(h)(5)",
    url: leginfo("INS", "10123.135"),
  },
  { id: "ins-10133.54", short: "Código de Seguros §10133.54", citation: "Código de Seguros de California §10133.54", url: leginfo("INS", "10133.54") },
  { id: "ins-10169", short: "Código de Seguros §10169", citation: "Código de Seguros de California §10169", url: leginfo("INS", "10169") },
  { id: "ins-10169.3", short: "Código de Seguros §10169.3", citation: "Código de Seguros de California §10169.3", url: leginfo("INS", "10169.3") },
  { id: "ins-10169.1", short: "Código de Seguros §10169.1", citation: "Código de Seguros de California §10169.1", url: leginfo("INS", "10169.1") },
  // El acceso en otros idiomas para las aseguradoras que regula el CDI (hoja de hechos, sección 8). Sin URL, como en inglés.
  {
    id: "ccr-10-2538.5",
    short: "Código de Reglamentos de California, Título 10, §2538.5",
    citation: "Código de Reglamentos de California, Título 10, §2538.5",
  },
  { id: "gov-6700", short: "Código de Gobierno §6700", citation: "Código de Gobierno de California §6700", url: leginfo("GOV", "6700") },
  { id: "gov-6701", short: "Código de Gobierno §6701", citation: "Código de Gobierno de California §6701", url: leginfo("GOV", "6701") },
  {
    id: "gov-19853",
    short: "Código de Gobierno §19853",
    citation: "Código de Gobierno de California §19853 (días feriados pagados de las oficinas estatales, según la lista de CalHR)",
    url: leginfo("GOV", "19853"),
  },
  {
    id: "cfr-29-2560.503-1",
    short: "Título 29 del CFR, §2560.503-1",
    citation: "Código de Reglamentos Federales, Título 29, §2560.503-1",
    url: "https://www.ecfr.gov/current/title-29/section-2560.503-1",
  },
  {
    id: "cfr-29-2560.503-1-urgent",
    short: "Título 29 del CFR, §2560.503-1(f)(2)(i)",
    citation: "Código de Reglamentos Federales, Título 29, §2560.503-1(f)(2)(i)",
    url: "https://www.ecfr.gov/current/title-29/section-2560.503-1",
  },
  {
    id: "cfr-29-2590.715-2719",
    short: "Título 29 del CFR, §2590.715-2719",
    citation: "Código de Reglamentos Federales, Título 29, §2590.715-2719",
    url: "https://www.ecfr.gov/current/title-29/section-2590.715-2719",
  },
  {
    id: "cfr-45-147.136",
    short: "Título 45 del CFR, §147.136",
    citation: "Código de Reglamentos Federales, Título 45, §147.136",
    url: "https://www.ecfr.gov/current/title-45/section-147.136",
  },
  {
    id: "cfr-42-422.572",
    short: "Título 42 del CFR, §422.572",
    citation: "Código de Reglamentos Federales, Título 42, §422.572",
    url: "https://www.ecfr.gov/current/title-42/section-422.572",
  },
  {
    id: "cfr-42-438.206",
    short: "Título 42 del CFR, §438.206(b)(3)",
    citation: "Código de Reglamentos Federales, Título 42, §438.206(b)(3)",
    url: "https://www.ecfr.gov/current/title-42/section-438.206",
  },
  {
    id: "wic-10951",
    short: "Código de Bienestar e Instituciones §10951",
    citation: "Código de Bienestar e Instituciones de California §10951",
    url: leginfo("WIC", "10951"),
  },
  {
    id: "medicare-second-opinion",
    short: "Medicare: segundas opiniones quirúrgicas",
    citation:
      "Medicare.gov, “Second surgical opinions” (segundas opiniones quirúrgicas); Medicare Benefit Policy Manual (manual de beneficios de Medicare), capítulo 15, §30.D",
    url: "https://www.medicare.gov",
  },
  {
    id: "medicare-federal",
    short: "Reglas federales de Medicare",
    citation: "Reglas federales de Medicare sobre la “determinación de la organización” (“organization determination”) (CMS)",
  },
  {
    id: "tricare-va-federal",
    short: "Reglas federales de TRICARE/VA",
    citation: "Reglas federales de TRICARE y del VA (Departamento de Defensa / Departamento de Asuntos de Veteranos)",
  },
  {
    id: "medi-cal-dhcs",
    short: "Medi-Cal (DHCS)",
    citation: "Reglas del programa Medi-Cal, Departamento de Servicios de Atención Médica de California (DHCS)",
  },
  {
    id: "dmhc-imr-faq",
    short: "Preguntas frecuentes del DMHC sobre la IMR",
    citation: "DMHC, Revisión Médica Independiente y quejas: preguntas frecuentes, www.dmhc.ca.gov",
    url: "https://www.dmhc.ca.gov",
  },
  {
    id: "dmhc-imr-complaint-form",
    short: "Formulario de Revisión Médica Independiente/Queja del DMHC",
    citation: "DMHC, Formulario de Revisión Médica Independiente/Queja (DMHC 20-224) y sus instrucciones, www.dmhc.ca.gov",
    url: "https://www.dmhc.ca.gov",
  },
  {
    id: "dmhc-website",
    short: "Sitio web del DMHC",
    citation: "Departamento de Atención Médica Administrada de California, www.dmhc.ca.gov",
    url: "https://www.dmhc.ca.gov",
  },
  { id: "cdi-website", short: "Sitio web del CDI", citation: "Departamento de Seguros de California, www.insurance.ca.gov", url: "https://www.insurance.ca.gov" },
  { id: "hca-website", short: "Health Consumer Alliance", citation: "Health Consumer Alliance, healthconsumer.org", url: "https://healthconsumer.org" },
  {
    id: "dol-ebsa",
    short: "Departamento de Trabajo de los EE. UU., EBSA",
    citation: "Departamento de Trabajo de los EE. UU., Administración de Seguridad de Beneficios del Empleado, www.dol.gov/ebsa",
    url: "https://www.dol.gov/ebsa",
  },
  { id: "hicap", short: "HICAP", citation: "Programa de Asesoramiento y Defensa sobre Seguros de Salud (HICAP), 1-800-434-0222" },
  { id: "practice", short: "Práctica común", citation: "Práctica común, no una regla de la ley" },
] as const satisfies readonly (Source & { id: EnglishSourceId })[];

type SourceId = (typeof sourceList)[number]["id"];

export const sources: typeof englishSources = sourceList satisfies Translated<typeof englishSources>;

const byId = new Map(sources.map((source) => [source.id, source]));

export const isSourceId = ((id: string): id is SourceId => byId.has(id)) satisfies Translated<typeof englishIsSourceId>;

/** The citation a source id names, in Spanish. Throws on an unknown id (the same ids as the English list). */
export const getSource = ((id: SourceId | string): Source => {
  const source = byId.get(id);
  if (!source) throw new Error(`Unknown source id: ${id}`);
  return source;
}) satisfies Translated<typeof englishGetSource>;
