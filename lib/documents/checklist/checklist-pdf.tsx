import { Document, Page, Text, View } from "@react-pdf/renderer";
import { BulletList, LabelledText, PageFooter, PdfText, RunningHeader, type DocumentFrameWords } from "../shared/primitives";
import { toMetadataText } from "../pdf-text";
import { styles } from "../shared/styles";
import type { ChecklistField, ChecklistModel } from "./model";

const RULE = "#000000";
/** Narrower side margins than the letter: more room to write in the columns. */
const INSET = 54;
const GRID = "#555555";
const widths = { box: 22, requestedOn: 84, sentOn: 72, sentTo: 100 };

function Field({ field }: { field: ChecklistField }) {
  if (field.value !== undefined) return <LabelledText label={field.label} value={field.value} style={{ marginBottom: 4 }} />;
  // A line to write on.
  return (
    <View style={{ flexDirection: "row", alignItems: "flex-end", marginBottom: 8 }}>
      <PdfText style={[styles.bold, { width: 150 }]}>{`${field.label}:`}</PdfText>
      <View style={{ flex: 1, marginLeft: 6, borderBottomWidth: 0.75, borderBottomColor: RULE, height: 14 }} />
    </View>
  );
}

const cell = { paddingVertical: 5, paddingHorizontal: 4 };
const writeInCell = { ...cell, borderLeftWidth: 0.75, borderLeftColor: GRID };
const headerText = { fontSize: 9.5, lineHeight: 1.3 };

/** The records checklist as a PDF document (also the blank one). */
export function ChecklistPdf({ checklist, frame, creationDate }: { checklist: ChecklistModel; frame: DocumentFrameWords; creationDate?: Date }) {
  const { columns } = checklist;
  const runningHeader = [checklist.title, ...checklist.fields.flatMap((field) => (field.value ? [field.value] : []))]
    .filter((part) => part.length <= 80)
    .join(" · ");
  return (
    <Document
      title={toMetadataText(checklist.metadata.title)}
      subject={toMetadataText(checklist.metadata.subject)}
      author={toMetadataText(checklist.metadata.author)}
      language={checklist.metadata.language}
      creator="California second-opinion request helper"
      producer="California second-opinion request helper"
      creationDate={creationDate}
      modificationDate={creationDate}
    >
      <Page size="LETTER" style={[styles.page, { paddingHorizontal: INSET }]}>
        <RunningHeader text={runningHeader} inset={INSET} />
        <View>
        <PdfText style={styles.title}>{checklist.title}</PdfText>
        <View style={{ marginBottom: 10 }}>
          {checklist.fields.map((field, index) => (
            <Field key={index} field={field} />
          ))}
          {checklist.due && <Field field={checklist.due} />}
        </View>
        <PdfText style={styles.block}>{checklist.intro}</PdfText>

        <View style={{ borderTopWidth: 1, borderTopColor: RULE, marginBottom: 14 }}>
          <View style={{ flexDirection: "row", borderBottomWidth: 1, borderBottomColor: RULE }} wrap={false}>
            <View style={[cell, { width: widths.box }]} />
            <PdfText style={[cell, styles.bold, headerText, { flex: 1 }]}>{columns.item}</PdfText>
            <PdfText style={[writeInCell, styles.bold, headerText, { width: widths.requestedOn }]}>{columns.requestedOn}</PdfText>
            <PdfText style={[writeInCell, styles.bold, headerText, { width: widths.sentOn }]}>{columns.sentOn}</PdfText>
            <PdfText style={[writeInCell, styles.bold, headerText, { width: widths.sentTo }]}>{columns.sentTo}</PdfText>
          </View>
          {checklist.rows.map((row) => (
            <View
              key={row.id}
              wrap={false}
              style={{ flexDirection: "row", borderBottomWidth: 0.75, borderBottomColor: GRID, minHeight: 32 }}
            >
              <View style={[cell, { width: widths.box }]}>
                <View style={{ width: 11, height: 11, borderWidth: 1, borderColor: RULE, marginTop: 2 }} />
              </View>
              <View style={[cell, { flex: 1 }]}>
                <PdfText style={styles.bold}>{row.label}</PdfText>
                {row.detail && <PdfText style={styles.small}>{row.detail}</PdfText>}
                {row.enclosed && <Text style={[styles.small, { fontFamily: "Helvetica-Oblique" }]}>{checklist.enclosedNote}</Text>}
              </View>
              <View style={[writeInCell, { width: widths.requestedOn }]} />
              <View style={[writeInCell, { width: widths.sentOn }]} />
              <View style={[writeInCell, { width: widths.sentTo }]} />
            </View>
          ))}
        </View>

        <View minPresenceAhead={60}>
          <PdfText style={styles.heading}>{checklist.tipsHeading}</PdfText>
        </View>
        <BulletList items={checklist.tips} />
        </View>
        <PageFooter pageOf={frame.pageOf} label={checklist.footer} inset={INSET} />
      </Page>
    </Document>
  );
}
