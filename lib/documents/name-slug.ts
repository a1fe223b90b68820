// Its own module: the answers file names itself with it, and must not carry the documents' words.

/** The member's last name as a file-name part: "García López" → "lopez". Empty when none. */
export function lastNameSlug(fullName: string | undefined): string {
  const words = (fullName ?? "").trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1) ?? "";
  return last
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
}
