import type { Source } from "./schemas";

// Every legal statement in content/ names one of these ids. Each resolves to a
// citation from the facts sheet (shared/facts/california-second-opinion-rules.md).
// URLs: the Legislature's official code pages (leginfo), and the agencies' home
// pages as printed in the facts sheet; no deep links we have not checked.

const leginfo = (lawCode: "HSC" | "INS" | "GOV", section: string) =>
  `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=${lawCode}&sectionNum=${section}`;

const sourceList = [
  { id: "hsc-1383.15", short: "HSC §1383.15", citation: "California Health and Safety Code §1383.15", url: leginfo("HSC", "1383.15") },
  { id: "hsc-1383.1", short: "HSC §1383.1", citation: "California Health and Safety Code §1383.1", url: leginfo("HSC", "1383.1") },
  { id: "hsc-1367.01", short: "HSC §1367.01", citation: "California Health and Safety Code §1367.01", url: leginfo("HSC", "1367.01") },
  { id: "hsc-1367.03", short: "HSC §1367.03", citation: "California Health and Safety Code §1367.03; 28 CCR §1300.67.2.2", url: leginfo("HSC", "1367.03") },
  { id: "hsc-1368", short: "HSC §1368", citation: "California Health and Safety Code §1368", url: leginfo("HSC", "1368") },
  { id: "hsc-1368.01", short: "HSC §1368.01", citation: "California Health and Safety Code §1368.01; 28 CCR §1300.68.01", url: leginfo("HSC", "1368.01") },
  { id: "hsc-1368.02", short: "HSC §1368.02", citation: "California Health and Safety Code §1368.02", url: leginfo("HSC", "1368.02") },
  { id: "hsc-1368.03", short: "HSC §1368.03", citation: "California Health and Safety Code §1368.03", url: leginfo("HSC", "1368.03") },
  { id: "hsc-1374.30", short: "HSC §1374.30", citation: "California Health and Safety Code §1374.30 and following", url: leginfo("HSC", "1374.30") },
  { id: "hsc-1374.33", short: "HSC §1374.33", citation: "California Health and Safety Code §1374.33", url: leginfo("HSC", "1374.33") },
  { id: "ins-10123.68", short: "Ins. Code §10123.68", citation: "California Insurance Code §10123.68", url: leginfo("INS", "10123.68") },
  { id: "ins-10123.135", short: "Ins. Code §10123.135", citation: "California Insurance Code §10123.135", url: leginfo("INS", "10123.135") },
  { id: "ins-10133.54", short: "Ins. Code §10133.54", citation: "California Insurance Code §10133.54", url: leginfo("INS", "10133.54") },
  { id: "ins-10169", short: "Ins. Code §10169", citation: "California Insurance Code §10169", url: leginfo("INS", "10169") },
  { id: "ins-10169.3", short: "Ins. Code §10169.3", citation: "California Insurance Code §10169.3", url: leginfo("INS", "10169.3") },
  { id: "gov-6700", short: "Gov. Code §6700", citation: "California Government Code §6700", url: leginfo("GOV", "6700") },
  { id: "gov-6701", short: "Gov. Code §6701", citation: "California Government Code §6701", url: leginfo("GOV", "6701") },
  {
    id: "cfr-29-2560.503-1",
    short: "29 CFR §2560.503-1",
    citation: "Code of Federal Regulations, Title 29, §2560.503-1",
    url: "https://www.ecfr.gov/current/title-29/section-2560.503-1",
  },
  { id: "medicare-federal", short: "Federal Medicare rules", citation: "Federal Medicare “organization determination” rules (CMS)" },
  { id: "tricare-va-federal", short: "Federal TRICARE/VA rules", citation: "Federal TRICARE and VA rules (Department of Defense / Veterans Affairs)" },
  { id: "medi-cal-dhcs", short: "Medi-Cal (DHCS)", citation: "Medi-Cal program rules, California Department of Health Care Services (DHCS)" },
  { id: "dmhc-website", short: "DMHC website", citation: "California Department of Managed Health Care, www.dmhc.ca.gov", url: "https://www.dmhc.ca.gov" },
  { id: "cdi-website", short: "CDI website", citation: "California Department of Insurance, www.insurance.ca.gov", url: "https://www.insurance.ca.gov" },
  { id: "hca-website", short: "Health Consumer Alliance", citation: "Health Consumer Alliance, healthconsumer.org", url: "https://healthconsumer.org" },
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
