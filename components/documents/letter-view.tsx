import type { LetterBlock, LetterModel } from "@/lib/documents/letter/model";
import styles from "./documents.module.css";

function Fields({ items }: { items: { label: string; value: string }[] }) {
  return (
    <dl className={styles.fields}>
      {items.map((item, index) => (
        <div key={index}>
          <dt>{item.label}:</dt> <dd className={styles.typed}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case "heading":
      return <h3 className={styles.sectionHeading}>{block.text}</h3>;
    case "paragraph":
      return <p className={styles.typed}>{block.strong ? <strong>{block.text}</strong> : block.text}</p>;
    case "fields":
      return <Fields items={block.items} />;
    case "list":
      return (
        <ul className={styles.list}>
          {block.items.map((item, index) => (
            <li key={index} className={styles.typed}>
              {item}
            </li>
          ))}
        </ul>
      );
  }
}

/** The request letter as HTML: the accessible version, and the one to print. */
export function LetterView({ letter }: { letter: LetterModel }) {
  return (
    <article className={styles.document} aria-labelledby="letter-subject">
      {letter.sender.length > 0 && (
        <address className={`${styles.lines} ${styles.typed}`}>
          {letter.sender.map((line, index) => (
            <span key={index}>{line}</span>
          ))}
        </address>
      )}
      <p>{letter.date}</p>
      <p className={`${styles.lines} ${styles.typed}`}>
        {letter.recipient.map((line, index) => (
          <span key={index}>{line}</span>
        ))}
      </p>
      {letter.urgentHeading && <p className={styles.urgent}>{letter.urgentHeading}</p>}
      <h2 className={styles.subject} id="letter-subject">
        {letter.subject}
      </h2>
      <Fields items={letter.reference} />
      <p>{letter.salutation}</p>
      {letter.body.map((block, index) => (
        <Block key={index} block={block} />
      ))}
      <div className={styles.signature}>
        <p>{letter.closing}</p>
        <div className={styles.signatureLines}>
          <div className={styles.signatureLine}>{letter.signatureLabel}</div>
          {letter.dateLineLabel && <div className={`${styles.signatureLine} ${styles.dateLine}`}>{letter.dateLineLabel}</div>}
        </div>
        {letter.signer && <p className={styles.typed}>{letter.signer}</p>}
        {letter.helper && <p className={styles.typed}>{letter.helper}</p>}
      </div>
      {letter.enclosures.length > 0 && (
        <>
          <h3 className={styles.sectionHeading}>{letter.enclosuresHeading}</h3>
          <ul className={styles.list}>
            {letter.enclosures.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {letter.cc && (
        <p className={styles.typed}>
          {letter.ccLabel}: {letter.cc}
        </p>
      )}
    </article>
  );
}
