import { Document, Page, Text, View } from "@react-pdf/renderer";
import { BulletList, LabelledText, Lines, PageFooter, PdfText, RunningHeader, type DocumentFrameWords } from "../shared/primitives";
import { toMetadataText } from "../pdf-text";
import { styles } from "../shared/styles";
import type { LetterBlock, LetterModel } from "./model";

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case "heading":
      // Keep a heading with the start of what follows it.
      return (
        <View minPresenceAhead={40}>
          <PdfText style={styles.heading}>{block.text}</PdfText>
        </View>
      );
    case "paragraph":
      return <PdfText style={block.strong ? [styles.block, styles.bold] : styles.block}>{block.text}</PdfText>;
    case "fields":
      return (
        <View style={styles.block}>
          {block.items.map((item, index) => (
            <LabelledText key={index} label={item.label} value={item.value} style={{ marginBottom: 3 }} />
          ))}
        </View>
      );
    case "list":
      return <BulletList items={block.items} />;
  }
}

/** The line on every page after the first: what the letter is and who it is from, so loose pages can be matched up. */
export function letterRunningHeader(letter: LetterModel, frame: Pick<DocumentFrameWords, "memberIdLabel" | "urgentPrefix">): string {
  const identity = [letter.signer, letter.memberId && `${frame.memberIdLabel} ${letter.memberId}`]
    .filter((part): part is string => part !== undefined && part.length <= 80)
    .join(", ");
  const title = letter.urgentHeading ? `${frame.urgentPrefix}: ${letter.footer}` : letter.footer;
  return identity ? `${title}: ${identity}` : title;
}

/** A paragraph this short is about one line: the closing then takes the block before it too. */
const ONE_LINE = 110;

/**
 * The letter's last block (and the one before, when the last is a single
 * line) goes to the page with the closing, so "Sincerely" always has at least
 * two lines of the letter above it. Only short paragraphs and lists are kept
 * together: longer ones may still break across pages.
 */
function splitForClosing(body: LetterBlock[]): { flowing: LetterBlock[]; keptWithClosing: LetterBlock[] } {
  // Anything longer could be taller than a page, which an unbreakable group cannot be.
  const keepable = (block: LetterBlock | undefined) =>
    (block?.kind === "paragraph" && block.text.length <= 600) || (block?.kind === "list" && block.items.join(" ").length <= 600);
  const last = body.at(-1);
  if (!keepable(last)) return { flowing: body, keptWithClosing: [] };
  const lastIsOneLine = last?.kind === "paragraph" && last.text.length <= ONE_LINE;
  const count = lastIsOneLine && keepable(body.at(-2)) ? 2 : 1;
  return { flowing: body.slice(0, -count), keptWithClosing: body.slice(-count) };
}

/** A line to sign or write on, with what goes there under it. */
function SignatureLine({ label, width, marginLeft = 0 }: { label: string; width: number; marginLeft?: number }) {
  return (
    <View style={{ width, marginLeft, borderTopWidth: 0.75, borderTopColor: "#000000", paddingTop: 2 }}>
      <Text style={{ fontSize: 8.5 }}>{label}</Text>
    </View>
  );
}

/** The request letter as a PDF document. */
export function LetterPdf({ letter, frame, creationDate }: { letter: LetterModel; frame: DocumentFrameWords; creationDate?: Date }) {
  // The signature block never splits; a name too long for that flows after it.
  const signerFits = letter.signer !== undefined && letter.signer.length <= 200;
  const runningHeader = letterRunningHeader(letter, frame);
  const { flowing, keptWithClosing } = splitForClosing(letter.body);
  return (
    <Document
      title={toMetadataText(letter.metadata.title)}
      subject={toMetadataText(letter.metadata.subject)}
      author={toMetadataText(letter.metadata.author)}
      language={letter.metadata.language}
      creator="California second-opinion request helper"
      producer="California second-opinion request helper"
      creationDate={creationDate}
      modificationDate={creationDate}
    >
      <Page size="LETTER" style={styles.page}>
        <RunningHeader text={runningHeader} />
        <View>
          {letter.sender.length > 0 && <Lines lines={letter.sender} />}
          <PdfText style={styles.lines}>{letter.date}</PdfText>
          <Lines lines={letter.recipient} />
          {letter.urgentHeading && (
            <PdfText style={[styles.title, { fontSize: 13, marginBottom: 6 }]}>{letter.urgentHeading}</PdfText>
          )}
          <View style={styles.lines}>
            <PdfText style={styles.bold}>{letter.subject}</PdfText>
            {letter.reference.map((item, index) => (
              <LabelledText key={index} label={item.label} value={item.value} />
            ))}
          </View>
          <PdfText style={styles.block}>{letter.salutation}</PdfText>
          {flowing.map((block, index) => (
            <Block key={index} block={block} />
          ))}
          {/* The closing never stands alone at the top of a page: the last lines of the letter go with it. */}
          <View wrap={false}>
            {keptWithClosing.map((block, index) => (
              <Block key={index} block={block} />
            ))}
            <PdfText style={{ marginTop: 2 }}>{letter.closing}</PdfText>
            <View style={{ marginTop: 32, flexDirection: "row" }}>
              <SignatureLine label={letter.signatureLabel} width={240} />
              {letter.dateLineLabel && <SignatureLine label={letter.dateLineLabel} width={120} marginLeft={24} />}
            </View>
            {signerFits && <PdfText style={{ marginTop: 4 }}>{letter.signer ?? ""}</PdfText>}
          </View>
          {letter.signer && !signerFits && <PdfText style={{ marginTop: 4 }}>{letter.signer}</PdfText>}
          {letter.helper && <PdfText style={{ marginTop: 2 }}>{letter.helper}</PdfText>}
          {letter.enclosures.length > 0 && (
            // A short list moves to the next page whole rather than leave its heading alone.
            <View style={{ marginTop: 14 }} wrap={letter.enclosures.join(" ").length > 600}>
              <View minPresenceAhead={30}>
                <PdfText style={styles.bold}>{`${letter.enclosuresHeading}:`}</PdfText>
              </View>
              <BulletList items={letter.enclosures} style={{ marginBottom: 0 }} />
            </View>
          )}
          {letter.cc && <LabelledText label={letter.ccLabel} value={letter.cc} style={{ marginTop: 10 }} />}
        </View>
        <PageFooter label={letter.footer} pageOf={frame.pageOf} />
      </Page>
    </Document>
  );
}
