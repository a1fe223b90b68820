import { DISCLAIMER, LAST_REVIEWED } from "@/content/legal/meta";
import { formatMediumDate } from "@/lib/dates/format";

/** "Last reviewed: November 26, 2026. General information, not legal advice." */
export function LastReviewed() {
  return (
    <p className="secondary">
      Last reviewed: <time dateTime={LAST_REVIEWED}>{formatMediumDate(LAST_REVIEWED)}</time>. {DISCLAIMER}
    </p>
  );
}
