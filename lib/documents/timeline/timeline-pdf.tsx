import { Document, Page, View } from "@react-pdf/renderer";
import { LabelledText, PageFooter, PdfText, RunningHeader, type DocumentFrameWords } from "../shared/primitives";
import { toMetadataText } from "../pdf-text";
import { styles } from "../shared/styles";
import type { TimelineModel } from "./model";

const DATE_COLUMN = 150;

/** "My case so far" as a PDF: one row per date, oldest first. */
export function TimelinePdf({ timeline, frame, creationDate }: { timeline: TimelineModel; frame: DocumentFrameWords; creationDate?: Date }) {
  return (
    <Document
      title={toMetadataText(timeline.metadata.title)}
      subject={toMetadataText(timeline.metadata.subject)}
      author={toMetadataText(timeline.metadata.author)}
      language={timeline.metadata.language}
      creator="California second-opinion request helper"
      producer="California second-opinion request helper"
      creationDate={creationDate}
      modificationDate={creationDate}
    >
      <Page size="LETTER" style={styles.page}>
        <RunningHeader text={timeline.heading} />
        <View>
          <PdfText style={styles.title}>{timeline.title}</PdfText>
          <View style={styles.lines}>
            <PdfText style={styles.bold}>{timeline.heading}</PdfText>
            {timeline.facts.map((fact, index) => (
              <LabelledText key={index} label={fact.label} value={fact.value} />
            ))}
          </View>
          <View style={{ flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#000000", paddingBottom: 3, marginBottom: 4 }}>
            <PdfText style={[styles.bold, { width: DATE_COLUMN }]}>{timeline.columns.date}</PdfText>
            <PdfText style={[styles.bold, { flex: 1 }]}>{timeline.columns.what}</PdfText>
          </View>
          {timeline.rows.map((row, index) => (
            // A short row never splits across pages, so a date stays with what happened on it.
            <View key={index} style={{ flexDirection: "row", marginBottom: 6 }} wrap={row.details.join(" ").length > 600}>
              <PdfText style={{ width: DATE_COLUMN, paddingRight: 8 }}>{row.when}</PdfText>
              <View style={{ flex: 1 }}>
                <PdfText style={styles.bold}>{row.what}</PdfText>
                {row.details.map((detail, detailIndex) => (
                  <PdfText key={detailIndex}>{detail}</PdfText>
                ))}
              </View>
            </View>
          ))}
          <PdfText style={[styles.small, { marginTop: 8 }]}>{timeline.note}</PdfText>
        </View>
        <PageFooter pageOf={frame.pageOf} label={timeline.title} />
      </Page>
    </Document>
  );
}
