import { Text, View } from "@react-pdf/renderer";
import type { ComponentProps } from "react";
import { toPdfText } from "../pdf-text";
import type { DocumentLanguage } from "../language/types";
import { styles } from "./styles";

/** The words around every document (page numbers, running header), in its language. */
export type DocumentFrameWords = DocumentLanguage["words"]["frame"];

type Style = Exclude<NonNullable<ComponentProps<typeof View>["style"]>, unknown[]>;

/** Words up to this length never break; longer ones (links, typed runs) may break between chunks. */
const LONGEST_UNBROKEN_WORD = 30;
const CHUNK = 12;

/**
 * Where a word may break across lines. Ordinary words never do (no automatic
 * hyphenation, so every word the member typed stays whole and findable); a
 * word too long for any line is cut into chunks so it wraps instead of being
 * cut off at the margin.
 */
function breakLongWords(word: string): string[] {
  if (word.length <= LONGEST_UNBROKEN_WORD) return [word];
  const parts: string[] = [];
  for (let start = 0; start < word.length; start += CHUNK) parts.push(word.slice(start, start + CHUNK));
  return parts;
}

type TextProps = { children: string; style?: Style | Style[] };

const withLineHeight = (style: Style | Style[] | undefined): Style[] => [styles.text, ...(style ? [style].flat() : [])];

/** Text the member may have typed: mapped to what Helvetica can draw, wrapping safely. */
export function PdfText({ children, style }: TextProps) {
  return (
    <Text style={withLineHeight(style)} hyphenationCallback={breakLongWords}>
      {toPdfText(children)}
    </Text>
  );
}

/** "Label: value" on one line that wraps, the label in bold. */
export function LabelledText({ label, value, style }: { label: string; value?: string; style?: Style }) {
  return (
    <Text style={withLineHeight(style)} hyphenationCallback={breakLongWords}>
      <Text style={styles.bold}>{toPdfText(`${label}:`)}</Text>
      {value === undefined ? " " : ` ${toPdfText(value)}`}
    </Text>
  );
}

/** Lines such as an address block, each wrapping on its own. */
export function Lines({ lines, style }: { lines: string[]; style?: Style }) {
  return (
    <View style={style ?? styles.lines}>
      {lines.map((line, index) => (
        <PdfText key={index}>{line}</PdfText>
      ))}
    </View>
  );
}

/** An item this long (a few lines) always fits on a page. */
const SHORT_ITEM = 600;

/** A bulleted list whose items may run over several lines and pages. */
export function BulletList({ items, style }: { items: readonly string[]; style?: Style }) {
  return (
    <View style={style ?? styles.block}>
      {items.map((item, index) => (
        // Short items never split, so a bullet never stays behind on the previous page.
        <View key={index} style={styles.listItem} wrap={item.length > SHORT_ITEM}>
          <Text style={[styles.text, styles.bullet]}>•</Text>
          <PdfText style={styles.listText}>{item}</PdfText>
        </View>
      ))}
    </View>
  );
}

/** The page footer: what the document is, and "Page N of M". */
export function PageFooter({ label, pageOf, inset = 72 }: { label: string; pageOf: DocumentFrameWords["pageOf"]; inset?: number }) {
  return (
    <View style={[styles.footer, { left: inset, right: inset }]} fixed>
      <PdfText style={{ fontSize: 8.5, lineHeight: 1.2 }}>{label}</PdfText>
      <Text render={({ pageNumber, totalPages }) => toPdfText(pageOf(pageNumber, totalPages ?? pageNumber))} />
    </View>
  );
}

/** A small line at the top of every page after the first, so loose pages can be matched up. */
export function RunningHeader({ text, inset = 72 }: { text: string; inset?: number }) {
  return (
    <Text
      style={[styles.runningHeader, { left: inset, right: inset }]}
      fixed
      hyphenationCallback={breakLongWords}
      render={({ pageNumber }) => (pageNumber > 1 ? toPdfText(text) : "")}
    />
  );
}
