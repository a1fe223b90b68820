import type { ChecklistModel } from "@/lib/documents/checklist/model";
import styles from "./documents.module.css";

/** The records checklist as HTML, with a real table: the accessible version, and the one to print. */
export function ChecklistView({ checklist }: { checklist: ChecklistModel }) {
  const { columns } = checklist;
  return (
    <article className={styles.document} aria-labelledby="checklist-title">
      <h2 className={styles.subject} id="checklist-title">
        {checklist.title}
      </h2>
      <dl className={styles.fields}>
        {[...checklist.fields, ...(checklist.due ? [checklist.due] : [])].map((field) => (
          <div key={field.label}>
            <dt>{field.label}:</dt>{" "}
            {field.value !== undefined ? (
              <dd className={styles.typed}>{field.value}</dd>
            ) : (
              <dd className={styles.writeIn}>
                <span className="visually-hidden">{checklist.blankToFill}</span>
              </dd>
            )}
          </div>
        ))}
      </dl>
      <p>{checklist.intro}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.boxColumn}>
              <span className="visually-hidden">{checklist.doneColumn}</span>
            </th>
            <th scope="col">{columns.item}</th>
            <th scope="col" className={styles.writeColumn}>
              {columns.requestedOn}
            </th>
            <th scope="col" className={styles.writeColumn}>
              {columns.sentOn}
            </th>
            <th scope="col" className={styles.writeColumn}>
              {columns.sentTo}
            </th>
          </tr>
        </thead>
        <tbody>
          {checklist.rows.map((row) => (
            <tr key={row.id}>
              <td>
                <span className={styles.box} aria-hidden="true" />
              </td>
              <th scope="row" className={styles.item}>
                <span className={styles.itemLabel}>{row.label}</span>
                {row.detail && <span className={styles.itemDetail}>{row.detail}</span>}
                {row.enclosed && <em className={styles.itemDetail}>{checklist.enclosedNote}</em>}
              </th>
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className={styles.sectionHeading}>{checklist.tipsHeading}</h3>
      <ul className={styles.list}>
        {checklist.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <p className={styles.footnote}>{checklist.footer}</p>
    </article>
  );
}
