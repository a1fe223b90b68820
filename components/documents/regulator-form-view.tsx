import type { RegulatorFormBlock, RegulatorFormModel } from "@/lib/documents/regulator-form/model";
import styles from "./documents.module.css";

function Block({ block }: { block: RegulatorFormBlock }) {
  switch (block.kind) {
    case "heading":
      return <h3 className={styles.sectionHeading}>{block.text}</h3>;
    case "paragraph":
      return <p>{block.strong ? <strong>{block.text}</strong> : block.text}</p>;
    case "fields":
      return (
        <dl className={styles.fields}>
          {block.items.map((field) => (
            <div key={field.label}>
              <dt>{field.label}:</dt>{" "}
              {field.value !== undefined ? (
                <dd className={styles.typed}>{field.value}</dd>
              ) : (
                <dd className={styles.writeIn}>
                  <span className="visually-hidden">(blank, to fill in)</span>
                </dd>
              )}
            </div>
          ))}
        </dl>
      );
    case "list":
      return (
        <ul className={styles.list}>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
  }
}

/** The regulator-form answers as HTML: the accessible version, and the one to print. */
export function RegulatorFormView({ form }: { form: RegulatorFormModel }) {
  return (
    <article className={styles.document} aria-labelledby="regulator-form-title" data-kind={form.kind}>
      <h2 className={styles.subject} id="regulator-form-title">
        {form.title}
      </h2>
      {form.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
      <p className={styles.footnote}>{form.footer}</p>
    </article>
  );
}
