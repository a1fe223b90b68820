import { LAST_REVIEWED } from "@/content/legal/meta";
import { englishRulesText, type RulesText } from "@/lib/rules/rules-text";

/** "Last reviewed: November 26, 2026. General information, not legal advice." */
export function LastReviewed({ text = englishRulesText }: { text?: RulesText }) {
  return (
    <p className="secondary">
      {text.notes.lastReviewed} <time dateTime={LAST_REVIEWED}>{text.formatMediumDate(LAST_REVIEWED)}</time>. {text.disclaimer}
    </p>
  );
}
