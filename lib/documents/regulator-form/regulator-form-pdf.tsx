import { Document, Page, View } from "@react-pdf/renderer";
import { BulletList, LabelledText, PageFooter, PdfText, RunningHeader, type DocumentFrameWords } from "../shared/primitives";
import { toMetadataText } from "../pdf-text";
import { styles } from "../shared/styles";
import type { FormField, RegulatorFormBlock, RegulatorFormModel } from "./model";

function Field({ field }: { field: FormField }) {
  if (field.value !== undefined) return <LabelledText label={field.label} value={field.value} style={{ marginBottom: 4 }} />;
  // A blank to fill in: a line to write on.
  return (
    <View style={{ flexDirection: "row", alignItems: "flex-end", marginBottom: 8 }}>
      <PdfText style={[styles.bold, { width: 200 }]}>{`${field.label}:`}</PdfText>
      <View style={{ flex: 1, marginLeft: 6, borderBottomWidth: 0.75, borderBottomColor: "#000000", height: 14 }} />
    </View>
  );
}

function Block({ block }: { block: RegulatorFormBlock }) {
  switch (block.kind) {
    case "heading":
      return (
        <View minPresenceAhead={60}>
          <PdfText style={styles.heading}>{block.text}</PdfText>
        </View>
      );
    case "paragraph":
      return <PdfText style={block.strong ? [styles.block, styles.bold] : styles.block}>{block.text}</PdfText>;
    case "fields":
      return (
        <View style={styles.block}>
          {block.items.map((field, index) => (
            <Field key={index} field={field} />
          ))}
        </View>
      );
    case "list":
      return <BulletList items={block.items} />;
  }
}

/** The regulator-form answers as a PDF document. */
export function RegulatorFormPdf({ form, frame, creationDate }: { form: RegulatorFormModel; frame: DocumentFrameWords; creationDate?: Date }) {
  return (
    <Document
      title={toMetadataText(form.metadata.title)}
      subject={toMetadataText(form.metadata.subject)}
      author={toMetadataText(form.metadata.author)}
      language={form.metadata.language}
      creator="California second-opinion request helper"
      producer="California second-opinion request helper"
      creationDate={creationDate}
      modificationDate={creationDate}
    >
      <Page size="LETTER" style={styles.page}>
        <RunningHeader text={form.metadata.title} />
        <View>
          <PdfText style={styles.title}>{form.title}</PdfText>
          {form.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </View>
        <PageFooter pageOf={frame.pageOf} label={form.footer} />
      </Page>
    </Document>
  );
}
