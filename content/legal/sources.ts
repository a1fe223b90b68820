import type { Source } from "./schemas";

// Every legal statement in content/ names one of these ids. Each resolves to a
// citation from the facts sheet (shared/facts/california-second-opinion-rules.md).
// URLs: the Legislature's official code pages (leginfo), and the agencies' home
// pages as printed in the facts sheet; no deep links we have not checked.

const leginfo = (lawCode: "HSC" | "INS" | "GOV" | "WIC", section: string) =>
  `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=${lawCode}&sectionNum=${section}`;

const sourceList = [
  { id: "hsc-1383.15", short: "HSC §1383.15", citation: "California Health and Safety Code §1383.15", url: leginfo("HSC", "1383.15") },
  { id: "hsc-1383.1", short: "HSC §1383.1", citation: "California Health and Safety Code §1383.1", url: leginfo("HSC", "1383.1") },
  { id: "hsc-1367.01", short: "HSC §1367.01", citation: "California Health and Safety Code §1367.01", url: leginfo("HSC", "1367.01") },
  {
    id: "hsc-1367.01-h4",
    short: "HSC §1367.01(h)(4)",
    citation: "California Health and Safety Code §1367.01(h)(4)",
    url: leginfo("HSC", "1367.01"),
  },
  {
    id: "hsc-1367.01-h5",
    short: "HSC §1367.01(h)(5)",
    citation: "California Health and Safety Code §1367.01(h)(5)",
    url: leginfo("HSC", "1367.01"),
  },
  { id: "hsc-1367.03", short: "HSC §1367.03", citation: "California Health and Safety Code §1367.03; 28 CCR §1300.67.2.2", url: leginfo("HSC", "1367.03") },
  {
    id: "hsc-1367.04",
    short: "HSC §1367.04",
    citation: "California Health and Safety Code §1367.04; 28 CCR §1300.67.04",
    url: leginfo("HSC", "1367.04"),
  },
  { id: "hsc-1368", short: "HSC §1368", citation: "California Health and Safety Code §1368", url: leginfo("HSC", "1368") },
  { id: "hsc-1368.01", short: "HSC §1368.01", citation: "California Health and Safety Code §1368.01; 28 CCR §1300.68", url: leginfo("HSC", "1368.01") },
  {
    id: "hsc-1368.01-urgent",
    short: "HSC §1368.01(b)",
    citation: "California Health and Safety Code §1368.01(b); 28 CCR §1300.68.01",
    url: leginfo("HSC", "1368.01"),
  },
  { id: "hsc-1368.02", short: "HSC §1368.02", citation: "California Health and Safety Code §1368.02", url: leginfo("HSC", "1368.02") },
  { id: "hsc-1368.03", short: "HSC §1368.03", citation: "California Health and Safety Code §1368.03", url: leginfo("HSC", "1368.03") },
  { id: "hsc-1374.30", short: "HSC §1374.30", citation: "California Health and Safety Code §1374.30 and following", url: leginfo("HSC", "1374.30") },
  { id: "hsc-1374.33", short: "HSC §1374.33", citation: "California Health and Safety Code §1374.33", url: leginfo("HSC", "1374.33") },
  { id: "ins-10123.68", short: "Ins. Code §10123.68", citation: "California Insurance Code §10123.68", url: leginfo("INS", "10123.68") },
  { id: "ins-10123.135", short: "Ins. Code §10123.135", citation: "California Insurance Code §10123.135", url: leginfo("INS", "10123.135") },
  {
    id: "ins-10123.135-h4",
    short: "Ins. Code §10123.135(h)(4)",
    citation: "California Insurance Code §10123.135(h)(4)",
    url: leginfo("INS", "10123.135"),
  },
  {
    id: "ins-10123.135-h5",
    short: "Ins. Code §10123.135(h)(5)",
    citation: "California Insurance Code §10123.135(h)(5)",
    url: leginfo("INS", "10123.135"),
  },
  { id: "ins-10133.54", short: "Ins. Code §10133.54", citation: "California Insurance Code §10133.54", url: leginfo("INS", "10133.54") },
  { id: "ins-10169", short: "Ins. Code §10169", citation: "California Insurance Code §10169", url: leginfo("INS", "10169") },
  { id: "ins-10169.3", short: "Ins. Code §10169.3", citation: "California Insurance Code §10169.3", url: leginfo("INS", "10169.3") },
  { id: "ins-10169.1", short: "Ins. Code §10169.1", citation: "California Insurance Code §10169.1", url: leginfo("INS", "10169.1") },
  // Language access for CDI-regulated insurers (facts sheet, section 8). No URL: the regulations have no official page we have checked.
  { id: "ccr-10-2538.5", short: "10 CCR §2538.5", citation: "California Code of Regulations, Title 10, §2538.5" },
  { id: "gov-6700", short: "Gov. Code §6700", citation: "California Government Code §6700", url: leginfo("GOV", "6700") },
  { id: "gov-6701", short: "Gov. Code §6701", citation: "California Government Code §6701", url: leginfo("GOV", "6701") },
  {
    id: "gov-19853",
    short: "Gov. Code §19853",
    citation: "California Government Code §19853 (state offices’ paid holidays, as listed by CalHR)",
    url: leginfo("GOV", "19853"),
  },
  {
    id: "cfr-29-2560.503-1",
    short: "29 CFR §2560.503-1",
    citation: "Code of Federal Regulations, Title 29, §2560.503-1",
    url: "https://www.ecfr.gov/current/title-29/section-2560.503-1",
  },
  {
    id: "cfr-29-2560.503-1-urgent",
    short: "29 CFR §2560.503-1(f)(2)(i)",
    citation: "Code of Federal Regulations, Title 29, §2560.503-1(f)(2)(i)",
    url: "https://www.ecfr.gov/current/title-29/section-2560.503-1",
  },
  {
    id: "cfr-29-2590.715-2719",
    short: "29 CFR §2590.715-2719",
    citation: "Code of Federal Regulations, Title 29, §2590.715-2719",
    url: "https://www.ecfr.gov/current/title-29/section-2590.715-2719",
  },
  {
    id: "cfr-45-147.136",
    short: "45 CFR §147.136",
    citation: "Code of Federal Regulations, Title 45, §147.136",
    url: "https://www.ecfr.gov/current/title-45/section-147.136",
  },
  {
    id: "cfr-42-422.572",
    short: "42 CFR §422.572",
    citation: "Code of Federal Regulations, Title 42, §422.572",
    url: "https://www.ecfr.gov/current/title-42/section-422.572",
  },
  {
    id: "cfr-42-438.206",
    short: "42 CFR §438.206(b)(3)",
    citation: "Code of Federal Regulations, Title 42, §438.206(b)(3)",
    url: "https://www.ecfr.gov/current/title-42/section-438.206",
  },
  { id: "wic-10951", short: "W&I Code §10951", citation: "California Welfare and Institutions Code §10951", url: leginfo("WIC", "10951") },
  {
    id: "medicare-second-opinion",
    short: "Medicare: second surgical opinions",
    citation: "Medicare.gov, “Second surgical opinions”; Medicare Benefit Policy Manual, chapter 15, §30.D",
    url: "https://www.medicare.gov",
  },
  { id: "medicare-federal", short: "Federal Medicare rules", citation: "Federal Medicare “organization determination” rules (CMS)" },
  { id: "tricare-va-federal", short: "Federal TRICARE/VA rules", citation: "Federal TRICARE and VA rules (Department of Defense / Veterans Affairs)" },
  { id: "medi-cal-dhcs", short: "Medi-Cal (DHCS)", citation: "Medi-Cal program rules, California Department of Health Care Services (DHCS)" },
  { id: "dmhc-imr-faq", short: "DMHC IMR FAQ", citation: "DMHC, Independent Medical Review and Complaints: frequently asked questions, www.dmhc.ca.gov", url: "https://www.dmhc.ca.gov" },
  {
    id: "dmhc-imr-complaint-form",
    short: "DMHC IMR/Complaint Form",
    citation: "DMHC, IMR/Complaint Form (DMHC 20-224) and its instructions, www.dmhc.ca.gov",
    url: "https://www.dmhc.ca.gov",
  },
  { id: "dmhc-website", short: "DMHC website", citation: "California Department of Managed Health Care, www.dmhc.ca.gov", url: "https://www.dmhc.ca.gov" },
  { id: "cdi-website", short: "CDI website", citation: "California Department of Insurance, www.insurance.ca.gov", url: "https://www.insurance.ca.gov" },
  { id: "hca-website", short: "Health Consumer Alliance", citation: "Health Consumer Alliance, healthconsumer.org", url: "https://healthconsumer.org" },
  { id: "dol-ebsa", short: "U.S. Department of Labor, EBSA", citation: "U.S. Department of Labor, Employee Benefits Security Administration, www.dol.gov/ebsa", url: "https://www.dol.gov/ebsa" },
  { id: "hicap", short: "HICAP", citation: "Health Insurance Counseling and Advocacy Program (HICAP), 1-800-434-0222" },
  { id: "practice", short: "Common practice", citation: "Common practice, not a rule in the law" },
] as const satisfies readonly Source[];

type SourceId = (typeof sourceList)[number]["id"];

export const sources: readonly Source[] = sourceList;

const byId = new Map(sources.map((source) => [source.id, source]));

export function isSourceId(id: string): id is SourceId {
  return byId.has(id);
}

/** The citation a source id names. Throws on an unknown id (the content test proves none is). */
export function getSource(id: SourceId | string): Source {
  const source = byId.get(id);
  if (!source) throw new Error(`Unknown source id: ${id}`);
  return source;
}
